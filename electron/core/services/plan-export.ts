// The action table as a spreadsheet: one row per action with its
// recommendation, owner, timescale, status, RAG and latest progress, as the
// plan stood on a date. The same columns go to CSV (csv.ts: safe to open) and
// to Excel (plan-export-xlsx.ts); both are written atomically.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ActionPlanView, PlanAction, PlanEntryView } from '../../../shared/api/methods/action-plans';
import { slugOf } from '../attachments/safe-names';
import { richTextPlain } from '../documents/plain-text';
import { toCsv } from '../domain/csv';
import { replaceFileInFolder } from '../files';
import { getPlanView } from './plan-view';
import type { ServiceContext } from './unit-of-work';

/** One column of the action table: `isDate` values are YYYY-MM-DD; `width` is in characters, for Excel. */
export type ExportColumn = {
  header: string;
  width: number;
  isDate?: boolean;
  /** Long text that Excel should wrap rather than spill into the next cell. */
  isLong?: boolean;
  valueOf: (entry: PlanEntryView, action: PlanAction) => string | null;
};

const STATUS_WORDS = { not_started: 'Not started', in_progress: 'In progress', complete: 'Complete', on_hold: 'On hold' } as const;
const RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** The columns of the exported action table, in order. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Recommendation', width: 40, isLong: true, valueOf: (entry) => (entry.recommendation === null ? '' : `${entry.recommendation.number}. ${entry.recommendation.text}`) },
  { header: 'Plan entry', width: 24, isLong: true, valueOf: (entry) => entry.heading },
  { header: 'Action', width: 48, isLong: true, valueOf: (_entry, action) => action.description },
  { header: 'Owner', width: 24, valueOf: (_entry, action) => action.owner },
  { header: 'Timescale', width: 18, valueOf: (_entry, action) => action.timescaleLabel },
  { header: 'Due date', width: 18, isDate: true, valueOf: (_entry, action) => action.dueDate },
  { header: 'Status', width: 12, valueOf: (_entry, action) => STATUS_WORDS[action.status] },
  { header: 'RAG', width: 8, valueOf: (_entry, action) => (action.rag === null ? '' : RAG_WORDS[action.rag]) },
  { header: 'Overdue', width: 9, valueOf: (_entry, action) => (action.isOverdue ? 'Yes' : 'No') },
  { header: 'Latest update', width: 18, isDate: true, valueOf: (_entry, action) => action.latestUpdate?.updateDate ?? '' },
  { header: 'Latest progress', width: 60, isLong: true, valueOf: (_entry, action) => (action.latestUpdate === null ? '' : richTextPlain(action.latestUpdate.note)) },
];

/** Every action of the plan as a row of cells, entry by entry, in column order. */
export function actionRows(plan: ActionPlanView): (string | null)[][] {
  return plan.entries.flatMap((entry) => entry.actions.map((action) => EXPORT_COLUMNS.map((column) => column.valueOf(entry, action))));
}

/** The plan as it stood on the day asked for (today by default). */
export function planToExport(ctx: ServiceContext, input: { id: number; asAt?: string | undefined }): ActionPlanView {
  return getPlanView(ctx, { id: input.id, ...(input.asAt === undefined ? {} : { asAt: input.asAt }) });
}

/** The file name for an export: the plan's title and the date it shows. */
export function exportFileName(plan: ActionPlanView, extension: 'csv' | 'xlsx'): string {
  return `${slugOf(plan.title, 80)}-as-at-${plan.asAt}.${extension}`;
}

/** Writes a plan's actions as CSV into a folder; the file is named after the plan and the date it shows. */
export function exportPlanCsv(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/exportCsv'>): { path: string; rowCount: number; size: number } {
  const plan = planToExport(ctx, input);
  const rows = actionRows(plan);
  const csv = Buffer.from(toCsv([EXPORT_COLUMNS.map((column) => column.header), ...rows]), 'utf8');
  const target = replaceFileInFolder(input.outDir, exportFileName(plan, 'csv'), csv);
  return { path: target, rowCount: rows.length, size: csv.length };
}
