import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
let clock = '2018-09-05T16:00:00Z';
beforeEach(async () => {
  clock = '2018-09-05T16:00:00Z';
  ws = await openTestWorkspace('progress', () => new Date(clock));
  db().prepare("UPDATE authority_settings SET author_name = 'Scrutiny Support Officer' WHERE id = 1").run();
});
afterEach(() => { ws.close(); });

const db = () => ws.ctx.workspace.current().db;
const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const noteText = (update: { note: { content: { content?: { text?: string }[] }[] } } | null) => update?.note.content[0]?.content?.[0]?.text;

async function planWithActions() {
  const plan = await ws.call('actionPlans/create', { title: 'Post-inspection action plan' });
  const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Recommendation 1' });
  const supervision = await ws.call('actions/create', { entryId: entry.id, description: 'Refresh the supervision model', timescaleLabel: 'September 2018' });
  const course = await ws.call('actions/create', { entryId: entry.id, description: 'Run the first line managers course', dueDate: '2018-12-31' });
  return { plan, entry, supervision, course };
}

describe('progress updates', () => {
  it('are appended with the Settings author by default, and the action follows the latest by date', async () => {
    const { plan, supervision } = await planWithActions();
    const first = await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-05', note: note('Audit of supervision completed.'), rag: 'amber', status: 'in_progress' });
    expect(first).toMatchObject({ author: 'Scrutiny Support Officer', supersedesId: null, rag: 'amber', status: 'in_progress', createdAt: '2018-09-05T16:00:00.000Z' });
    expect(noteText(first)).toBe('Audit of supervision completed.');

    clock = '2018-09-20T10:00:00Z';
    await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-20', note: note('Guidance drafted.'), author: 'Service Lead', rag: 'green' });
    expect(await ws.call('actionPlans/get', { id: plan.id })).toMatchObject({ rag: { green: 1, unrated: 1, overall: null } });
    // An update dated earlier than the latest is history: it does not change the action.
    await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: note('Backdated note.'), rag: 'red', status: 'not_started' });
    const action = db().prepare('SELECT rag, status FROM actions WHERE id = ?').raw().get(supervision.id);
    expect(action).toEqual(['green', 'in_progress']);

    const future = await ws.attempt('progress/add', { actionId: supervision.id, updateDate: '2018-09-21', note: note('Tomorrow') });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!future.ok) expect(future.error.message).toMatch(/updateDate/);
    const trail = db().prepare("SELECT action, entity FROM audit_log WHERE entity = 'progress_update' ORDER BY id").raw().all();
    expect(trail).toEqual([['create', 'progress_update'], ['create', 'progress_update'], ['create', 'progress_update']]);
  });

  it('are revised by a new row that supersedes the old, which stays byte-identical', async () => {
    const { supervision } = await planWithActions();
    const original = await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-05', note: note('Draft guidance issued.'), rag: 'amber', status: 'in_progress' });
    const rowOf = (id: number) => db().prepare('SELECT * FROM progress_updates WHERE id = ?').raw().get(id);
    const before = rowOf(original.id);

    clock = '2018-10-15T11:00:00Z';
    const revision = await ws.call('progress/revise', { id: original.id, note: note('Final guidance issued.'), rag: 'green' });
    expect(revision).toMatchObject({ supersedesId: original.id, updateDate: '2018-09-05', author: 'Scrutiny Support Officer', rag: 'green', status: 'in_progress', createdAt: '2018-10-15T11:00:00.000Z' });
    expect(rowOf(original.id)).toEqual(before);
    expect(db().prepare('SELECT rag FROM actions WHERE id = ?').pluck().get(supervision.id)).toBe('green');

    const again = await ws.attempt('progress/revise', { id: original.id, note: note('From an old screen') });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!again.ok) expect(again.error.message).toMatch(new RegExp(`revised \\(by update ${revision.id}\\)`));
    expect(() => db().prepare('UPDATE progress_updates SET author = ? WHERE id = ?').run('Someone', original.id)).toThrow(/never changed/);
    expect(db().prepare("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'progress_update' ORDER BY id").raw().all()).toEqual([
      ['create', 'progress_update', original.id], ['update', 'progress_update', revision.id],
    ]);
  });

  it('show their whole history: latest date first, each update’s newest revision before those it replaced', async () => {
    const { supervision } = await planWithActions();
    const early = await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-08-01', note: note('Started.') });
    const late = await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: note('Halfway.') });
    const earlyFixed = await ws.call('progress/revise', { id: early.id, note: note('Started in July.') });
    const earlyFixedAgain = await ws.call('progress/revise', { id: earlyFixed.id, updateDate: '2018-07-30' });
    expect(noteText(earlyFixedAgain)).toBe('Started in July.');

    const history = await ws.call('progress/history', { actionId: supervision.id });
    expect(history.map((row) => [row.id, row.supersededById])).toEqual([
      [late.id, null],
      [earlyFixedAgain.id, null], [earlyFixed.id, earlyFixedAgain.id], [early.id, earlyFixed.id],
    ]);
  });

  it('rebuild the plan as at a past date, with the revision that stood at the end of that day', async () => {
    const { plan, supervision, course } = await planWithActions();
    const september = await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-05', note: note('Audit started.'), rag: 'red', status: 'in_progress' });
    await ws.call('progress/add', { actionId: course.id, updateDate: '2018-09-05', note: note('Course booked.'), rag: 'green', status: 'in_progress' });

    clock = '2018-10-15T11:00:00Z';
    await ws.call('progress/revise', { id: september.id, note: note('Audit started; report due in September.'), rag: 'amber' });
    await ws.call('progress/add', { actionId: course.id, updateDate: '2018-10-10', note: note('Fourteen managers completed.'), status: 'complete' });

    const atMeeting = await ws.call('actionPlans/get', { id: plan.id, asAt: '2018-10-02' });
    const [supervisionThen, courseThen] = atMeeting.entries[0]?.actions ?? [];
    expect(noteText(supervisionThen?.latestUpdate ?? null)).toBe('Audit started.');
    expect(supervisionThen).toMatchObject({ rag: 'red', status: 'in_progress', isOverdue: true });
    expect(noteText(courseThen?.latestUpdate ?? null)).toBe('Course booked.');
    expect(atMeeting.rag).toMatchObject({ red: 1, green: 1, overall: 'red' });
    expect(atMeeting).toMatchObject({ asAt: '2018-10-02', overdueCount: 1 });

    const afterRevision = await ws.call('actionPlans/get', { id: plan.id, asAt: '2018-10-15' });
    const [supervisionLater, courseLater] = afterRevision.entries[0]?.actions ?? [];
    expect(noteText(supervisionLater?.latestUpdate ?? null)).toBe('Audit started; report due in September.');
    expect(supervisionLater?.rag).toBe('amber');
    expect(courseLater).toMatchObject({ status: 'complete', rag: 'green', isOverdue: false });

    const beforeAnything = await ws.call('actionPlans/get', { id: plan.id, asAt: '2018-09-04' });
    expect(beforeAnything.entries[0]?.actions.map((action) => [action.latestUpdate, action.rag, action.status])).toEqual([
      [null, null, 'not_started'], [null, null, 'not_started'],
    ]);

    // An action archived later was still in the plan on the earlier day.
    clock = '2018-10-20T09:00:00Z';
    await ws.call('actions/archive', { id: course.id, isArchived: true });
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries[0]?.actions.map((action) => action.id)).toEqual([supervision.id]);
    expect((await ws.call('actionPlans/get', { id: plan.id, asAt: '2018-10-15' })).entries[0]?.actions.map((action) => action.id)).toEqual([supervision.id, course.id]);
  });

  it('flag actions whose latest update is dated after a date asked for', async () => {
    const { plan, supervision, course } = await planWithActions();
    await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-08-20', note: note('Before the last meeting.') });
    await ws.call('progress/add', { actionId: course.id, updateDate: '2018-08-20', note: note('Before the last meeting.') });
    await ws.call('progress/add', { actionId: course.id, updateDate: '2018-09-03', note: note('Since the last meeting.') });
    const view = await ws.call('actionPlans/get', { id: plan.id, since: '2018-08-31' });
    expect(view.since).toBe('2018-08-31');
    expect(view.entries[0]?.actions.map((action) => action.isChangedSince)).toEqual([false, true]);
    const asAtThen = await ws.call('actionPlans/get', { id: plan.id, since: '2018-08-31', asAt: '2018-09-01' });
    expect(asAtThen.entries[0]?.actions.map((action) => action.isChangedSince)).toEqual([false, false]);
  });

  it('leave an officer’s override on the action until a newer update', async () => {
    const { plan, supervision } = await planWithActions();
    await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: note('Slipping.'), rag: 'red' });
    await ws.call('actions/update', { id: supervision.id, rag: 'amber' });
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries[0]?.actions[0]?.rag).toBe('amber');
    expect((await ws.call('actionPlans/get', { id: plan.id, asAt: '2018-09-02' })).entries[0]?.actions[0]?.rag).toBe('red');
    await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-05', note: note('Back on track.'), rag: 'green' });
    expect((await ws.call('actionPlans/get', { id: plan.id })).entries[0]?.actions[0]?.rag).toBe('green');
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const { supervision } = await planWithActions();
    const update = await ws.call('progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: note('First.') });
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['progress/add', { actionId: supervision.id, note: note('x') }, /updateDate/],
      ['progress/add', { actionId: supervision.id, updateDate: '2018-09-01' }, /note/],
      ['progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: '<p>html</p>' }, /note/],
      ['progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: note('x'), rag: 'purple' }, /rag/],
      ['progress/add', { actionId: 999, updateDate: '2018-09-01', note: note('x') }, /no action with id 999/],
      ['progress/add', { actionId: supervision.id, updateDate: '2019-01-01', note: note('x') }, /updateDate: .*after today/],
      ['progress/add', { actionId: supervision.id, updateDate: '2018-09-01', note: note('x'), author: 'x'.repeat(201) }, /author/],
      ['progress/revise', { id: 999, note: note('x') }, /no progress update with id 999/],
      ['progress/revise', { id: update.id, updateDate: '2018-12-25' }, /updateDate/],
      ['progress/revise', { id: update.id, actionId: supervision.id }, /actionId|Unrecognized/i],
      ['progress/history', { actionId: 999 }, /no action with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
      if (!result.ok) expect(result.error.message, method).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
