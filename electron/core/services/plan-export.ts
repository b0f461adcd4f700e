// The action table as a spreadsheet: one row per action with its
// recommendation, owner, timescale, status, RAG and latest progress, as the
// plan stood on a date. Written atomically; safe to open (csv.ts).
import type { ApiParsedInput } from '../../../shared/api/contract';
import { slugOf } from '../attachments/safe-names';
import { richTextPlain } from '../documents/plain-text';
import { toCsv } from '../domain/csv';
import { replaceFileInFolder } from '../files';
import { getPlanView } from './plan-view';
import type { ServiceContext } from './unit-of-work';

const HEADER = ['Recommendation', 'Plan entry', 'Action', 'Owner', 'Timescale', 'Due date', 'Status', 'RAG', 'Overdue', 'Latest update', 'Latest progress'];

const STATUS_WORDS = { not_started: 'Not started', in_progress: 'In progress', complete: 'Complete', on_hold: 'On hold' } as const;
const RAG_WORDS = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

/** Writes a plan's actions as CSV into a folder; the file is named after the plan and the date it shows. */
export function exportPlanCsv(ctx: ServiceContext, input: ApiParsedInput<'actionPlans/exportCsv'>): { path: string; rowCount: number; size: number } {
  const plan = getPlanView(ctx, { id: input.id, ...(input.asAt === undefined ? {} : { asAt: input.asAt }) });
  const rows = plan.entries.flatMap((entry) =>
    entry.actions.map((action) => [
      entry.recommendation === null ? '' : `${entry.recommendation.number}. ${entry.recommendation.text}`,
      entry.heading,
      action.description,
      action.owner,
      action.timescaleLabel,
      action.dueDate,
      STATUS_WORDS[action.status],
      action.rag === null ? '' : RAG_WORDS[action.rag],
      action.isOverdue ? 'Yes' : 'No',
      action.latestUpdate?.updateDate ?? '',
      action.latestUpdate === null ? '' : richTextPlain(action.latestUpdate.note),
    ]),
  );
  const csv = Buffer.from(toCsv([HEADER, ...rows]), 'utf8');
  const fileName = `${slugOf(plan.title, 80)}-as-at-${plan.asAt}.csv`;
  const target = replaceFileInFolder(input.outDir, fileName, csv);
  return { path: target, rowCount: rows.length, size: csv.length };
}
