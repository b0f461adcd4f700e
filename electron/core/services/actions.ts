import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Action } from '../../../shared/api/methods/action-plans';
import { dueDateFromTimescale } from '../domain/action-dates';
import { CoreError } from '../errors';
import { deleteAction, getAction, insertAction, listActions, updateAction } from '../repositories/actions';
import { countActionProgressUpdates } from '../repositories/progress-updates';
import { getEntryService, reorderKeepingArchivedLast } from './plan-entries';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

export function getActionService(ctx: ServiceContext, actionId: number): Action {
  return found(getAction(ctx.db, actionId), 'action', actionId);
}

/** A due date left out follows a timescale such as "September 2018" (its last day); one given, or null, is kept as given. */
function withDerivedDueDate<T extends { dueDate?: string | null | undefined; timescaleLabel?: string | undefined }>(values: T): T {
  if (values.dueDate !== undefined || values.timescaleLabel === undefined) return values;
  const derived = dueDateFromTimescale(values.timescaleLabel);
  return derived === null ? values : { ...values, dueDate: derived };
}

export function createAction(ctx: ServiceContext, input: ApiParsedInput<'actions/create'>): Action {
  const { entryId, ...values } = input;
  return inTransaction(ctx, () => {
    getEntryService(ctx, entryId);
    mustExist(ctx, 'people', values.ownerPersonId, 'ownerPersonId', 'person');
    const actionId = insertAction(ctx.db, entryId, withDerivedDueDate(values), ctx.now().toISOString());
    audit(ctx, 'create', 'action', actionId, values.description);
    return getActionService(ctx, actionId);
  });
}

/** Setting rag or status here is an officer's override of what the latest progress update says. */
export function updateActionService(ctx: ServiceContext, input: ApiParsedInput<'actions/update'>): Action {
  const { id: actionId, ...values } = input;
  return inTransaction(ctx, () => {
    getActionService(ctx, actionId);
    mustExist(ctx, 'people', values.ownerPersonId, 'ownerPersonId', 'person');
    updateAction(ctx.db, actionId, withDerivedDueDate(values), ctx.now().toISOString());
    const action = getActionService(ctx, actionId);
    audit(ctx, 'update', 'action', actionId, action.description);
    return action;
  });
}

export function reorderActions(ctx: ServiceContext, input: ApiParsedInput<'actions/reorder'>): Action[] {
  return inTransaction(ctx, () => {
    const entry = getEntryService(ctx, input.entryId);
    reorderKeepingArchivedLast(ctx.db, 'actions', 'entry_id', entry.id, input.ids, listActions(ctx.db, entry.id));
    audit(ctx, 'reorder', 'action', null, `Actions of ${entry.heading}`);
    return listActions(ctx.db, entry.id);
  });
}

export function archiveAction(ctx: ServiceContext, actionId: number, isArchived: boolean): Action {
  return inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    found(updateAction(ctx.db, actionId, { archivedAt: isArchived ? at : null }, at) || null, 'action', actionId);
    const action = getActionService(ctx, actionId);
    audit(ctx, isArchived ? 'archive' : 'restore', 'action', actionId, action.description);
    return action;
  });
}

/** Deleting an action would take its progress history with it, so one with updates is archived instead. */
export function deleteActionService(ctx: ServiceContext, actionId: number): { id: number } {
  return inTransaction(ctx, () => {
    const action = getActionService(ctx, actionId);
    const updates = countActionProgressUpdates(ctx.db, actionId);
    if (updates > 0) {
      throw new CoreError('conflict', `This action has ${updates} progress updates, which deleting would lose. Archive the action instead.`);
    }
    deleteAction(ctx.db, actionId);
    audit(ctx, 'delete', 'action', actionId, action.description);
    return { id: actionId };
  });
}
