import type { TimetableCheck, TimetableCheckLevel } from '../../../../shared/api/methods/calendar';

/** The check that set the timetable's level: the one to read first. */
export function worstCheck(checks: readonly TimetableCheck[], level: TimetableCheckLevel): TimetableCheck | null {
  return checks.find((check) => check.level === level) ?? null;
}

/** "1 overdue action", "3 overdue actions". */
export function counted(count: number, one: string, many: string): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
