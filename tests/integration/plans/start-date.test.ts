// A plan's start date: no action may fall due before it, and a plan cannot be
// moved to start after actions it already has are due. Refusals name both
// dates in words, say what to do, and leave the workspace exactly as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('start-date', () => new Date('2025-09-15T10:00:00Z')); });
afterEach(() => { ws.close(); });

async function planWithEntry(startDate: string | null) {
  const plan = await ws.call('actionPlans/create', { title: 'Improvement plan', startDate });
  const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Assessments' });
  return { plan, entry };
}

async function refusal(method: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await ws.attempt(method, input);
  if (result.ok) throw new Error(`${method} was expected to be refused`);
  return result.error;
}

describe('a plan’s start date', () => {
  it('is kept on the plan, can be changed or cleared, and must be a real date', async () => {
    const { plan } = await planWithEntry('2025-09-01');
    expect(plan.startDate).toBe('2025-09-01');
    expect((await ws.call('actionPlans/get', { id: plan.id })).startDate).toBe('2025-09-01');
    expect((await ws.call('actionPlans/list', {}))[0]?.startDate).toBe('2025-09-01');
    expect((await ws.call('actionPlans/update', { id: plan.id, startDate: '2025-08-01' })).startDate).toBe('2025-08-01');
    expect((await ws.call('actionPlans/update', { id: plan.id, title: 'Renamed' })).startDate).toBe('2025-08-01');
    expect((await ws.call('actionPlans/update', { id: plan.id, startDate: null })).startDate).toBeNull();
    expect((await ws.call('actionPlans/create', { title: 'No start' })).startDate).toBeNull();

    const before = ws.snapshot();
    for (const startDate of ['2025-02-29', 'September 2025', '01/09/2025']) {
      const error = await refusal('actionPlans/update', { id: plan.id, startDate });
      expect(error).toEqual({ code: 'invalid_input', message: 'Invalid input for actionPlans/update: startDate: Give a date as YYYY-MM-DD, for example 2018-10-02.' });
    }
    expect(ws.snapshot()).toBe(before);
  });

  it('refuses an action whose timescale or due date falls before the plan started, naming both dates', async () => {
    const { entry } = await planWithEntry('2025-09-01');
    const before = ws.snapshot();
    expect(await refusal('actions/create', { entryId: entry.id, description: 'Refresh the audit tool', timescaleLabel: 'March 2025' })).toEqual({
      code: 'invalid_input',
      message: 'timescaleLabel: this action falls due on 31 March 2025, before the plan started on 1 September 2025. Give a later timescale, or change the plan’s start date.',
    });
    expect(await refusal('actions/create', { entryId: entry.id, description: 'Refresh the audit tool', timescaleLabel: 'September 2025', dueDate: '2025-08-31' })).toEqual({
      code: 'invalid_input',
      message: 'dueDate: this action falls due on 31 August 2025, before the plan started on 1 September 2025. Give a later due date, or change the plan’s start date.',
    });
    expect(ws.snapshot()).toBe(before);

    // The day the plan starts is allowed, and so is a timescale that sets no date.
    expect((await ws.call('actions/create', { entryId: entry.id, description: 'Start on day one', dueDate: '2025-09-01' })).dueDate).toBe('2025-09-01');
    const ongoing = await ws.call('actions/create', { entryId: entry.id, description: 'Weekly huddles', timescaleLabel: 'Ongoing' });
    expect(ongoing.dueDate).toBeNull();

    const kept = ws.snapshot();
    expect((await refusal('actions/update', { id: ongoing.id, timescaleLabel: 'July 2025' })).message).toMatch(/^timescaleLabel: this action falls due on 31 July 2025, before the plan started on 1 September 2025\./);
    expect((await refusal('actions/update', { id: ongoing.id, dueDate: '2024-12-31', owner: 'Laura Pennick' })).message).toMatch(/^dueDate: this action falls due on 31 December 2024, before/);
    expect(ws.snapshot()).toBe(kept);
    expect(await ws.call('actions/update', { id: ongoing.id, timescaleLabel: 'October 2025' })).toMatchObject({ dueDate: '2025-10-31', owner: '' });
  });

  it('refuses a start date after actions already due, saying how many and which is first', async () => {
    const { plan, entry } = await planWithEntry('2025-09-01');
    const other = await ws.call('planEntries/create', { planId: plan.id, heading: 'Workforce' });
    await ws.call('actions/create', { entryId: entry.id, description: 'Publish the audit report', timescaleLabel: 'November 2025' });
    await ws.call('actions/create', { entryId: other.id, description: 'Recruit two team managers', dueDate: '2025-10-15' });
    await ws.call('actions/create', { entryId: other.id, description: 'Launch the academy', timescaleLabel: 'March 2026' });
    const before = ws.snapshot();

    expect(await refusal('actionPlans/update', { id: plan.id, startDate: '2025-12-01' })).toEqual({
      code: 'invalid_input',
      message:
        'startDate: 2 actions of this plan fall due before 1 December 2025; the first is “Recruit two team managers”, due on 15 October 2025. ' +
        'Give an earlier start date, or give those actions later timescales first.',
    });
    expect((await refusal('actionPlans/update', { id: plan.id, startDate: '2025-11-01', title: 'Renamed' })).message).toMatch(
      /^startDate: An action of this plan falls due before 1 November 2025; the first is “Recruit two team managers”, due on 15 October 2025\./,
    );
    expect(ws.snapshot()).toBe(before);

    // The day an action is due is still a valid start; an earlier start always is.
    expect((await ws.call('actionPlans/update', { id: plan.id, startDate: '2025-10-15' })).startDate).toBe('2025-10-15');
    expect((await ws.call('actionPlans/update', { id: plan.id, startDate: '2024-01-01' })).startDate).toBe('2024-01-01');
  });

  it('counts archived actions too, since bringing one back would break the rule', async () => {
    const { plan, entry } = await planWithEntry(null);
    const early = await ws.call('actions/create', { entryId: entry.id, description: 'Old action', dueDate: '2025-06-30' });
    await ws.call('actions/archive', { id: early.id, isArchived: true });
    expect((await refusal('actionPlans/update', { id: plan.id, startDate: '2025-09-01' })).message).toMatch(/the first is “Old action” \(archived\), due on 30 June 2025/);
    expect((await ws.call('actionPlans/get', { id: plan.id })).startDate).toBeNull();
  });

  it('is set on the demo plan before every demo action falls due', async () => {
    const { createDemoWorkspace } = await import('../../../electron/core/demo');
    const demo = await openTestWorkspace('start-date-demo', () => new Date('2026-11-23T10:00:00Z'));
    try {
      await createDemoWorkspace(demo.ctx, demo.file.replace(/\.scrutiny$/, '-demo.scrutiny'));
      const [plan] = await demo.call('actionPlans/list', {});
      expect(plan?.startDate).toBe('2025-09-01');
      const view = await demo.call('actionPlans/get', { id: plan?.id ?? 0, includeArchived: true });
      const dues = view.entries.flatMap((entry) => entry.actions.map((action) => action.dueDate)).filter((due) => due !== null);
      expect(dues.length).toBeGreaterThan(10);
      expect(dues.every((due) => due >= '2025-09-01')).toBe(true);
    } finally {
      demo.close();
    }
  }, 60_000);
});
