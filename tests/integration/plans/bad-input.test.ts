// The "bad input" list, through the same door every caller uses
// (invoke): each refusal says what is wrong and what to do, and the
// workspace is exactly as it was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('plan-bad-input', () => new Date('2026-11-22T10:00:00Z')); });
afterEach(() => { ws.close(); });

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function planWithUpdate() {
  const plan = await ws.call('actionPlans/create', { title: 'Improvement plan', startDate: '2026-01-01' });
  const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Assessments' });
  const action = await ws.call('actions/create', { entryId: entry.id, description: 'Weekly timeliness huddles', timescaleLabel: 'December 2026' });
  const update = await ws.call('progress/add', { actionId: action.id, updateDate: '2026-11-01', note: note('Huddles running in every team.'), rag: 'green', status: 'in_progress' });
  return { plan, entry, action, update };
}

describe('bad input on action plans', () => {
  it('says which values a RAG rating, a status and a date may take, and saves nothing', async () => {
    const { plan, entry, action, update } = await planWithUpdate();
    const before = ws.snapshot();
    const rag = 'rag: Choose a RAG rating of red, amber or green (a finished action is marked by its status, complete).';
    const status = 'status: Choose a status of not_started, in_progress, complete or on_hold.';
    const date = 'Give a date as YYYY-MM-DD, for example 2018-10-02.';
    const cases: [string, unknown, string][] = [
      ['actions/create', { entryId: entry.id, description: 'x', rag: 'blue' }, `Invalid input for actions/create: ${rag}`],
      ['actions/update', { id: action.id, rag: 'complete' }, `Invalid input for actions/update: ${rag}`],
      ['progress/add', { actionId: action.id, updateDate: '2026-11-02', note: note('x'), rag: 'Red' }, `Invalid input for progress/add: ${rag}`],
      ['progress/revise', { id: update.id, rag: 'complete' }, `Invalid input for progress/revise: ${rag}`],
      ['actions/update', { id: action.id, status: 'done' }, `Invalid input for actions/update: ${status}`],
      ['progress/add', { actionId: action.id, updateDate: '2026-11-02', note: note('x'), status: 'finished' }, `Invalid input for progress/add: ${status}`],
      ['actions/create', { entryId: entry.id, description: 'x', dueDate: '31/12/2026' }, `Invalid input for actions/create: dueDate: ${date}`],
      ['actions/update', { id: action.id, dueDate: '2026-02-29' }, `Invalid input for actions/update: dueDate: ${date}`],
      ['progress/add', { actionId: action.id, updateDate: '2026-11-31', note: note('x') }, `Invalid input for progress/add: updateDate: ${date}`],
      ['progress/revise', { id: update.id, updateDate: 'yesterday' }, `Invalid input for progress/revise: updateDate: ${date}`],
      ['actionPlans/create', { title: 'x', startDate: 'September 2026' }, `Invalid input for actionPlans/create: startDate: ${date}`],
      ['actionPlans/overview', { id: plan.id, asAt: '2026-13-01' }, `Invalid input for actionPlans/overview: asAt: ${date}`],
      ['actionPlans/overview', { id: plan.id, rag: 'blue' }, 'Invalid input for actionPlans/overview: rag: Choose red, amber, green, complete or unrated.'],
      ['actionPlans/overview', { id: plan.id, staleWeeks: 0 }, 'Invalid input for actionPlans/overview: staleWeeks: Give at least 1 week.'],
      ['actionPlans/exportXlsx', { id: plan.id, asAt: '1 March 2026', outDir: '/tmp' }, `Invalid input for actionPlans/exportXlsx: asAt: ${date}`],
    ];
    for (const [method, input, message] of cases) {
      expect(await ws.attempt(method, input), `${method} ${JSON.stringify(input)}`).toEqual({ ok: false, error: { code: 'invalid_input', message } });
    }
    expect(ws.snapshot()).toBe(before);
  });

  it('refuses a progress update dated after today, added or revised', async () => {
    const { action, update } = await planWithUpdate();
    const before = ws.snapshot();
    for (const [method, input] of [
      ['progress/add', { actionId: action.id, updateDate: '2026-11-23', note: note('Written ahead.') }],
      ['progress/revise', { id: update.id, updateDate: '2027-01-01' }],
    ] as const) {
      const result = await ws.attempt(method, input);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/^updateDate: a progress update cannot be dated after today/) as string } });
    }
    expect(ws.snapshot()).toBe(before);
    // Today itself is fine.
    expect((await ws.call('progress/add', { actionId: action.id, updateDate: '2026-11-22', note: note('Today.') })).updateDate).toBe('2026-11-22');
  });

  it('will not delete an action, entry or plan with progress updates, says to archive instead, and archiving keeps the history', async () => {
    const { plan, entry, action, update } = await planWithUpdate();
    const before = ws.snapshot();
    expect(await ws.attempt('actions/delete', { id: action.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'This action has 1 progress update, which deleting would lose. Archive the action instead: that hides it from the plan and keeps its history.' },
    });
    await ws.call('progress/add', { actionId: action.id, updateDate: '2026-11-15', note: note('Second update.') });
    const withTwo = ws.snapshot();
    expect(await ws.attempt('planEntries/delete', { id: entry.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The actions of “Assessments” have 2 progress updates, which deleting would lose. Archive the entry instead: that hides it from the plan and keeps its history.' },
    });
    expect(await ws.attempt('actionPlans/delete', { id: plan.id })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'This plan has 2 progress updates, which deleting would lose. Archive the plan instead: that hides it from the list of plans and keeps its history.' },
    });
    expect(ws.snapshot()).toBe(withTwo);
    expect(withTwo).not.toBe(before);

    await ws.call('actions/archive', { id: action.id, isArchived: true });
    await ws.call('planEntries/archive', { id: entry.id, isArchived: true });
    await ws.call('actionPlans/archive', { id: plan.id, isArchived: true });
    const history = await ws.call('progress/history', { actionId: action.id });
    expect(history.map((revision) => revision.updateDate)).toEqual(['2026-11-15', '2026-11-01']);
    expect(history[1]).toMatchObject({ id: update.id, note: note('Huddles running in every team.') });
  });
});
