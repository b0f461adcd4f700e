// An action plan as it stood on a day: every entry, measure, action and the
// latest progress update of each, assembled from a fixed handful of queries.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Action, ActionPlanView, Measure, PlanAction, PlanEntry, PlanEntryView, ProgressUpdate } from '../../../shared/api/methods/action-plans';
import { ukDateOf } from '../domain/calendar';
import { isOnPlanAt, progressChains, stateAsAt, updatesAsAt } from '../domain/progress-as-at';
import { isOverdue, rollUpRag } from '../domain/rag';
import { listActionsOfPlan } from '../repositories/actions';
import { getPlan } from '../repositories/action-plans';
import { listMeasuresOfPlan } from '../repositories/measures';
import { listEntries } from '../repositories/plan-entries';
import { listProgressOfPlan } from '../repositories/progress-updates';
import { listRecommendationsOfPlan } from '../repositories/recommendations';
import { found, type ServiceContext } from './unit-of-work';

type ViewOptions = { today: string; asAt: string; since: string | null };

/**
 * The plan on `asAt` (today by default). Entries and actions archived by the
 * end of that day are left out unless asked for. Today's rating and status are
 * the action's own (an officer may override them); a past day's come from the
 * progress updates recorded by then.
 */
export function getPlanView(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/get'>): ActionPlanView {
  const plan = found(getPlan(ctx.db, input.id), 'action plan', input.id);
  const today = ukDateOf(ctx.now());
  const options: ViewOptions = { today, asAt: input.asAt ?? today, since: input.since ?? null };
  const isShown = (row: { archivedAt: string | null }) => input.includeArchived === true || isOnPlanAt(row, options.asAt);

  const measures = groupBy(listMeasuresOfPlan(ctx.db, plan.id), (measure) => measure.entryId);
  const actions = groupBy(listActionsOfPlan(ctx.db, plan.id).filter(isShown), (action) => action.entryId);
  const progress = groupBy(listProgressOfPlan(ctx.db, plan.id), (update) => update.actionId);
  const recommendations = new Map(listRecommendationsOfPlan(ctx.db, plan.id).map((recommendation) => [recommendation.id, recommendation]));

  const entries = listEntries(ctx.db, plan.id)
    .filter(isShown)
    .map((entry) => entryView(entry, measures.get(entry.id) ?? [], (actions.get(entry.id) ?? []).map((action) => actionView(action, progress.get(action.id) ?? [], options)), recommendations));
  const allActions = entries.flatMap((entry) => entry.actions);
  return {
    ...plan,
    asAt: options.asAt,
    since: options.since,
    entries,
    rag: rollUpRag(allActions.map((action) => action.rag)),
    overdueCount: allActions.filter((action) => action.isOverdue).length,
  };
}

function entryView(
  entry: PlanEntry,
  measures: Measure[],
  actions: PlanAction[],
  recommendations: Map<number, { id: number; number: number; text: string }>,
): PlanEntryView {
  const recommendation = entry.recommendationId === null ? null : (recommendations.get(entry.recommendationId) ?? null);
  return { ...entry, recommendation, measures, actions, rag: rollUpRag(actions.map((action) => action.rag)) };
}

function actionView(action: Action, rows: ProgressUpdate[], options: ViewOptions): PlanAction {
  const standing = updatesAsAt(progressChains(rows), options.asAt);
  const latestUpdate = standing.at(-1) ?? null;
  const state = options.asAt < options.today ? stateAsAt(rows, standing, action) : { rag: action.rag, status: action.status };
  return {
    ...action,
    ...state,
    latestUpdate,
    isOverdue: isOverdue({ dueDate: action.dueDate, status: state.status }, options.asAt),
    isChangedSince: options.since !== null && latestUpdate !== null && latestUpdate.updateDate > options.since,
  };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
