// RAG over time, for the overview's chart: how a plan's actions stood at the
// end of each month, rebuilt from the append-only progress record by the same
// rules as the plan "as at" a past day (progress-as-at.ts).
import type { ActionStatus, RagHistoryPoint } from '../../../shared/api/methods/action-plans';
import type { Rag } from '../../../shared/api/schema';
import { daysBefore, monthEndOf } from './action-dates';
import { ukDateOf } from './calendar';
import { progressChains, stateAsAt, updatesAsAt, type ProgressRow } from './progress-as-at';
import { countRagCategories } from './rag';

/** A chart wider than this says nothing more: long plans are sampled further apart. */
export const MAX_HISTORY_POINTS = 60;

/** What the chart needs of an action: when it existed, how it stands today, and every progress row. */
export type HistoryAction = {
  createdAt: string;
  /** When it left the plan: its own archiving or its entry's, whichever came first. */
  archivedAt: string | null;
  rag: Rag | null;
  status: ActionStatus;
  progress: readonly ProgressRow[];
};

/**
 * The days to sample: the end of every month from `start`'s month until
 * before `asAt`, then `asAt` itself. Over `max` days, they are thinned
 * evenly, keeping the first and the last.
 */
export function historyDates(start: string, asAt: string, max = MAX_HISTORY_POINTS): string[] {
  const dates: string[] = [];
  for (let monthEnd = monthEndOf(start); monthEnd < asAt; monthEnd = monthEndOf(daysBefore(monthEnd, -1))) dates.push(monthEnd);
  dates.push(asAt);
  if (dates.length <= max) return dates;
  const step = (dates.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, index) => dates[Math.round(index * step)] ?? asAt);
}

/**
 * The plan's counts on each day. An action counts from the day it was added
 * until the day it was archived. On a past day its rating and status are
 * those its progress updates gave by then; from `today` on, its own (which an
 * officer may have overridden), as the plan shows it.
 */
export function ragHistory(actions: readonly HistoryAction[], dates: readonly string[], today: string): RagHistoryPoint[] {
  const prepared = actions.map((action) => ({
    action,
    addedOn: ukDateOf(action.createdAt),
    leftOn: action.archivedAt === null ? null : ukDateOf(action.archivedAt),
    chains: progressChains(action.progress),
  }));
  return dates.map((date) => {
    const states = prepared
      .filter(({ addedOn, leftOn }) => addedOn <= date && (leftOn === null || leftOn > date))
      .map(({ action, chains }) => (date >= today ? action : stateAsAt(action.progress, updatesAsAt(chains, date), action)));
    return { date, ...countRagCategories(states) };
  });
}
