// The action table as CSV, from the demo's improvement plan, read back as a
// spreadsheet would read it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import { parseCsv } from '../../helpers/files';
import { makeTempDir } from '../../helpers/temp';

const dir = makeTempDir('plan-export');
let ctx: CoreContext;
let planId = 0;

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  const plans = await invoke(ctx, 'actionPlans/list', {});
  if (!plans.ok) throw new Error(plans.error.message);
  planId = (plans.value as { id: number }[])[0]?.id ?? 0;
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('exporting the action table as CSV', () => {
  it('writes one row per action with its recommendation, status, RAG in words and latest progress, as at a date', async () => {
    const result = await invoke(ctx, 'actionPlans/exportCsv', { id: planId, asAt: '2026-10-31', outDir: dir });
    if (!result.ok) throw new Error(result.error.message);
    const { path: file, rowCount } = result.value as { path: string; rowCount: number };
    expect(path.basename(file)).toMatch(/-as-at-2026-10-31\.csv$/);
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(['Recommendation', 'Plan entry', 'Action', 'Owner', 'Timescale', 'Due date', 'Status', 'RAG', 'Overdue', 'Latest update', 'Latest progress']);
    expect(rows).toHaveLength(rowCount);
    const plan = await invoke(ctx, 'actionPlans/get', { id: planId, asAt: '2026-10-31' });
    if (!plan.ok) throw new Error(plan.error.message);
    const actions = (plan.value as { entries: { actions: unknown[] }[] }).entries.flatMap((entry) => entry.actions);
    expect(rowCount).toBe(actions.length);
    expect(new Set(rows.map((row) => row[7]))).toEqual(new Set(['Red', 'Amber', 'Green']));
    expect(rows.every((row) => row[9] === '' || (row[9] ?? '') <= '2026-10-31')).toBe(true);
    expect(rows.some((row) => (row[10] ?? '').length > 20)).toBe(true);
    expect(rows.every((row) => !/^[=+\-@]/.test(row.join('')))).toBe(true);
  });

  it('says what is wrong when the folder is a file or the plan does not exist', async () => {
    const notAFolder = path.join(dir, 'not-a-folder');
    fs.writeFileSync(notAFolder, 'x');
    expect(await invoke(ctx, 'actionPlans/exportCsv', { id: planId, outDir: notAFolder })).toMatchObject({ ok: false, error: { code: 'io_error' } });
    expect(await invoke(ctx, 'actionPlans/exportCsv', { id: 99_999, outDir: dir })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
