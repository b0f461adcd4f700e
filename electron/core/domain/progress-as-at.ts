// Progress updates are append-only: a correction is a new row that supersedes
// the old one. These rules rebuild what an action's record said on a past day.
import type { ActionStatus } from '../../../shared/api/methods/action-plans';
import type { Rag } from '../../../shared/api/schema';
import { ukDateOf } from './calendar';

export type ProgressRow = {
  id: number;
  supersedesId: number | null;
  updateDate: string;
  createdAt: string;
  rag: Rag | null;
  status: ActionStatus | null;
};

/**
 * One update and its revisions, oldest first; `rootId` is the first revision's
 * id. `recordedOn[i]` is the UK day revision i was recorded, worked out once:
 * a chart asks about sixty days for hundreds of actions.
 */
export type ProgressChain<T extends ProgressRow> = { rootId: number; revisions: T[]; recordedOn: string[] };

/** Groups an action's rows into chains of revisions (rows of several actions may be mixed: chains never cross actions). */
export function progressChains<T extends ProgressRow>(rows: readonly T[]): ProgressChain<T>[] {
  const successor = new Map<number, T>();
  for (const row of rows) if (row.supersedesId !== null) successor.set(row.supersedesId, row);
  const chains: ProgressChain<T>[] = [];
  for (const row of rows) {
    if (row.supersedesId !== null) continue;
    const revisions = [row];
    for (let next = successor.get(row.id); next !== undefined; next = successor.get(next.id)) revisions.push(next);
    chains.push({ rootId: row.id, revisions, recordedOn: revisions.map((revision) => ukDateOf(revision.createdAt)) });
  }
  return chains;
}

/**
 * The revision that stood at the end of `asAt`: the newest one recorded by
 * then. History entered later than the day it describes counts as first
 * recorded. Null when that revision is dated after `asAt`.
 */
export function revisionAsAt<T extends ProgressRow>(chain: ProgressChain<T>, asAt: string): T | null {
  const recorded = chain.revisions.filter((_, index) => (chain.recordedOn[index] ?? '') <= asAt);
  const standing = recorded.at(-1) ?? chain.revisions[0];
  return standing !== undefined && standing.updateDate <= asAt ? standing : null;
}

/** The updates that stood on `asAt`, oldest first (by date, then in the order they were added). */
export function updatesAsAt<T extends ProgressRow>(chains: readonly ProgressChain<T>[], asAt: string): T[] {
  const standing: { rootId: number; row: T }[] = [];
  for (const chain of chains) {
    const row = revisionAsAt(chain, asAt);
    if (row) standing.push({ rootId: chain.rootId, row });
  }
  standing.sort((a, b) => a.row.updateDate.localeCompare(b.row.updateDate) || a.rootId - b.rootId);
  return standing.map(({ row }) => row);
}

/** Each chain's newest revision, oldest first: the record as it stands now. */
export function currentUpdates<T extends ProgressRow>(chains: readonly ProgressChain<T>[]): T[] {
  return chains
    .map((chain) => ({ rootId: chain.rootId, row: chain.revisions[chain.revisions.length - 1] }))
    .filter((item): item is { rootId: number; row: T } => item.row !== undefined)
    .sort((a, b) => a.row.updateDate.localeCompare(b.row.updateDate) || a.rootId - b.rootId)
    .map(({ row }) => row);
}

/**
 * An action's rating and status on a past day: from the latest update that
 * gave one by then. When no update has ever given one, the value was set on
 * the action itself and is the best record there is.
 */
export function stateAsAt(
  allRows: readonly ProgressRow[],
  standing: readonly ProgressRow[],
  stored: { rag: Rag | null; status: ActionStatus },
): { rag: Rag | null; status: ActionStatus } {
  const lastRag = standing.findLast((row) => row.rag !== null)?.rag ?? null;
  const lastStatus = standing.findLast((row) => row.status !== null)?.status ?? null;
  return {
    rag: lastRag ?? (allRows.some((row) => row.rag !== null) ? null : stored.rag),
    status: lastStatus ?? (allRows.some((row) => row.status !== null) ? 'not_started' : stored.status),
  };
}

/** Whether an entry or action was still on the plan at the end of `asAt`: not archived, or archived only later. */
export function isOnPlanAt(row: { archivedAt: string | null }, asAt: string): boolean {
  return row.archivedAt === null || ukDateOf(row.archivedAt) > asAt;
}
