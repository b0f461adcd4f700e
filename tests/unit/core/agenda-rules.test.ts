import { describe, expect, it } from 'vitest';
import type { AgendaItemKind } from '../../../shared/api/methods/meetings';
import { meetingDateWarnings } from '../../../electron/core/domain/agenda-dates';
import { draftInsertIndex } from '../../../electron/core/domain/agenda-draft';
import { NEW_EXCLUSION, planExclusion, type AgendaLine } from '../../../electron/core/domain/agenda-exclusion';
import { nonWorkingCalendar } from '../../../electron/core/domain/timetable-checks';

/** "r1 X e3 r4": r report, m minutes, t terms and work programme, o other, X exclusion, e exempt report; the number is the id. */
function agenda(shape: string): AgendaLine[] {
  const kinds: Record<string, AgendaItemKind> = { r: 'report', m: 'minutes', t: 'terms_and_work_programme', o: 'other', e: 'report', X: 'exclusion_of_public' };
  return shape.split(' ').map((token) => ({
    id: Number(token.slice(1)),
    kind: kinds[token[0] ?? 'r'] ?? 'report',
    isExempt: token.startsWith('e'),
  }));
}

describe('the exclusion of the public', () => {
  it('is added immediately before the first exempt item, and nowhere when nothing is exempt', () => {
    expect(planExclusion(agenda('m1 r2 e3 r4 e5'))).toEqual({ remove: [], order: [1, 2, NEW_EXCLUSION, 3, 4, 5], isChanged: true });
    expect(planExclusion(agenda('e1 r2'))).toEqual({ remove: [], order: [NEW_EXCLUSION, 1, 2], isChanged: true });
    expect(planExclusion(agenda('m1 r2 r3'))).toEqual({ remove: [], order: [1, 2, 3], isChanged: false });
    expect(planExclusion([])).toEqual({ remove: [], order: [], isChanged: false });
  });

  it('is left alone when it already stands before the first exempt item', () => {
    expect(planExclusion(agenda('m1 r2 X9 e3 r4'))).toEqual({ remove: [], order: [1, 2, 9, 3, 4], isChanged: false });
  });

  it('is moved, not replaced, when the order changes', () => {
    // An exempt item moved above the exclusion item: the exclusion item follows it up.
    expect(planExclusion(agenda('m1 e3 r2 X9 r4'))).toEqual({ remove: [], order: [1, 9, 3, 2, 4], isChanged: true });
    // The exclusion item dragged to the end goes back before the first exempt item.
    expect(planExclusion(agenda('e3 r4 X9'))).toEqual({ remove: [], order: [9, 3, 4], isChanged: true });
    // The first exempt item is no longer exempt: the next exempt item is the one it goes before.
    expect(planExclusion(agenda('m1 X9 r3 r4 e5'))).toEqual({ remove: [], order: [1, 3, 4, 9, 5], isChanged: true });
  });

  it('is removed when no item is exempt, and extra ones are removed', () => {
    expect(planExclusion(agenda('m1 X9 r3'))).toEqual({ remove: [9], order: [1, 3], isChanged: true });
    expect(planExclusion(agenda('X8 m1 X9 e3'))).toEqual({ remove: [9], order: [1, 8, 3], isChanged: true });
  });

  it('keeps one just added by hand until an exempt item follows', () => {
    expect(planExclusion(agenda('m1 r2 X9'), { keepId: 9 })).toEqual({ remove: [], order: [1, 2, 9], isChanged: false });
    expect(planExclusion(agenda('m1 r2 X9'), { keepId: 7 })).toEqual({ remove: [9], order: [1, 2], isChanged: true });
  });
});

describe('drafted items', () => {
  const kinds = (shape: string) => agenda(shape).map(({ kind, isExempt }) => ({ kind, isExempt }));

  it('go in running order after the opening business', () => {
    expect(draftInsertIndex(kinds('o1 o2'), 'minutes')).toBe(2);
    expect(draftInsertIndex(kinds('o1 o2 r3 t4'), 'minutes')).toBe(2);
    expect(draftInsertIndex(kinds('o1 m2 r3 t4'), 'report')).toBe(3);
    expect(draftInsertIndex(kinds('o1 m2 r3 t4'), 'recommendations_monitor')).toBe(3);
    expect(draftInsertIndex(kinds('o1 m2 r3'), 'terms_and_work_programme')).toBe(3);
  });

  it('stay in the public part, before the exclusion of the public and the exempt items', () => {
    expect(draftInsertIndex(kinds('m1 r2 X9 e3'), 'report')).toBe(2);
    expect(draftInsertIndex(kinds('m1 r2 X9 e3'), 'terms_and_work_programme')).toBe(2);
    expect(draftInsertIndex(kinds('e3 r4'), 'minutes')).toBe(0);
  });
});

describe('meeting date warnings', () => {
  const calendar = nonWorkingCalendar([
    { date: '2026-12-25', name: 'Christmas Day', source: 'bank_holiday' },
    { date: '2026-12-29', name: 'Council closure', source: 'authority' },
  ]);

  it('flags a past date, a weekend, a bank holiday and the authority’s own days', () => {
    expect(meetingDateWarnings('2026-11-10', '2026-11-23', calendar)).toEqual(['Tuesday, 10 November 2026 is in the past.']);
    expect(meetingDateWarnings('2026-12-25', '2026-11-23', calendar)).toEqual(['Friday, 25 December 2026 is a bank holiday: Christmas Day.']);
    expect(meetingDateWarnings('2026-12-29', '2026-11-23', calendar)).toEqual(['Tuesday, 29 December 2026 is one of the authority’s non-working days: Council closure.']);
    expect(meetingDateWarnings('2026-12-26', '2027-01-04', calendar)).toEqual(['Saturday, 26 December 2026 is in the past.', 'Saturday, 26 December 2026 falls at a weekend.']);
  });

  it('says nothing about an ordinary working day ahead, or today', () => {
    expect(meetingDateWarnings('2026-12-01', '2026-11-23', calendar)).toEqual([]);
    expect(meetingDateWarnings('2026-11-23', '2026-11-23', calendar)).toEqual([]);
  });
});
