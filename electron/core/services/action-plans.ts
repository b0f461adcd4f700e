import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ActionPlan, ActionPlanSummary, ActionPlanView } from '../../../shared/api/methods/action-plans';
import { shortDate } from '../../../shared/format/dates';
import { ukDateOf } from '../domain/calendar';
import { isOverdue, rollUpRag } from '../domain/rag';
import { CoreError } from '../errors';
import { countLiveEntries, countPlanProgressUpdates, deletePlan, getPlan, insertPlan, listLiveActionFigures, listPlans, updatePlan } from '../repositories/action-plans';
import { listActionsDueBefore } from '../repositories/actions';
import { countEntriesLinkedOutside, insertEntry } from '../repositories/plan-entries';
import { listRecommendations } from '../repositories/recommendations';
import { progressUpdates } from './plan-entries';
import { getPlanView } from './plan-view';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

/** Plans with today's figures, counted from their live actions. */
export function listPlansService(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/list'>): ActionPlanSummary[] {
  const today = ukDateOf(ctx.now());
  const entryCounts = countLiveEntries(ctx.db);
  const figures = listLiveActionFigures(ctx.db);
  return listPlans(ctx.db, input).map((plan) => {
    const actions = figures.filter((action) => action.planId === plan.id);
    return {
      ...plan,
      entryCount: entryCounts.get(plan.id) ?? 0,
      actionCount: actions.length,
      rag: rollUpRag(actions.map((action) => action.rag)),
      overdueCount: actions.filter((action) => isOverdue(action, today)).length,
    };
  });
}

export function getPlanService(ctx: ServiceContext, planId: number): ActionPlan {
  return found(getPlan(ctx.db, planId), 'action plan', planId);
}

/** A plan for an inspection starts with one entry per recommendation, in number order. */
export function createPlan(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/create'>): ActionPlanView {
  return inTransaction(ctx, () => {
    mustExist(ctx, 'inspections', input.inspectionId, 'inspectionId', 'inspection');
    const at = ctx.now().toISOString();
    const planId = insertPlan(ctx.db, input, at);
    const inspectionId = input.inspectionId ?? null;
    const recommendations = inspectionId === null ? [] : listRecommendations(ctx.db, inspectionId);
    for (const recommendation of recommendations) {
      insertEntry(ctx.db, planId, { heading: `Recommendation ${recommendation.number}`, recommendationId: recommendation.id }, at);
    }
    audit(ctx, 'create', 'action_plan', planId, `${input.title} (${recommendations.length} entries)`);
    return getPlanView(ctx, { id: planId });
  });
}

/** A plan cannot start after an action of it is due: the refusal says how many and names the earliest. */
function mustNotStartAfterActionsDue(ctx: ServiceContext, planId: number, startDate: string | null | undefined): void {
  if (typeof startDate !== 'string') return;
  const early = listActionsDueBefore(ctx.db, planId, startDate);
  const [first] = early;
  if (first === undefined || first.dueDate === null) return;
  const count = early.length === 1 ? 'An action of this plan falls' : `${early.length} actions of this plan fall`;
  const archived = first.archivedAt === null ? '' : ' (archived)';
  throw new CoreError(
    'invalid_input',
    `startDate: ${count} due before ${shortDate(startDate)}; the first is “${shortened(first.description)}”${archived}, due on ${shortDate(first.dueDate)}. ` +
      'Give an earlier start date, or give those actions later timescales first.',
  );
}

/** An action's description cut to a phrase, for a message that must stay one line. */
function shortened(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1).trimEnd()}…`;
}

export function updatePlanService(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/update'>): ActionPlan {
  const { id: planId, ...values } = input;
  return inTransaction(ctx, () => {
    const stored = getPlanService(ctx, planId);
    if (values.startDate !== stored.startDate) mustNotStartAfterActionsDue(ctx, planId, values.startDate);
    if (values.inspectionId !== undefined && values.inspectionId !== stored.inspectionId) {
      mustExist(ctx, 'inspections', values.inspectionId, 'inspectionId', 'inspection');
      if (countEntriesLinkedOutside(ctx.db, planId, values.inspectionId) > 0) {
        throw new CoreError('conflict', 'inspectionId: entries of this plan answer recommendations of its present inspection. Unlink or delete those entries first.');
      }
    }
    updatePlan(ctx.db, planId, values, ctx.now().toISOString());
    const plan = getPlanService(ctx, planId);
    audit(ctx, 'update', 'action_plan', planId, plan.title);
    return plan;
  });
}

export function archivePlan(ctx: ServiceContext, planId: number, isArchived: boolean): ActionPlan {
  return inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    found(updatePlan(ctx.db, planId, { archivedAt: isArchived ? at : null }, at) || null, 'action plan', planId);
    const plan = getPlanService(ctx, planId);
    audit(ctx, isArchived ? 'archive' : 'restore', 'action_plan', planId, plan.title);
    return plan;
  });
}

/** Deleting would take the progress history with it, so a plan with progress updates is archived instead. */
export function deletePlanService(ctx: ServiceContext, planId: number): { id: number } {
  return inTransaction(ctx, () => {
    const plan = getPlanService(ctx, planId);
    const updates = countPlanProgressUpdates(ctx.db, planId);
    if (updates > 0) {
      throw new CoreError('conflict', `This plan has ${progressUpdates(updates)}, which deleting would lose. Archive the plan instead: that hides it from the list of plans and keeps its history.`);
    }
    deletePlan(ctx.db, planId);
    audit(ctx, 'delete', 'action_plan', planId, plan.title);
    return { id: planId };
  });
}
