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
});
