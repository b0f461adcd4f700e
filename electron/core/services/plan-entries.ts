import type { ApiParsedInput } from '../../../shared/api/contract';
import type { PlanEntry } from '../../../shared/api/methods/action-plans';
import type { WorkspaceDatabase } from '../db/connection';
import { CoreError } from '../errors';
import { getPlan, updatePlan } from '../repositories/action-plans';
import { countEntryProgressUpdates, deleteEntry, getEntry, insertEntry, listEntries, updateEntry } from '../repositories/plan-entries';
import { getRecommendation } from '../repositories/recommendations';
import { reorderRows, type Table } from '../repositories/rows';
import { audit, found, inTransaction, type ServiceContext } from './unit-of-work';

/** "1 progress update", "3 progress updates": for the refusals that protect history. */
export function progressUpdates(count: number): string {
  return `${count} progress ${count === 1 ? 'update' : 'updates'}`;
}

export function getEntryService(ctx: ServiceContext, entryId: number): PlanEntry {
  return found(getEntry(ctx.db, entryId), 'plan entry', entryId);
}

/** An entry may answer only a recommendation of its plan's own inspection. */
function mustAnswerPlanInspection(ctx: ServiceContext, planId: number, recommendationId: number | null | undefined): void {
  if (recommendationId === null || recommendationId === undefined) return;
  const recommendation = getRecommendation(ctx.db, recommendationId);
  if (!recommendation) throw new CoreError('not_found', `recommendationId: there is no recommendation with id ${recommendationId}.`);
  const plan = found(getPlan(ctx.db, planId), 'action plan', planId);
  if (recommendation.inspectionId !== plan.inspectionId) {
    throw new CoreError('invalid_input', `recommendationId: recommendation ${recommendation.number} belongs to another inspection than this plan’s. Link the plan to that inspection first.`);
  }
}

function touchPlan(ctx: ServiceContext, planId: number): void {
  updatePlan(ctx.db, planId, {}, ctx.now().toISOString());
}

export function createEntry(ctx: ServiceContext, input: ApiParsedInput<'planEntries/create'>): PlanEntry {
  const { planId, ...values } = input;
  return inTransaction(ctx, () => {
    found(getPlan(ctx.db, planId), 'action plan', planId);
    mustAnswerPlanInspection(ctx, planId, values.recommendationId);
    const entryId = insertEntry(ctx.db, planId, values, ctx.now().toISOString());
    touchPlan(ctx, planId);
    audit(ctx, 'create', 'plan_entry', entryId, values.heading);
    return getEntryService(ctx, entryId);
  });
}

export function updateEntryService(ctx: ServiceContext, input: ApiParsedInput<'planEntries/update'>): PlanEntry {
  const { id: entryId, ...values } = input;
  return inTransaction(ctx, () => {
    const stored = getEntryService(ctx, entryId);
    mustAnswerPlanInspection(ctx, stored.planId, values.recommendationId);
    updateEntry(ctx.db, entryId, values, ctx.now().toISOString());
    touchPlan(ctx, stored.planId);
    const entry = getEntryService(ctx, entryId);
    audit(ctx, 'update', 'plan_entry', entryId, entry.heading);
    return entry;
  });
}

/** Screens show live rows only: a list without the archived ones keeps those at the end. */
export function reorderKeepingArchivedLast(
  db: WorkspaceDatabase,
  table: Table,
  parentColumn: string,
  parentId: number,
  ids: readonly number[],
  rows: readonly { id: number; archivedAt: string | null }[],
): void {
  const archived = rows.filter((row) => row.archivedAt !== null).map((row) => row.id);
  const isLiveListOnly = archived.every((rowId) => !ids.includes(rowId));
  reorderRows(db, table, parentColumn, parentId, isLiveListOnly ? [...ids, ...archived] : ids);
}

export function reorderEntries(ctx: ServiceContext, input: ApiParsedInput<'planEntries/reorder'>): PlanEntry[] {
  return inTransaction(ctx, () => {
    const plan = found(getPlan(ctx.db, input.planId), 'action plan', input.planId);
    reorderKeepingArchivedLast(ctx.db, 'plan_entries', 'plan_id', plan.id, input.ids, listEntries(ctx.db, plan.id));
    touchPlan(ctx, plan.id);
    audit(ctx, 'reorder', 'plan_entry', null, `Entries of ${plan.title}`);
    return listEntries(ctx.db, plan.id);
  });
}

export function archiveEntry(ctx: ServiceContext, entryId: number, isArchived: boolean): PlanEntry {
  return inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    found(updateEntry(ctx.db, entryId, { archivedAt: isArchived ? at : null }, at) || null, 'plan entry', entryId);
    const entry = getEntryService(ctx, entryId);
    touchPlan(ctx, entry.planId);
    audit(ctx, isArchived ? 'archive' : 'restore', 'plan_entry', entryId, entry.heading);
    return entry;
  });
}

/** Deleting an entry deletes its actions, so one whose actions have progress updates is archived instead. */
export function deleteEntryService(ctx: ServiceContext, entryId: number): { id: number } {
  return inTransaction(ctx, () => {
    const entry = getEntryService(ctx, entryId);
    const updates = countEntryProgressUpdates(ctx.db, entryId);
    if (updates > 0) {
      throw new CoreError(
        'conflict',
        `The actions of “${entry.heading}” have ${progressUpdates(updates)}, which deleting would lose. Archive the entry instead: that hides it from the plan and keeps its history.`,
      );
    }
    deleteEntry(ctx.db, entryId);
    touchPlan(ctx, entry.planId);
    audit(ctx, 'delete', 'plan_entry', entryId, entry.heading);
    return { id: entryId };
  });
}
