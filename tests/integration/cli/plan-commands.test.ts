// list-plans and plan-status on the demo workspace, through the built CLI as
// a script or a person would run it: JSON checked against the engine's own
// view of the plan, text checked for what a reader needs and for alignment.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListPlansJson, PlanStatusJson } from '../../../electron/cli/plan-commands';
import type { ActionPlanView } from '../../../shared/api/methods/action-plans';
import { makeTempDir } from '../../helpers/temp';

const root = path.resolve(import.meta.dirname, '../../..');
const userData = makeTempDir('plan-cli');
const workspace = path.join(userData, 'demo.scrutiny');

/** Runs the built CLI the way `npm run cli` does, on the demo workspace. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), ...args, '--workspace', workspace], {
    encoding: 'utf8',
    env: { ...process.env, SCRUTINY_USER_DATA: userData },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(...args: string[]): unknown {
  const { code, stdout, stderr } = cli(...args, '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

beforeAll(() => {
  const made = spawnSync(process.execPath, [path.join(root, 'out/main/cli.js'), 'demo', '--workspace', workspace], { encoding: 'utf8', env: { ...process.env, SCRUTINY_USER_DATA: userData } });
  if (made.status !== 0) throw new Error(made.stderr);
}, 60_000);
afterAll(() => { fs.rmSync(userData, { recursive: true, force: true }); });

describe('list-plans', () => {
  it('gives each plan with its inspection, sizes, RAG counts and overdue actions, in JSON and in columns', () => {
    const { plans } = json('list-plans') as ListPlansJson;
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    expect(plan).toMatchObject({
      id: 1,
      title: 'Children’s Services Improvement Plan 2025–2027',
      startDate: '2025-09-01',
      inspection: { id: 1, title: 'Castlemere City Council: inspection of children’s social care services' },
      entries: 10,
      actions: 20,
    });
    if (!plan) throw new Error('no plan');
    expect(plan.rag.red + plan.rag.amber + plan.rag.green + plan.rag.unrated).toBe(20);
    // Today's figures agree with plan-status for today.
    const today = json('plan-status', '--plan', '1') as PlanStatusJson;
    expect(plan.overdue).toBe(today.totals.overdue);
    expect(plan.rag.red).toBe(today.entries.flatMap((entry) => entry.actions).filter((action) => action.rag === 'red').length);

    const { code, stdout } = cli('list-plans');
    expect(code).toBe(0);
    const [header, row, ...rest] = stdout.trimEnd().split('\n');
    expect(rest).toEqual([]);
    expect(header?.split(/\s{2,}/)).toEqual(['ID', 'Plan', 'Inspection', 'Entries', 'Actions', 'Red', 'Amber', 'Green', 'Not rated', 'Overdue']);
    expect(row?.split(/\s{2,}/)).toEqual([
      '1', 'Children’s Services Improvement Plan 2025–2027', 'Castlemere City Council: inspection of…', '10', '20',
      String(plan.rag.red), String(plan.rag.amber), String(plan.rag.green), String(plan.rag.unrated), String(plan.overdue),
    ]);
    expect(row?.indexOf('10')).toBe(header?.indexOf('Entries'));
  });
});

describe('plan-status', () => {
  it('gives every entry’s actions with RAG and overdue flags as at a date, agreeing with the plan as the app shows it', () => {
    const status = json('plan-status', '--plan', '1', '--as-at', '2026-03-31') as PlanStatusJson;
    expect(status.asAt).toBe('2026-03-31');
    expect(status.plan).toEqual({
      id: 1, title: 'Children’s Services Improvement Plan 2025–2027', owner: 'Ruth Calloway, Strategic Director of Children and Families',
      startDate: '2025-09-01', inspection: { id: 1, title: 'Castlemere City Council: inspection of children’s social care services' },
    });
    expect(status.entries.map((entry) => entry.recommendationNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(status.entries[3]).toEqual({
      id: status.entries[3]?.id, heading: 'Recommendation 4', recommendationNumber: 4,
      counts: { red: 1, amber: 0, green: 0, complete: 0, unrated: 0 }, overdue: 1,
      actions: [{
        id: status.entries[3]?.actions[0]?.id,
        description: 'Agree a protocol with health partners for attendance at strategy meetings, including virtual attendance',
        owner: 'Designated Nurse for Safeguarding', timescale: 'January 2026', dueDate: '2026-01-31',
        status: 'in_progress', rag: 'red', isOverdue: true, isStale: false, lastUpdateDate: '2026-02-09',
      }],
    });

    const actions = status.entries.flatMap((entry) => entry.actions);
    expect(status.totals.actions).toBe(actions.length);
    expect(status.totals.overdue).toBe(actions.filter((action) => action.isOverdue).length);
    for (const key of ['red', 'amber', 'green', 'complete', 'unrated'] as const) {
      expect(status.entries.reduce((sum, entry) => sum + entry.counts[key], 0), key).toBe(status.totals[key]);
    }

    const { stdout } = cli('call', 'actionPlans/get', '{"id":1,"asAt":"2026-03-31"}');
    const view = JSON.parse(stdout) as ActionPlanView;
    const seen = view.entries.flatMap((entry) => entry.actions.map((action) => [action.id, action.rag, action.status, action.isOverdue, action.latestUpdate?.updateDate ?? null]));
    expect(actions.map((action) => [action.id, action.rag, action.status, action.isOverdue, action.lastUpdateDate])).toEqual(seen);
  });

  it('prints a heading, an aligned table of entries and actions, and the totals', () => {
    const { code, stdout, stderr } = cli('plan-status', '--plan', '1', '--as-at', '2026-03-31');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Children’s Services Improvement Plan 2025–2027');
    expect(lines[1]).toBe('As at Tuesday, 31 March 2026 · started 1 September 2025 · answers Castlemere City Council: inspection of children’s social care services');
    const header = lines[3] ?? '';
    expect(header.split(/\s{2,}/)).toEqual(['Rec', 'Entry / action', 'Owner', 'Due', 'Status', 'RAG', 'Overdue', 'Last update']);
    const protocol = lines.find((line) => line.includes('Agree a protocol')) ?? '';
    expect(protocol.slice(header.indexOf('Due')).split(/\s{2,}/)).toEqual(['31 January 2026', 'In progress', 'Red', 'overdue', '9 February 2026']);
    expect(protocol.indexOf('In progress')).toBe(header.indexOf('Status'));
    expect(lines.filter((line) => /^\d+\s+Recommendation \d+/.test(line))).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/^Totals: 20 actions — \d+ red, \d+ amber, \d+ green, \d+ complete, \d+ not rated; \d+ overdue; \d+ with no update for 8 weeks\.$/);
  });

  it('explains a missing or bad --plan or --as-at in one line, exit 2, and an unknown plan with exit 1', () => {
    const cases: [string[], number, RegExp][] = [
      [['plan-status'], 2, /plan-status needs --plan ID \(list-plans shows the ids\)/],
      [['plan-status', '--plan', 'one'], 2, /--plan must be a plan's number \(see list-plans\), not "one"/],
      [['plan-status', '--plan', '1.5'], 2, /--plan must be a plan's number/],
      [['plan-status', '--plan', '1', '--as-at', '2026-02-30'], 2, /--as-at must be a real date written YYYY-MM-DD, such as 2026-03-31, not "2026-02-30"/],
      [['plan-status', '--plan', '1', '--as-at', '31/03/2026'], 2, /not "31\/03\/2026"/],
      [['plan-status', '--plan', '1', 'extra'], 2, /unexpected argument "extra"/],
      [['list-plans', 'extra'], 2, /unexpected argument "extra"/],
      [['plan-status', '--plan', '99'], 1, /There is no action plan with id 99; list-plans shows the plans and their ids\./],
    ];
    for (const [args, exitCode, message] of cases) {
      const { code, stdout, stderr } = cli(...args);
      expect(code, args.join(' ')).toBe(exitCode);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(message) as string]);
    }
  });
});
