// Action plans from the command line: list them, show how one stands, and
// draft the progress report that goes to committee. The --json shapes below
// are contracts for scripts: fields may be added, never renamed or removed.
import type { ActionStatus, OverviewAction, PlanOverview, RagCounts } from '../../shared/api/methods/action-plans';
import { isoDate, type Rag } from '../../shared/api/schema';
import type { CoreContext } from '../core/context';
import { CoreError } from '../core/errors';
import { call, UsageError, type CommandArgs, type Command } from './command-kit';
import { describePlanList, describePlanStatus } from './output';

/** The options only the plan commands take. */
export const planOptions = {
  plan: { type: 'string' },
  'as-at': { type: 'string' },
} as const;

/** `list-plans --json`: one row per plan (archived ones left out), figures as they stand today. */
export type ListPlansJson = {
  plans: {
    id: number;
    title: string;
    owner: string;
    startDate: string | null;
    inspection: { id: number; title: string } | null;
    entries: number;
    actions: number;
    /** Actions by their rating (complete ones by the rating they last had); overall as on the plan: red if any red, and so on. */
    rag: { red: number; amber: number; green: number; unrated: number; overall: Rag | null };
    overdue: number;
  }[];
};

/** One action in `plan-status --json`, as it stood on `asAt`. */
export type PlanStatusAction = {
  id: number;
  description: string;
  owner: string;
  timescale: string;
  dueDate: string | null;
  status: ActionStatus;
  /** The rating of the latest progress update by `asAt` (or the officer's override, today). */
  rag: Rag | null;
  isOverdue: boolean;
  isStale: boolean;
  lastUpdateDate: string | null;
};

/** `plan-status --json`: every entry of a plan with its actions, and the plan's totals, on one day. */
export type PlanStatusJson = {
  plan: { id: number; title: string; owner: string; startDate: string | null; inspection: { id: number; title: string } | null };
  asAt: string;
  staleWeeks: number;
  entries: {
    id: number;
    heading: string;
    recommendationNumber: number | null;
    /** Complete actions are counted as complete whatever their rating. */
    counts: RagCounts;
    overdue: number;
    actions: PlanStatusAction[];
  }[];
  totals: RagCounts & { actions: number; overdue: number; stale: number };
};

export const planCommands: Record<string, Command> = {
  'list-plans': {
    usage: 'list-plans',
    summary: 'List action plans: inspection, entries, actions, RAG counts and overdue actions today',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ''}"`);
      const listed = await listPlans(ctx);
      io.out(args.isJson ? JSON.stringify(listed, null, 2) : describePlanList(listed));
    },
  },
  'plan-status': {
    usage: 'plan-status --plan ID [--as-at YYYY-MM-DD]',
    summary: 'Show how a plan stands (today, or as at a date): each entry’s actions with RAG and overdue flags, and totals',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ''}"`);
      const status = await planStatus(ctx, planIdOption(args), asAtOption(args));
      io.out(args.isJson ? JSON.stringify(status, null, 2) : describePlanStatus(status));
    },
  },
};

async function listPlans(ctx: CoreContext, includeArchived = false): Promise<ListPlansJson> {
  const [plans, inspections] = await Promise.all([call(ctx, 'actionPlans/list', { includeArchived }), call(ctx, 'inspections/list', {})]);
  const titles = new Map(inspections.map((inspection) => [inspection.id, inspection.title]));
  return {
    plans: plans.map((plan) => ({
      id: plan.id,
      title: plan.title,
      owner: plan.owner,
      startDate: plan.startDate,
      inspection: plan.inspectionId === null ? null : { id: plan.inspectionId, title: titles.get(plan.inspectionId) ?? '' },
      entries: plan.entryCount,
      actions: plan.actionCount,
      rag: plan.rag,
      overdue: plan.overdueCount,
    })),
  };
}

async function planStatus(ctx: CoreContext, planId: number, asAt: string | undefined): Promise<PlanStatusJson> {
  let overview: PlanOverview;
  try {
    overview = await call(ctx, 'actionPlans/overview', { id: planId, ...(asAt === undefined ? {} : { asAt }) });
  } catch (error) {
    if (error instanceof CoreError && error.code === 'not_found') throw new CoreError('not_found', `There is no action plan with id ${planId}; list-plans shows the plans and their ids.`);
    throw error;
  }
  const { plans } = await listPlans(ctx, true);
  const plan = plans.find((candidate) => candidate.id === planId);
  if (plan === undefined) throw new CoreError('not_found', `There is no action plan with id ${planId}; list-plans shows the plans and their ids.`);
  return {
    plan: { id: plan.id, title: plan.title, owner: plan.owner, startDate: plan.startDate, inspection: plan.inspection },
    asAt: overview.asAt,
    staleWeeks: overview.staleWeeks,
    entries: overview.entries.map((entry) => ({
      id: entry.id,
      heading: entry.heading,
      recommendationNumber: entry.recommendationNumber,
      counts: entry.counts,
      overdue: entry.overdueCount,
      actions: overview.actions.filter((action) => action.entryId === entry.id).map(statusAction),
    })),
    totals: overview.totals,
  };
}

function statusAction(action: OverviewAction): PlanStatusAction {
  return {
    id: action.id,
    description: action.description,
    owner: action.owner,
    timescale: action.timescaleLabel,
    dueDate: action.dueDate,
    status: action.status,
    rag: action.rag,
    isOverdue: action.isOverdue,
    isStale: action.isStale,
    lastUpdateDate: action.lastUpdateDate,
  };
}

function planIdOption(args: CommandArgs): number {
  const value = args.options.plan;
  if (typeof value !== 'string') throw new UsageError('plan-status needs --plan ID (list-plans shows the ids)');
  const planId = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(planId) || planId < 1) throw new UsageError(`--plan must be a plan's number (see list-plans), not "${value}"`);
  return planId;
}

function asAtOption(args: CommandArgs): string | undefined {
  const value = args.options['as-at'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isoDate.safeParse(value).success) {
    throw new UsageError(`--as-at must be a real date written YYYY-MM-DD, such as 2026-03-31, not "${String(value)}"`);
  }
  return value;
}
