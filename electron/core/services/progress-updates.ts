// Progress updates are appended, never overwritten: a correction is a new
// revision that supersedes the old row, which stays exactly as it was.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ProgressRevision, ProgressUpdate } from '../../../shared/api/methods/action-plans';
import { shortDate } from '../../../shared/format/dates';
import { ukDateOf } from '../domain/calendar';
import { currentUpdates, progressChains } from '../domain/progress-as-at';
import { CoreError } from '../errors';
import { updateAction } from '../repositories/actions';
import {
  getProgressUpdate,
  insertProgressUpdate,
  listProgressOfAction,
  settingsAuthorName,
  supersedingRevisionId,
  type NewProgressUpdate,
} from '../repositories/progress-updates';
import { getActionService } from './actions';
import { audit, found, inTransaction, type ServiceContext } from './unit-of-work';

function refuseFutureDate(ctx: ServiceContext, updateDate: string): void {
  const today = ukDateOf(ctx.now());
  if (updateDate > today) {
    throw new CoreError('invalid_input', `updateDate: a progress update cannot be dated after today (${shortDate(today)}). Give today’s date or an earlier one.`);
  }
}

/** The latest update of an action as its record stands now (newest revisions, latest date). */
function latestUpdateOf(ctx: ServiceContext, actionId: number): ProgressUpdate | null {
  return currentUpdates(progressChains(listProgressOfAction(ctx.db, actionId))).at(-1) ?? null;
}

/**
 * Appends a revision and keeps the action's rating and status equal to its
 * latest update's, when that update gives them and this write changed which
 * update is latest or what it says. An override on the action otherwise stands.
 */
function appendRevision(ctx: ServiceContext, values: NewProgressUpdate): number {
  const before = latestUpdateOf(ctx, values.actionId);
  const updateId = insertProgressUpdate(ctx.db, values);
  const latest = latestUpdateOf(ctx, values.actionId);
  const wasLatestRevised = before !== null && values.supersedesId === before.id;
  if (latest && (latest.id === updateId || wasLatestRevised)) {
    updateAction(ctx.db, values.actionId, { rag: latest.rag ?? undefined, status: latest.status ?? undefined }, values.createdAt);
  }
  return updateId;
}

export function addProgressUpdate(ctx: ServiceContext, input: ApiParsedInput<'progress/add'>): ProgressUpdate {
  return inTransaction(ctx, () => {
    const action = getActionService(ctx, input.actionId);
    refuseFutureDate(ctx, input.updateDate);
    const updateId = appendRevision(ctx, {
      actionId: action.id,
      supersedesId: null,
      updateDate: input.updateDate,
      author: input.author ?? settingsAuthorName(ctx.db),
      note: input.note,
      rag: input.rag ?? null,
      status: input.status ?? null,
      createdAt: ctx.now().toISOString(),
    });
    audit(ctx, 'create', 'progress_update', updateId, `${input.updateDate}: ${action.description}`);
    return found(getProgressUpdate(ctx.db, updateId), 'progress update', updateId);
  });
}

/** Only the newest revision of an update may be revised; fields left out are copied from it. */
export function reviseProgressUpdate(ctx: ServiceContext, input: ApiParsedInput<'progress/revise'>): ProgressUpdate {
  return inTransaction(ctx, () => {
    const old = found(getProgressUpdate(ctx.db, input.id), 'progress update', input.id);
    const newer = supersedingRevisionId(ctx.db, old.id);
    if (newer !== null) {
      throw new CoreError('conflict', `Progress update ${old.id} has already been revised (by update ${newer}). Revise the newest version instead.`);
    }
    const updateDate = input.updateDate ?? old.updateDate;
    refuseFutureDate(ctx, updateDate);
    const updateId = appendRevision(ctx, {
      actionId: old.actionId,
      supersedesId: old.id,
      updateDate,
      author: input.author ?? old.author,
      note: input.note ?? old.note,
      rag: input.rag === undefined ? old.rag : input.rag,
      status: input.status === undefined ? old.status : input.status,
      createdAt: ctx.now().toISOString(),
    });
    audit(ctx, 'update', 'progress_update', updateId, `Revises update ${old.id} (${updateDate})`);
    return found(getProgressUpdate(ctx.db, updateId), 'progress update', updateId);
  });
}

/** Every revision of every update: latest date first, each update's newest revision before those it replaced. */
export function progressHistory(ctx: ServiceContext, actionId: number): ProgressRevision[] {
  const action = getActionService(ctx, actionId);
  const chains = progressChains(listProgressOfAction(ctx.db, action.id));
  const newestOf = (revisions: readonly ProgressUpdate[]) => revisions[revisions.length - 1]?.updateDate ?? '';
  chains.sort((a, b) => newestOf(b.revisions).localeCompare(newestOf(a.revisions)) || b.rootId - a.rootId);
  return chains.flatMap((chain) =>
    chain.revisions.map((revision, index) => ({ ...revision, supersededById: chain.revisions[index + 1]?.id ?? null })).reverse(),
  );
}
