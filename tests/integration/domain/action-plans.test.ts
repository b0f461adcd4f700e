import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
let clock = '2018-10-02T09:00:00Z';
beforeEach(async () => {
  clock = '2018-10-02T09:00:00Z';
  ws = await openTestWorkspace('action-plans', () => new Date(clock));
});
afterEach(() => { ws.close(); });

const db = () => ws.ctx.workspace.current().db;
const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function inspectionWithRecommendations(numbers: number[]) {
  return ws.call('inspections/create', {
    framework: 'SIF',
    title: 'Inspection of children’s services',
    recommendations: numbers.map((number) => ({ number, text: `Recommendation text ${number}` })),
  });
}

describe('action plans', () => {
  it('starts with one entry per recommendation in number order, or empty without an inspection', async () => {
    const inspection = await inspectionWithRecommendations([3, 1, 2]);
    const plan = await ws.call('actionPlans/create', { title: 'Post-inspection action plan', owner: 'Director of Children’s Services', inspectionId: inspection.id });
    expect(plan.entries.map((entry) => [entry.position, entry.heading, entry.recommendation?.number, entry.recommendation?.text])).toEqual([
      [1, 'Recommendation 1', 1, 'Recommendation text 1'],
      [2, 'Recommendation 2', 2, 'Recommendation text 2'],
      [3, 'Recommendation 3', 3, 'Recommendation text 3'],
    ]);
    expect(plan).toMatchObject({ owner: 'Director of Children’s Services', asAt: '2018-10-02', since: null, overdueCount: 0, rag: { overall: null } });

    const blank = await ws.call('actionPlans/create', { title: 'School improvement plan' });
    expect(blank).toMatchObject({ inspectionId: null, entries: [] });
    const trail = db().prepare("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'action_plan' ORDER BY id").raw().all();
    expect(trail).toEqual([['create', 'action_plan', plan.id], ['create', 'action_plan', blank.id]]);
  });

  it('adds, changes, reorders, archives and deletes entries', async () => {
    const inspection = await inspectionWithRecommendations([1]);
    const other = await inspectionWithRecommendations([1]);
    const plan = await ws.call('actionPlans/create', { title: 'Plan', inspectionId: inspection.id });
    const [first] = plan.entries;
    if (!first) throw new Error('no entry');
    const second = await ws.call('planEntries/create', { planId: plan.id, heading: 'Workforce', strategicLead: 'Head of Service', governance: 'Improvement Board' });
    const third = await ws.call('planEntries/create', { planId: plan.id, heading: 'Partnerships' });
    expect([second.position, third.position]).toEqual([2, 3]);

    expect(await ws.call('planEntries/update', { id: second.id, impactStatement: 'Children see the same social worker.' })).toMatchObject({ heading: 'Workforce', governance: 'Improvement Board', impactStatement: 'Children see the same social worker.' });
    const foreign = other.recommendations[0]?.id;
    const mismatch = await ws.attempt('planEntries/update', { id: second.id, recommendationId: foreign });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    await ws.call('planEntries/archive', { id: second.id, isArchived: true });
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries.map((entry) => entry.id)).toEqual([first.id, third.id]);
    expect((await ws.call('actionPlans/get', { id: plan.id, includeArchived: true })).entries.map((entry) => entry.id)).toEqual([first.id, second.id, third.id]);

    // The screen shows only live entries: the archived one goes last.
    const reordered = await ws.call('planEntries/reorder', { planId: plan.id, ids: [third.id, first.id] });
    expect(reordered.map((entry) => entry.id)).toEqual([third.id, first.id, second.id]);
    const stale = await ws.attempt('planEntries/reorder', { planId: plan.id, ids: [third.id] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await ws.call('planEntries/archive', { id: second.id, isArchived: false });
    expect(await ws.call('planEntries/delete', { id: third.id })).toEqual({ id: third.id });
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries.map((entry) => entry.heading)).toEqual(['Recommendation 1', 'Workforce']);
  });

  it('keeps measures with their targets in order', async () => {
    const plan = await ws.call('actionPlans/create', { title: 'Plan' });
    const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Assessments' });
    const timely = await ws.call('measures/create', { entryId: entry.id, description: 'Assessments completed within 45 days', target: '85%', currentValue: '78%' });
    const audited = await ws.call('measures/create', { entryId: entry.id, description: 'Audits rated good or better' });
    expect(await ws.call('measures/update', { id: audited.id, target: '70%' })).toMatchObject({ description: 'Audits rated good or better', target: '70%', currentValue: '', position: 2 });
    expect((await ws.call('measures/reorder', { entryId: entry.id, ids: [audited.id, timely.id] })).map((measure) => measure.id)).toEqual([audited.id, timely.id]);
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries[0]?.measures.map((measure) => measure.target)).toEqual(['70%', '85%']);
    await ws.call('measures/delete', { id: timely.id });
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries[0]?.measures).toHaveLength(1);
  });

  it('derives a due date from a timescale such as "September 2018" unless one is given', async () => {
    const plan = await ws.call('actionPlans/create', { title: 'Plan' });
    const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Supervision' });
    const person = await ws.call('people/create', { fullName: 'Service Lead for Safeguarding' });
    const derived = await ws.call('actions/create', { entryId: entry.id, description: 'Refresh the supervision model', timescaleLabel: 'September 2018', ownerPersonId: person.id });
    expect(derived).toMatchObject({ dueDate: '2018-09-30', timescaleLabel: 'September 2018', status: 'not_started', rag: null, ownerPersonId: person.id, position: 1 });
    const given = await ws.call('actions/create', { entryId: entry.id, description: 'Publish the audit report', timescaleLabel: 'September 2018', dueDate: '2018-09-14' });
    expect(given.dueDate).toBe('2018-09-14');
    const vague = await ws.call('actions/create', { entryId: entry.id, description: 'Run the course again', timescaleLabel: 'Ongoing' });
    expect(vague.dueDate).toBeNull();

    expect((await ws.call('actions/update', { id: derived.id, timescaleLabel: 'December 2018' })).dueDate).toBe('2018-12-31');
    expect((await ws.call('actions/update', { id: derived.id, timescaleLabel: 'Autumn' })).dueDate).toBe('2018-12-31');
    expect((await ws.call('actions/update', { id: derived.id, dueDate: null })).dueDate).toBeNull();
    expect(await ws.call('actions/update', { id: given.id, rag: 'amber', status: 'in_progress' })).toMatchObject({ rag: 'amber', status: 'in_progress' });
  });

  it('reorders, archives and deletes actions, but keeps one with progress updates', async () => {
    const plan = await ws.call('actionPlans/create', { title: 'Plan' });
    const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Caseloads' });
    const [a, b, c] = [
      await ws.call('actions/create', { entryId: entry.id, description: 'Recruit social workers' }),
      await ws.call('actions/create', { entryId: entry.id, description: 'Protect newly qualified caseloads' }),
      await ws.call('actions/create', { entryId: entry.id, description: 'Review agency use' }),
    ];
    await ws.call('actions/archive', { id: b.id, isArchived: true });
    expect((await ws.call('actions/reorder', { entryId: entry.id, ids: [c.id, a.id] })).map((action) => action.id)).toEqual([c.id, a.id, b.id]);
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries[0]?.actions.map((action) => action.id)).toEqual([c.id, a.id]);
    const stale = await ws.attempt('actions/reorder', { entryId: entry.id, ids: [a.id, a.id] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    await ws.call('progress/add', { actionId: a.id, updateDate: '2018-09-20', note: note('Twelve posts filled.') });
    for (const [method, id] of [['actions/delete', a.id], ['planEntries/delete', entry.id], ['actionPlans/delete', plan.id]] as const) {
      const refused = await ws.attempt(method, { id });
      expect(refused, method).toMatchObject({ ok: false, error: { code: 'conflict' } });
      if (!refused.ok) expect(refused.error.message).toMatch(/Archive/);
    }
    expect(await ws.call('actions/delete', { id: c.id })).toEqual({ id: c.id });
    expect(db().prepare('SELECT count(*) FROM actions').pluck().get()).toBe(2);
  });

  it('lists plans with entry and action counts, RAG counts and overdue actions today', async () => {
    const plan = await ws.call('actionPlans/create', { title: 'Children’s services plan' });
    const other = await ws.call('actionPlans/create', { title: 'Archived plan' });
    await ws.call('actionPlans/archive', { id: other.id, isArchived: true });
    const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'One' });
    const hidden = await ws.call('planEntries/create', { planId: plan.id, heading: 'Archived entry' });
    await ws.call('actions/create', { entryId: entry.id, description: 'Late', dueDate: '2018-09-30', rag: 'red', status: 'in_progress' });
    await ws.call('actions/create', { entryId: entry.id, description: 'Late but done', timescaleLabel: 'August 2018', rag: 'green', status: 'complete' });
    await ws.call('actions/create', { entryId: entry.id, description: 'Due today', dueDate: '2018-10-02', rag: 'amber' });
    await ws.call('actions/create', { entryId: entry.id, description: 'Unrated' });
    await ws.call('actions/create', { entryId: hidden.id, description: 'In an archived entry', dueDate: '2018-01-31', rag: 'red' });
    await ws.call('planEntries/archive', { id: hidden.id, isArchived: true });

    const [summary, ...rest] = await ws.call('actionPlans/list', {});
    expect(rest).toEqual([]);
    expect(summary).toMatchObject({ id: plan.id, entryCount: 1, actionCount: 4, overdueCount: 1, rag: { red: 1, amber: 1, green: 1, unrated: 1, overall: 'red' } });
    expect((await ws.call('actionPlans/list', { includeArchived: true })).map((row) => row.title)).toEqual(['Archived plan', 'Children’s services plan']);

    clock = '2018-10-03T09:00:00Z';
    expect((await ws.call('actionPlans/list', {}))[0]?.overdueCount).toBe(2);
    const view = await ws.call('actionPlans/get', { id: plan.id });
    expect(view.entries[0]?.actions.map((action) => action.isOverdue)).toEqual([true, false, true, false]);
    expect(view).toMatchObject({ overdueCount: 2, rag: { red: 1, amber: 1, green: 1, unrated: 1, overall: 'red' } });
  });

  it('links a plan to another inspection only while no entry answers the present one', async () => {
    const first = await inspectionWithRecommendations([1, 2]);
    const second = await inspectionWithRecommendations([1]);
    const plan = await ws.call('actionPlans/create', { title: 'Plan', inspectionId: first.id });
    const refused = await ws.attempt('actionPlans/update', { id: plan.id, inspectionId: second.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await ws.call('actionPlans/update', { id: plan.id, title: 'Renamed plan', owner: 'Strategic Director' })).toMatchObject({ title: 'Renamed plan', inspectionId: first.id });
    const blank = await ws.call('actionPlans/create', { title: 'Blank' });
    expect((await ws.call('actionPlans/update', { id: blank.id, inspectionId: second.id })).inspectionId).toBe(second.id);
    expect(await ws.call('actionPlans/delete', { id: blank.id })).toEqual({ id: blank.id });
  });

  it('reads a plan in the same number of queries however large it is', async () => {
    const small = await ws.call('actionPlans/create', { title: 'Small' });
    const large = await ws.call('actionPlans/create', { title: 'Large' });
    for (const plan of [small, large]) {
      const entries = plan.id === small.id ? 1 : 4;
      for (let index = 0; index < entries; index += 1) {
        const entry = await ws.call('planEntries/create', { planId: plan.id, heading: `Entry ${index}` });
        await ws.call('measures/create', { entryId: entry.id, description: 'A measure' });
        for (let count = 0; count < entries; count += 1) {
          const action = await ws.call('actions/create', { entryId: entry.id, description: `Action ${count}` });
          await ws.call('progress/add', { actionId: action.id, updateDate: '2018-09-01', note: note('Started.'), rag: 'amber' });
        }
      }
    }
    const database = db();
    const prepare = vi.spyOn(database, 'prepare');
    await ws.call('actionPlans/get', { id: small.id, asAt: '2018-09-15' });
    const forSmall = prepare.mock.calls.length;
    prepare.mockClear();
    const view = await ws.call('actionPlans/get', { id: large.id, asAt: '2018-09-15' });
    expect(prepare.mock.calls.length).toBe(forSmall);
    expect(forSmall).toBeGreaterThanOrEqual(6);
    expect(forSmall).toBeLessThanOrEqual(8);
    prepare.mockRestore();
    expect(view.rag).toMatchObject({ amber: 16, overall: 'amber' });
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const inspection = await inspectionWithRecommendations([1]);
    const plan = await ws.call('actionPlans/create', { title: 'Plan', inspectionId: inspection.id });
    const entry = plan.entries[0];
    if (!entry) throw new Error('no entry');
    const action = await ws.call('actions/create', { entryId: entry.id, description: 'Do it' });
    const measure = await ws.call('measures/create', { entryId: entry.id, description: 'Measure it' });
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['actionPlans/create', {}, /title/],
      ['actionPlans/create', { title: 'x', inspectionId: 999 }, /inspectionId: there is no inspection with id 999/],
      ['actionPlans/create', { title: 'x'.repeat(301) }, /300 characters/],
      ['actionPlans/get', { id: plan.id, asAt: '02/10/2018' }, /asAt/],
      ['actionPlans/get', { id: 999 }, /no action plan with id 999/],
      ['actionPlans/archive', { id: plan.id }, /isArchived/],
      ['planEntries/create', { planId: plan.id }, /heading/],
      ['planEntries/create', { planId: 999, heading: 'x' }, /no action plan with id 999/],
      ['planEntries/create', { planId: plan.id, heading: 'x', recommendationId: 999 }, /recommendationId: there is no recommendation with id 999/],
      ['planEntries/update', { id: entry.id, governance: 'x'.repeat(5_001) }, /governance/],
      ['planEntries/reorder', { planId: plan.id, ids: [] }, /ids/],
      ['planEntries/reorder', { planId: plan.id, ids: [entry.id, 999] }, /changed since it was shown/],
      ['measures/create', { entryId: entry.id, description: ' ' }, /description/],
      ['measures/create', { entryId: 999, description: 'x' }, /no plan entry with id 999/],
      ['measures/reorder', { entryId: entry.id, ids: [measure.id, measure.id] }, /changed since it was shown/],
      ['actions/create', { entryId: entry.id, description: 'x', status: 'done' }, /status/],
      ['actions/create', { entryId: entry.id, description: 'x', rag: 'blue' }, /rag/],
      ['actions/create', { entryId: entry.id, description: 'x', ownerPersonId: 999 }, /ownerPersonId: there is no person with id 999/],
      ['actions/create', { entryId: entry.id, description: 'x', dueDate: '2018-09-31' }, /dueDate/],
      ['actions/update', { id: action.id, description: 42 }, /description/],
      ['actions/update', { id: 999, owner: 'x' }, /no action with id 999/],
      ['actions/delete', { id: 999 }, /no action with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
      if (!result.ok) expect(result.error.message, method).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
