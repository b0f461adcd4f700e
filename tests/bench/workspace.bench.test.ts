// `npm run bench`: the workspace figures of issue 3 on a generated large
// workspace (see large-workspace.ts). Figures, not assertions: a missed target
// is flagged in the table, never failed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, it } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { invoke } from '../../electron/core/api';
import { services } from '../../electron/core/api/handler';
import { createCoreContext, type CoreContext } from '../../electron/core/context';
import { openWorkspaceDatabase } from '../../electron/core/db/connection';
import { silentLogger } from '../../electron/core/logger';
import { countHitsByKind, findHits } from '../../electron/core/repositories/search';
import { listMeetingsService } from '../../electron/core/services/meetings';
import { toMatchQuery } from '../../electron/core/services/search';
import { makeTempDir } from '../helpers/temp';
import { ensureLargeWorkspace, TODAY } from './large-workspace';
import { measure, report, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const userData = makeTempDir('bench-workspace');
afterAll(() => { fs.rmSync(userData, { recursive: true, force: true }); });

/** The searches timed, one figure each: what people type, from very common to rare. */
const SEARCHES = [
  { label: 'a common word', text: 'children' },
  { label: 'a rare word', text: 'ombudsman' },
  { label: 'two words', text: 'placement stability' },
  { label: 'a prefix', text: 'supervi' },
] as const;

it('measures the large workspace', async () => {
  const workspace = ensureLargeWorkspace(root);
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const figures: Figure[] = [];

  figures.push(await measure('open the large workspace (openWorkspaceDatabase + close)', { runs: 9, targetMs: 300, note: `${workspace.sizeMb} MB file, closed cleanly: header, length and ownership checks, no migration` }, () => {
    openWorkspaceDatabase(workspace.file, { isNew: false, log: silentLogger, now }).close();
  }));

  const ctx = createCoreContext({ door: 'cli', userDataDir: userData, log: silentLogger, now });
  ctx.workspace.open(workspace.file);
  try {
    const { db } = ctx.workspace.current();
    figures.push(await measure('PRAGMA quick_check(5): run on every backup, and on open only after a crash', { runs: 5, note: 'reads every page of the file' }, () => db.pragma('quick_check(5)')));
    const call = callOf(ctx);
    const committee = (await call('committees/list', {})).find((row) => row.name.startsWith('Children and Young People'));
    if (!committee) throw new Error('The large workspace has no Children and Young People committee');
    const meetings = await call('meetings/list', { committeeId: committee.id });
    figures.push(await measure('list a committee’s meetings: meetings/list {committeeId}', { runs: 50, targetMs: 20, note: `${meetings.length} meetings with item counts, through invoke()` }, () => call('meetings/list', { committeeId: committee.id })));
    figures.push(await measure('list a committee’s meetings: listMeetingsService() directly', { runs: 50, targetMs: 20, note: 'the same query without validation' }, () => listMeetingsService(services(ctx), { committeeId: committee.id })));

    for (const search of SEARCHES) {
      const result = await call('search/query', { text: search.text });
      const hitCount = Object.values(result.countsByKind).reduce((sum, count) => sum + count, 0);
      figures.push(await measure(`full-text search, ${search.label}: “${search.text}”`, { runs: 15, targetMs: 50, note: `${hitCount.toLocaleString('en-GB')} matching rows, top ${result.hits.length} returned with contexts and counts` }, () => call('search/query', { text: search.text })));
      if (search === SEARCHES[0]) {
        const match = toMatchQuery(search.text) ?? '';
        figures.push(await measure('  of which: ranking, findHits() (bm25 over every match)', { runs: 15 }, () => findHits(db, match, null, 50)));
        figures.push(await measure('  of which: counting, countHitsByKind()', { runs: 15, note: 'groups on the kind coded in each rowid' }, () => countHitsByKind(db, match)));
      }
    }

    const meeting = meetings.filter((row) => row.status === 'minuted').at(-1);
    if (!meeting) throw new Error('The committee has no minuted meeting');
    const detail = await call('meetings/get', { id: meeting.id });
    const paperCount = detail.agendaItems.reduce((sum, item) => sum + item.papers.length, 0);
    figures.push(await measure('open a meeting: meetings/get', { runs: 50, note: `${detail.agendaItems.length} items, ${paperCount} papers` }, () => call('meetings/get', { id: meeting.id })));

    const plans = await call('actionPlans/list', {});
    const largest = plans.reduce((best, plan) => (plan.actionCount > best.actionCount ? plan : best));
    const updateCount = db.prepare(
      'SELECT count(*) FROM progress_updates u JOIN actions a ON a.id = u.action_id JOIN plan_entries e ON e.id = a.entry_id WHERE e.plan_id = ?',
    ).pluck().get(largest.id) as number;
    figures.push(await measure('open the largest action plan: actionPlans/get', { runs: 15, note: `${largest.entryCount} entries, ${largest.actionCount.toLocaleString('en-GB')} actions, ${updateCount.toLocaleString('en-GB')} progress updates` }, () => call('actionPlans/get', { id: largest.id })));

    const overview = await call('actionPlans/overview', { id: largest.id });
    figures.push(await measure('the largest plan’s dashboard: actionPlans/overview', { runs: 9, targetMs: 500, note: `RAG counts per entry, overdue and stale actions, ${overview.history.length} points of RAG history` }, () => call('actionPlans/overview', { id: largest.id })));
    const exportDir = path.join(userData, 'exports');
    fs.mkdirSync(exportDir, { recursive: true });
    figures.push(await measure('export the largest plan to Excel: actionPlans/exportXlsx', { runs: 5, targetMs: 1_000, note: `${largest.actionCount.toLocaleString('en-GB')} rows, written atomically` }, () => call('actionPlans/exportXlsx', { id: largest.id, outDir: exportDir })));

    const documents = await call('documents/list', {});
    figures.push(await measure('list every document: documents/list {}', { runs: 15, note: `${documents.length.toLocaleString('en-GB')} summaries with paper counts` }, () => call('documents/list', {})));

    const facts = { fileSizeMb: workspace.sizeMb, generationMs: workspace.generationMs ?? 'cached', ...rowCounts(ctx) };
    const table = report(figures, { jsonFile: path.join(root, 'bench-results.json'), section: 'workspace', facts });
    const generated = workspace.generationMs === null ? 'reused from tests/.tmp/bench' : `generated in ${(workspace.generationMs / 1000).toFixed(1)} s`;
    console.log(`\nLarge workspace: ${workspace.sizeMb} MB, ${generated}; ${Object.entries(rowCounts(ctx)).map(([table, count]) => `${count.toLocaleString('en-GB')} ${table}`).join(', ')}.\n\n${table}\n\nWritten to bench-results.json (section workspace).`);
  } finally {
    ctx.workspace.close();
  }
}, 300_000);

/** Calls the engine as a door does; a failure stops the bench with its message. */
function callOf(ctx: CoreContext) {
  return async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await invoke(ctx, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
}

const COUNTED = ['committees', 'meetings', 'agenda_items', 'papers', 'documents', 'action_plans', 'actions', 'progress_updates', 'audit_log', 'search_index'] as const;

function rowCounts(ctx: CoreContext): Record<string, number> {
  const { db } = ctx.workspace.current();
  return Object.fromEntries(COUNTED.map((table) => [table, db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number]));
}
