// Words for plans, actions and ratings: colour in the UI only ever repeats these.
import type { Action, ActionStatus } from '../../../../shared/api/methods/action-plans';
import type { Rag } from '../../../../shared/api/schema';
import { formatDateTime, shortDate } from '../../../../shared/format/dates';

export const STATUS_NAMES: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  on_hold: 'On hold',
};
export const STATUSES = Object.keys(STATUS_NAMES) as ActionStatus[];

/** A rating as the overview counts it: complete actions are counted apart, whatever their rating. */
export type RagKey = Rag | 'complete' | 'unrated';

export const RAG_NAMES: Record<RagKey, string> = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete', unrated: 'Not rated' };
export const RAGS: readonly Rag[] = ['red', 'amber', 'green'];
/** Worst first: the order of legends, totals and table columns. */
export const RAG_KEYS: readonly RagKey[] = ['red', 'amber', 'green', 'complete', 'unrated'];

/** Today on this computer as YYYY-MM-DD. */
export function todayIso(): string {
  return isoOf(new Date());
}

/** A local date as YYYY-MM-DD. */
export function isoOf(date: Date): string {
  return `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

export { longDate, shortDate } from '../../../../shared/format/dates';

/** When a row was written (an ISO moment): "12 February 2026 at 11.15 am". */
export function recordedAt(moment: string): string {
  return formatDateTime(new Date(moment));
}

/** An action's timescale as people write it, with the due date when the words do not already say it: "Quarterly (due 31 March 2026)". */
export function timescalePhrase(action: Pick<Action, 'dueDate' | 'timescaleLabel'>): string {
  const due = action.dueDate === null ? null : shortDate(action.dueDate);
  if (action.timescaleLabel === '') return due === null ? 'No timescale' : `By ${due}`;
  // "September 2026" already says when a due date of 30 September 2026 falls.
  const monthYear = due?.split(' ').slice(1).join(' ') ?? '';
  return due === null || action.timescaleLabel.includes(monthYear) ? action.timescaleLabel : `${action.timescaleLabel} (due ${due})`;
}

/** "1 action", "5 actions". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${String(count)} ${count === 1 ? one : many}`;
}
