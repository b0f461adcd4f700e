// A plan's dashboard on a day: counts per entry, overdue and stale actions,
// the actions that pass the filters, and the RAG history for the chart. Built
// on the plan as it stood that day (plan-view.ts) plus one query for the
// progress record, however many actions the plan has.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ActionPlanView, OverviewAction, OverviewEntry, PlanEntryView, PlanOverview } from '../../../shared/api/methods/action-plans';
import { ukDateOf } from '../domain/calendar';
import { countRagCategories, isStale, ragCategoryOf } from '../domain/rag';
import { isOnPlanAt } from '../domain/progress-as-at';
import { historyDates, ragHistory, type HistoryAction } from '../domain/rag-history';
import { listProgressStatesOfPlan } from '../repositories/action-plans';
import { getPlanView } from './plan-view';
import type { ServiceContext } from './unit-of-work';

const DEFAULT_STALE_WEEKS = 8;

type Filters = Omit<ApiParsedInput<'actionPlans/overview'>, 'id' | 'asAt' | 'staleWeeks'>;

/**
 * The overview on `asAt` (today by default). An action counts from the day it
 * was added until it (or its entry) was archived; totals and entries count
 * every such action, the filters choose only which are listed.
 */
export function planOverview(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/overview'>): PlanOverview {
  const today = ukDateOf(ctx.now());
  const asAt = input.asAt ?? today;
  const staleWeeks = input.staleWeeks ?? DEFAULT_STALE_WEEKS;
  // Archived rows are needed for the history; which stood on `asAt` is decided here.
  const plan = getPlanView(ctx, { id: input.id, asAt, includeArchived: true });
  const standsOn = (row: { archivedAt: string | null }) => isOnPlanAt(row, asAt);

  const entries = plan.entries.filter(standsOn).map((entry) => ({
    entry,
    actions: entry.actions.filter((action) => standsOn(action) && ukDateOf(action.createdAt) <= asAt).map((action) => overviewAction(entry, action, asAt, staleWeeks)),
  }));
  const actions = entries.flatMap((entry) => entry.actions);
  return {
    planId: plan.id,
    title: plan.title,
    asAt,
    staleWeeks,
    totals: { ...countRagCategories(actions), actions: actions.length, overdue: countWhere(actions, 'isOverdue'), stale: countWhere(actions, 'isStale') },
    entries: entries.map(({ entry, actions: listed }) => overviewEntry(entry, listed)),
    actions: actions.filter((action) => passes(action, input)),
    owners: ownersOf(actions),
    history: ragHistory(historyActions(ctx, plan), historyDates(historyStart(plan), asAt), today),
  };
}

function overviewAction(entry: PlanEntryView, action: PlanEntryView['actions'][number], asAt: string, staleWeeks: number): OverviewAction {
  const lastUpdateDate = action.latestUpdate?.updateDate ?? null;
  return {
    ...action,
    entryHeading: entry.heading,
    recommendationNumber: entry.recommendation?.number ?? null,
    lastUpdateDate,
    isStale: isStale({ status: action.status, lastRecordDate: lastUpdateDate ?? ukDateOf(action.createdAt) }, asAt, staleWeeks),
  };
}

function overviewEntry(entry: PlanEntryView, actions: readonly OverviewAction[]): OverviewEntry {
  return {
    id: entry.id,
    heading: entry.heading,
    recommendationNumber: entry.recommendation?.number ?? null,
    actionCount: actions.length,
    counts: countRagCategories(actions),
    overdueCount: countWhere(actions, 'isOverdue'),
    staleCount: countWhere(actions, 'isStale'),
  };
}

function countWhere(actions: readonly OverviewAction[], flag: 'isOverdue' | 'isStale'): number {
  return actions.filter((action) => action[flag]).length;
}

/** Owner matches whole names, ignoring case; rag 'complete' and 'unrated' follow the chart's categories. */
function passes(action: OverviewAction, filters: Filters): boolean {
  if (filters.owner !== undefined && action.owner.trim().toLowerCase() !== filters.owner.trim().toLowerCase()) return false;
  if (filters.status !== undefined && action.status !== filters.status) return false;
  if (filters.rag !== undefined && ragCategoryOf(action) !== filters.rag) return false;
  if (filters.isOverdue !== undefined && action.isOverdue !== filters.isOverdue) return false;
  if (filters.isStale !== undefined && action.isStale !== filters.isStale) return false;
  return true;
}

/** Each owner once (the first spelling met), sorted as a person reads a list. */
function ownersOf(actions: readonly OverviewAction[]): string[] {
  const owners = new Map<string, string>();
  for (const { owner } of actions) {
    const name = owner.trim();
    if (name !== '' && !owners.has(name.toLowerCase())) owners.set(name.toLowerCase(), name);
  }
  return [...owners.values()].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }));
}

/** The chart starts on the plan's start date, or when its first action was added, or when the plan was made. */
function historyStart(plan: ActionPlanView): string {
  if (plan.startDate !== null) return plan.startDate;
  const added = plan.entries.flatMap((entry) => entry.actions.map((action) => action.createdAt)).sort();
  return ukDateOf(added[0] ?? plan.createdAt);
}

/**
 * Every action ever on the plan, with the day it left it (its own archiving
 * or its entry's, the earlier). Its rating and status are as shown on `asAt`:
 * on a past day those are the action's own only when no update ever gave one,
 * which is exactly when the history falls back on them too.
 */
function historyActions(ctx: ServiceContext, plan: ActionPlanView): HistoryAction[] {
  const progress = new Map<number, HistoryAction['progress'][number][]>();
  for (const row of listProgressStatesOfPlan(ctx.db, plan.id)) {
    const rows = progress.get(row.actionId);
    if (rows) rows.push(row);
    else progress.set(row.actionId, [row]);
  }
  return plan.entries.flatMap((entry) =>
    entry.actions.map((action) => ({
      createdAt: action.createdAt,
      archivedAt: earliest(action.archivedAt, entry.archivedAt),
      rag: action.rag,
      status: action.status,
      progress: progress.get(action.id) ?? [],
    })),
  );
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
