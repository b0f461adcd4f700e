import { describe, expect, it } from 'vitest';
import { formatMinuteReference, numberMinutes, numberingYearOf, type NumberingSettings } from '../../../electron/core/domain/minute-numbering';

const municipal: NumberingSettings = { minuteNumbering: 'municipal_year', municipalYearStartMonth: 5 };
const calendar: NumberingSettings = { minuteNumbering: 'calendar_year', municipalYearStartMonth: 5 };

describe('minute numbering', () => {
  it('takes the numbering year from the authority’s rule', () => {
    expect(numberingYearOf('2019-03-12', municipal)).toBe(2018);
    expect(numberingYearOf('2019-03-12', calendar)).toBe(2019);
    expect(numberingYearOf('2018-06-26', municipal)).toBe(2018);
    expect(numberingYearOf('2019-05-01', municipal)).toBe(2019);
    expect(numberingYearOf('2019-04-30', { minuteNumbering: 'municipal_year', municipalYearStartMonth: 4 })).toBe(2019);
  });

  it('writes references as prefix/yy/n, with a two-digit year', () => {
    expect(formatMinuteReference('CYP/OSG', 2018, 15)).toBe('CYP/OSG/18/15');
    expect(formatMinuteReference('EX', 2005, 1)).toBe('EX/05/1');
    expect(formatMinuteReference('EX', 2100, 3)).toBe('EX/00/3');
  });

  it('runs numbers on across meetings in date order and restarts each numbering year', () => {
    const meetings = [
      // Given out of order: the rule orders them by date, not by id or list order.
      { meetingId: 3, meetingDate: '2019-06-04', startTime: '10:00', entryIds: [30] },
      { meetingId: 1, meetingDate: '2018-06-26', startTime: '10:00', entryIds: [10, 11] },
      { meetingId: 2, meetingDate: '2019-03-12', startTime: '10:00', entryIds: [20, 21, 22] },
    ];
    const references = (settings: NumberingSettings) => numberMinutes('CYP/OSG', settings, meetings).map((number) => [number.entryId, number.reference]);

    expect(references(municipal)).toEqual([
      [10, 'CYP/OSG/18/1'], [11, 'CYP/OSG/18/2'],
      [20, 'CYP/OSG/18/3'], [21, 'CYP/OSG/18/4'], [22, 'CYP/OSG/18/5'],
      [30, 'CYP/OSG/19/1'],
    ]);
    expect(references(calendar)).toEqual([
      [10, 'CYP/OSG/18/1'], [11, 'CYP/OSG/18/2'],
      [20, 'CYP/OSG/19/1'], [21, 'CYP/OSG/19/2'], [22, 'CYP/OSG/19/3'],
      [30, 'CYP/OSG/19/4'],
    ]);
  });

  it('orders two meetings on one day by start time, then by id, and skips meetings without minutes', () => {
    const numbers = numberMinutes('OSG', municipal, [
      { meetingId: 9, meetingDate: '2018-10-02', startTime: '14:00', entryIds: [90] },
      { meetingId: 8, meetingDate: '2018-10-02', startTime: null, entryIds: [80] },
      { meetingId: 7, meetingDate: '2018-10-02', startTime: '10:00', entryIds: [] },
      { meetingId: 6, meetingDate: '2018-10-02', startTime: '10:00', entryIds: [60] },
    ]);
    expect(numbers.map((number) => `${number.meetingId}:${number.reference}`)).toEqual(['8:OSG/18/1', '6:OSG/18/2', '9:OSG/18/3']);
    expect(numbers[2]).toMatchObject({ numberingYear: 2018, sequenceNumber: 3 });
  });

  it('starts again at 1 when a municipal year begins: 30 April is still 2025/26, 12 May is 2026/27', () => {
    const meetings = [
      { meetingId: 1, meetingDate: '2026-03-10', startTime: '10:00', entryIds: [10, 11] },
      { meetingId: 2, meetingDate: '2026-04-30', startTime: '10:00', entryIds: [20, 21] },
      { meetingId: 3, meetingDate: '2026-05-12', startTime: '10:00', entryIds: [30, 31] },
    ];
    expect(numberMinutes('CYP/OSG', municipal, meetings).map((number) => number.reference)).toEqual([
      'CYP/OSG/25/1', 'CYP/OSG/25/2', 'CYP/OSG/25/3', 'CYP/OSG/25/4', 'CYP/OSG/26/1', 'CYP/OSG/26/2',
    ]);
    // By the calendar year the same three meetings all fall in 2026 and run on.
    expect(numberMinutes('CYP/OSG', calendar, meetings).map((number) => number.reference)).toEqual([
      'CYP/OSG/26/1', 'CYP/OSG/26/2', 'CYP/OSG/26/3', 'CYP/OSG/26/4', 'CYP/OSG/26/5', 'CYP/OSG/26/6',
    ]);
  });

  it('starts again at 1 on 1 January by the calendar year, but runs on through the winter by the municipal year', () => {
    const meetings = [
      { meetingId: 1, meetingDate: '2026-12-15', startTime: '10:00', entryIds: [10, 11] },
      { meetingId: 2, meetingDate: '2027-01-12', startTime: '10:00', entryIds: [20] },
    ];
    expect(numberMinutes('EX', calendar, meetings).map((number) => number.reference)).toEqual(['EX/26/1', 'EX/26/2', 'EX/27/1']);
    expect(numberMinutes('EX', municipal, meetings).map((number) => number.reference)).toEqual(['EX/26/1', 'EX/26/2', 'EX/26/3']);
  });

  describe('approved minutes', () => {
    const approved = (numberingYear: number, from: number, count: number, prefix = 'CYP/OSG') =>
      Array.from({ length: count }, (_unused, index) => ({ numberingYear, sequenceNumber: from + index, reference: formatMinuteReference(prefix, numberingYear, from + index) }));
    const byEntry = (numbers: readonly { entryId: number; reference: string }[]) => Object.fromEntries(numbers.map((number) => [number.entryId, number.reference]));

    it('keep their references when minutes are added to an earlier meeting; the earlier meeting takes the next free block', () => {
      // July's minutes (1–3) are approved. June, earlier but never approved, now has two minutes.
      const numbers = numberMinutes('CYP/OSG', municipal, [
        { meetingId: 1, meetingDate: '2026-06-24', startTime: '10:00', entryIds: [10, 11] },
        { meetingId: 2, meetingDate: '2026-07-14', startTime: '10:00', entryIds: [20, 21, 22], approvedNumbers: approved(2026, 1, 3) },
        { meetingId: 3, meetingDate: '2026-12-01', startTime: '10:00', entryIds: [30] },
      ]);
      expect(byEntry(numbers)).toEqual({
        10: 'CYP/OSG/26/4', 11: 'CYP/OSG/26/5',
        20: 'CYP/OSG/26/1', 21: 'CYP/OSG/26/2', 22: 'CYP/OSG/26/3',
        30: 'CYP/OSG/26/6',
      });
    });

    it('keep their references when a later meeting grows: the later minutes number on after them', () => {
      // June (approved, 1–2) then December, whose minutes go on from 3.
      const numbers = numberMinutes('CYP/OSG', municipal, [
        { meetingId: 1, meetingDate: '2026-06-24', startTime: '10:00', entryIds: [10, 11], approvedNumbers: approved(2026, 1, 2) },
        { meetingId: 2, meetingDate: '2026-12-01', startTime: '10:00', entryIds: [20, 21, 22] },
      ]);
      expect(numbers.map((number) => number.reference)).toEqual(['CYP/OSG/26/1', 'CYP/OSG/26/2', 'CYP/OSG/26/3', 'CYP/OSG/26/4', 'CYP/OSG/26/5']);
    });

    it('keep a meeting’s block whole, stepping over approved numbers rather than splitting it', () => {
      // Approved November holds 3–4 (June had 2 minutes when November was approved); June now has 3.
      const numbers = numberMinutes('CYP/OSG', municipal, [
        { meetingId: 1, meetingDate: '2026-06-24', startTime: '10:00', entryIds: [10, 11, 12] },
        { meetingId: 2, meetingDate: '2026-11-03', startTime: '10:00', entryIds: [20, 21], approvedNumbers: approved(2026, 3, 2) },
        { meetingId: 3, meetingDate: '2027-02-02', startTime: '10:00', entryIds: [30] },
      ]);
      expect(byEntry(numbers)).toEqual({ 10: 'CYP/OSG/26/5', 11: 'CYP/OSG/26/6', 12: 'CYP/OSG/26/7', 20: 'CYP/OSG/26/3', 21: 'CYP/OSG/26/4', 30: 'CYP/OSG/26/8' });
    });

    it('keep their references and year when the numbering rule changes; later minutes go on after them', () => {
      // March 2027 was numbered by the calendar year (27/1–2) and approved; the rule is now the municipal year, in which March 2027 is 2026/27.
      const meetings = [
        { meetingId: 1, meetingDate: '2027-03-09', startTime: '10:00', entryIds: [10, 11], approvedNumbers: approved(2027, 1, 2) },
        { meetingId: 2, meetingDate: '2027-04-13', startTime: '10:00', entryIds: [20] },
        { meetingId: 3, meetingDate: '2027-06-08', startTime: '10:00', entryIds: [30] },
      ];
      expect(byEntry(numberMinutes('CYP/OSG', municipal, meetings))).toEqual({
        10: 'CYP/OSG/27/1', 11: 'CYP/OSG/27/2',
        // April 2027 is still in 2026/27, which starts at 1 for it.
        20: 'CYP/OSG/26/1',
        // June 2027 starts 2027/28, whose first two numbers the approved March minutes hold.
        30: 'CYP/OSG/27/3',
      });
    });

    it('keep the prefix they were approved with, and nothing new takes a reference held elsewhere', () => {
      const numbers = numberMinutes(
        'CYP/SUB',
        municipal,
        [
          { meetingId: 1, meetingDate: '2026-06-24', startTime: '10:00', entryIds: [10], approvedNumbers: approved(2026, 1, 1, 'CYP/OSG') },
          { meetingId: 2, meetingDate: '2026-07-14', startTime: '10:00', entryIds: [20, 21] },
        ],
        new Set(['CYP/SUB/26/2']),
      );
      expect(byEntry(numbers)).toEqual({ 10: 'CYP/OSG/26/1', 20: 'CYP/SUB/26/3', 21: 'CYP/SUB/26/4' });
    });
  });
});
