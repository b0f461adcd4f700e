import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Action } from '../../../shared/api/methods/action-plans';
import { shortDate } from '../../../shared/format/dates';
import { dueDateFromTimescale, isDueBeforeStart } from '../domain/action-dates';
import { CoreError } from '../errors';
import { getPlan } from '../repositories/action-plans';
import { deleteAction, getAction, insertAction, listActions, updateAction } from '../repositories/actions';
import { countActionProgressUpdates } from '../repositories/progress-updates';
import { getEntryService, progressUpdates, reorderKeepingArchivedLast } from './plan-entries';
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

/**
 * No action may fall due before its plan started: the date is named in words,
 * and so is the field the officer typed (a timescale such as "March 2025"
 * sets the due date without the officer typing one).
 */
function mustNotFallDueBeforeStart(ctx: ServiceContext, planId: number, given: { dueDate?: string | null | undefined }, dueDate: string | null | undefined): void {
  const startDate = getPlan(ctx.db, planId)?.startDate ?? null;
  if (typeof dueDate !== 'string' || startDate === null || !isDueBeforeStart(dueDate, startDate)) return;
  const isTyped = given.dueDate !== undefined;
  throw new CoreError(
    'invalid_input',
    `${isTyped ? 'dueDate' : 'timescaleLabel'}: this action falls due on ${shortDate(dueDate)}, before the plan started on ${shortDate(startDate)}. ` +
      `Give a later ${isTyped ? 'due date' : 'timescale'}, or change the plan’s start date.`,
  );
}

export function createAction(ctx: ServiceContext, input: ApiParsedInput<'actions/create'>): Action {
  const { entryId, ...values } = input;
  return inTransaction(ctx, () => {
    const entry = getEntryService(ctx, entryId);
    mustExist(ctx, 'people', values.ownerPersonId, 'ownerPersonId', 'person');
    const withDue = withDerivedDueDate(values);
    mustNotFallDueBeforeStart(ctx, entry.planId, values, withDue.dueDate);
    const actionId = insertAction(ctx.db, entryId, withDue, ctx.now().toISOString());
    audit(ctx, 'create', 'action', actionId, values.description);
    return getActionService(ctx, actionId);
  });
}

/** Setting rag or status here is an officer's override of what the latest progress update says. */
export function updateActionService(ctx: ServiceContext, input: ApiParsedInput<'actions/update'>): Action {
  const { id: actionId, ...values } = input;
  return inTransaction(ctx, () => {
    const stored = getActionService(ctx, actionId);
    mustExist(ctx, 'people', values.ownerPersonId, 'ownerPersonId', 'person');
    const withDue = withDerivedDueDate(values);
    mustNotFallDueBeforeStart(ctx, getEntryService(ctx, stored.entryId).planId, values, withDue.dueDate);
    updateAction(ctx.db, actionId, withDue, ctx.now().toISOString());
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
      throw new CoreError('conflict', `This action has ${progressUpdates(updates)}, which deleting would lose. Archive the action instead: that hides it from the plan and keeps its history.`);
    }
    deleteAction(ctx.db, actionId);
    audit(ctx, 'delete', 'action', actionId, action.description);
    return { id: actionId };
  });
}
