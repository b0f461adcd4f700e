import type { TimetableCheck, TimetableCheckLevel } from '../../../../shared/api/methods/calendar';

/** The level in words, and a mark that does not rely on colour (the word is always shown too); as on the meeting page. */
export const LEVEL_WORDS: Record<TimetableCheckLevel, { word: string; mark: string }> = {
  missed: { word: 'Missed', mark: '✕' },
  warning: { word: 'Warning', mark: '!' },
  ok: { word: 'OK', mark: '✓' },
};


/** The check that set the timetable's level: the one to read first. */
export function worstCheck(checks: readonly TimetableCheck[], level: TimetableCheckLevel): TimetableCheck | null {
  return checks.find((check) => check.level === level) ?? null;
}

/** "1 overdue action", "3 overdue actions". */
export function counted(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
