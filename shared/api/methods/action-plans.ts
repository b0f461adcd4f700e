import { z } from 'zod';
import { method } from '../method';
import { id, isoDate, line, orderedIds, paragraph, pathOn, rag, requiredLine, richText, updateOf, type Rag, type RichText } from '../schema';

export type ActionStatus = 'not_started' | 'in_progress' | 'complete' | 'on_hold';

/** A post-inspection action plan, or a free-standing one. */
export type ActionPlan = {
  id: number;
  inspectionId: number | null;
  title: string;
  owner: string;
  /** The day the plan started: no action may fall due before it. */
  startDate: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** How many actions carry each rating, and the rating of the whole: red if any red, else amber if any amber, else green when all are rated. */
export type RagRollUp = { red: number; amber: number; green: number; unrated: number; overall: Rag | null };

/** A row of the action plans list: figures as they stand today. */
export type ActionPlanSummary = ActionPlan & {
  entryCount: number;
  actionCount: number;
  rag: RagRollUp;
  /** Actions past their due date and not complete. */
  overdueCount: number;
};

/** One part of a plan, usually answering one recommendation. */
export type PlanEntry = {
  id: number;
  planId: number;
  recommendationId: number | null;
  position: number;
  heading: string;
  strategicLead: string;
  performanceFramework: string;
  partnershipFocus: string;
  linkPlans: string;
  governance: string;
  impactStatement: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A measure of success for an entry, with its target. */
export type Measure = {
  id: number;
  entryId: number;
  position: number;
  description: string;
  target: string;
  currentValue: string;
};

/** One thing to be done: who, by when, and how it stands (rag/status follow the latest progress update, or an officer's override). */
export type Action = {
  id: number;
  entryId: number;
  position: number;
  description: string;
  owner: string;
  ownerPersonId: number | null;
  dueDate: string | null;
  /** The timescale as people write it ("September 2018"). */
  timescaleLabel: string;
  status: ActionStatus;
  rag: Rag | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** One revision of a progress update; rows are never changed, a revision is a new row. */
export type ProgressUpdate = {
  id: number;
  actionId: number;
  /** The revision this one replaces, if any. */
  supersedesId: number | null;
  updateDate: string;
  author: string;
  note: RichText;
  rag: Rag | null;
  status: ActionStatus | null;
  createdAt: string;
};

/** A row of an action's history: `supersededById` is set on revisions that a later one replaced. */
export type ProgressRevision = ProgressUpdate & { supersededById: number | null };

/** An action as the plan stood on the day asked for: rag and status are the values on that day. */
export type PlanAction = Action & {
  latestUpdate: ProgressUpdate | null;
  isOverdue: boolean;
  /** The latest update is dated after the `since` date asked for. */
  isChangedSince: boolean;
};

export type PlanEntryView = PlanEntry & {
  recommendation: { id: number; number: number; text: string } | null;
  measures: Measure[];
  actions: PlanAction[];
  rag: RagRollUp;
};

/** An action plan as it stood on `asAt` (today unless asked otherwise). */
export type ActionPlanView = ActionPlan & {
  asAt: string;
  since: string | null;
  entries: PlanEntryView[];
  rag: RagRollUp;
  overdueCount: number;
};

/** Actions on one day by rating; complete actions are counted as complete whatever their rating. */
export type RagCounts = { red: number; amber: number; green: number; complete: number; unrated: number };

/** The plan's ratings at the end of one day, for the chart of RAG over time. */
export type RagHistoryPoint = RagCounts & { date: string };

/** An action on the overview, with where it sits and how fresh its record is. */
export type OverviewAction = PlanAction & {
  entryHeading: string;
  recommendationNumber: number | null;
  /** The date of the latest progress update standing on the day, if any. */
  lastUpdateDate: string | null;
  /** Not complete, and no update (or, without updates, no creation) within the stale period. */
  isStale: boolean;
};

/** One row of the overview's table: an entry's ratings and problems. */
export type OverviewEntry = {
  id: number;
  heading: string;
  recommendationNumber: number | null;
  actionCount: number;
  counts: RagCounts;
  overdueCount: number;
  staleCount: number;
};

/** A plan's dashboard on a day: totals and per-entry counts (never filtered), the filtered actions and the RAG history. */
export type PlanOverview = {
  planId: number;
  title: string;
  asAt: string;
  staleWeeks: number;
  totals: RagCounts & { actions: number; overdue: number; stale: number };
  entries: OverviewEntry[];
  /** The actions that pass the filters, in plan order. */
  actions: OverviewAction[];
  /** Every owner named on the plan's actions, sorted, for the owner filter. */
  owners: string[];
  /** One point at the end of each month from the plan's start (or its first action) to `asAt`, and one on `asAt`; at most 60, spaced further apart for long plans. */
  history: RagHistoryPoint[];
};

const actionStatus = z.enum(['not_started', 'in_progress', 'complete', 'on_hold'], { error: 'Choose a status of not_started, in_progress, complete or on_hold.' });
const isArchived = z.boolean({ error: 'Say whether it is archived (true or false).' });
const requiredParagraph = (label: string, max: number) => paragraph(max).pipe(z.string().trim().min(1, `Give ${label}.`));

export const planFields = z
  .object({ title: requiredLine('the plan’s title', 300), owner: line(200).optional(), inspectionId: id.nullable().optional(), startDate: isoDate.nullable().optional() })
  .strict();

export const entryFields = z
  .object({
    heading: requiredLine('the entry’s heading', 300),
    recommendationId: id.nullable().optional(),
    strategicLead: line(300).optional(),
    performanceFramework: paragraph(5_000).optional(),
    partnershipFocus: paragraph(5_000).optional(),
    linkPlans: paragraph(5_000).optional(),
    governance: paragraph(5_000).optional(),
    impactStatement: paragraph(5_000).optional(),
  })
  .strict();

export const measureFields = z
  .object({ description: requiredParagraph('what is measured', 2_000), target: line(500).optional(), currentValue: line(500).optional() })
  .strict();

/** Without a due date, a timescale such as "September 2018" sets it to that month's last day. */
export const actionFields = z
  .object({
    description: requiredParagraph('what is to be done', 5_000),
    owner: line(300).optional(),
    ownerPersonId: id.nullable().optional(),
    dueDate: isoDate.nullable().optional(),
    timescaleLabel: line(100).optional(),
    status: actionStatus.optional(),
    rag: rag.nullable().optional(),
  })
  .strict();

export const actionPlanMethods = {
  'actionPlans/list': method<ActionPlanSummary[]>()(
    z.object({ inspectionId: id.optional(), includeArchived: z.boolean().optional() }).strict(),
    'Action plans with their numbers of entries and actions, RAG counts and overdue actions today',
  ),
  'actionPlans/get': method<ActionPlanView>()(
    z.object({ id, asAt: isoDate.optional(), since: isoDate.optional(), includeArchived: z.boolean().optional() }).strict(),
    'A plan with its entries, measures and actions as it stood on a date (today by default); actions updated after `since` are flagged',
  ),
  'actionPlans/exportCsv': method<{ path: string; rowCount: number; size: number }>()(
    z.object({ id, asAt: isoDate.optional(), outDir: pathOn('folder') }).strict(),
    'Write the plan’s actions (as they stood on a date, today by default) to a CSV file that spreadsheets open safely',
  ),
  'actionPlans/overview': method<PlanOverview>()(
    z
      .object({
        id,
        asAt: isoDate.optional(),
        staleWeeks: z.number().int('Give whole weeks.').min(1, 'Give at least 1 week.').max(104, 'Give 104 weeks or fewer.').optional(),
        owner: line(300).optional(),
        status: actionStatus.optional(),
        rag: z.enum(['red', 'amber', 'green', 'complete', 'unrated'], { error: 'Choose red, amber, green, complete or unrated.' }).optional(),
        isOverdue: z.boolean().optional(),
        isStale: z.boolean().optional(),
      })
      .strict(),
    'A plan’s dashboard on a date: RAG counts per entry, overdue and stale actions (filtered by owner, status, rating, overdue or stale) and RAG over time',
  ),
  'actionPlans/exportXlsx': method<{ path: string; rowCount: number; size: number }>()(
    z.object({ id, asAt: isoDate.optional(), outDir: pathOn('folder') }).strict(),
    'Write the plan’s actions (as they stood on a date, today by default) to an Excel workbook',
  ),
  'actionPlans/create': method<ActionPlanView>()(planFields, 'Start an action plan; for an inspection, with one entry per recommendation'),
  'actionPlans/update': method<ActionPlan>()(updateOf(planFields), 'Change a plan’s title, owner, start date or inspection'),
  'actionPlans/archive': method<ActionPlan>()(z.object({ id, isArchived }).strict(), 'Archive a plan (kept, hidden from lists) or bring it back'),
  'actionPlans/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a plan that has no progress updates'),

  'planEntries/create': method<PlanEntry>()(entryFields.extend({ planId: id }).strict(), 'Add an entry at the end of a plan'),
  'planEntries/update': method<PlanEntry>()(updateOf(entryFields), 'Change a plan entry'),
  'planEntries/reorder': method<PlanEntry[]>()(z.object({ planId: id, ids: orderedIds }).strict(), 'Put a plan’s entries in a new order (archived ones go last unless listed)'),
  'planEntries/archive': method<PlanEntry>()(z.object({ id, isArchived }).strict(), 'Archive a plan entry or bring it back'),
  'planEntries/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a plan entry whose actions have no progress updates'),

  'measures/create': method<Measure>()(measureFields.extend({ entryId: id }).strict(), 'Add a measure at the end of a plan entry'),
  'measures/update': method<Measure>()(updateOf(measureFields), 'Change a measure, its target or its current value'),
  'measures/reorder': method<Measure[]>()(z.object({ entryId: id, ids: orderedIds }).strict(), 'Put an entry’s measures in a new order'),
  'measures/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a measure'),

  'actions/create': method<Action>()(actionFields.extend({ entryId: id }).strict(), 'Add an action at the end of a plan entry'),
  'actions/update': method<Action>()(updateOf(actionFields), 'Change an action; setting rag or status here overrides the latest progress update'),
  'actions/reorder': method<Action[]>()(z.object({ entryId: id, ids: orderedIds }).strict(), 'Put an entry’s actions in a new order (archived ones go last unless listed)'),
  'actions/archive': method<Action>()(z.object({ id, isArchived }).strict(), 'Archive an action or bring it back'),
  'actions/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete an action that has no progress updates'),

  'progress/add': method<ProgressUpdate>()(
    z
      .object({ actionId: id, updateDate: isoDate, note: richText, author: line(200).optional(), rag: rag.nullable().optional(), status: actionStatus.nullable().optional() })
      .strict(),
    'Append a progress update to an action (the author defaults to the name in Settings)',
  ),
  'progress/revise': method<ProgressUpdate>()(
    z
      .object({ id, note: richText.optional(), author: line(200).optional(), rag: rag.nullable().optional(), status: actionStatus.nullable().optional(), updateDate: isoDate.optional() })
      .strict(),
    'Correct a progress update: a new revision replaces it, the old one is kept',
  ),
  'progress/history': method<ProgressRevision[]>()(
    z.object({ actionId: id }).strict(),
    'Every progress update of an action with all its revisions: latest date first, each update’s newest revision before the ones it replaced',
  ),
} as const;
