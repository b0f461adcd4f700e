import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkProgrammeItem } from '../../../shared/api/methods/work-programme';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('work-programme'); });
afterEach(() => { ws.close(); });

async function expectRefused(method: string, input: unknown, code: string, message: RegExp) {
  const result = await ws.attempt(method, input);
  expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
}

/** The programme as an officer reads it: each item's meeting date (or "to be scheduled") and place. */
async function programme(committeeId: number): Promise<[string, string | null, number][]> {
  const items: WorkProgrammeItem[] = await ws.call('workProgramme/list', { committeeId });
  return items.map((item) => [item.item, item.meetingDate, item.position]);
}

/** A committee with meetings in December and October (created out of order) and three items to be scheduled. */
async function setUp() {
  const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
  const december = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-12-04' });
  const october = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
  const add = (item: string, meetingId?: number) => ws.call('workProgramme/create', { committeeId: committee.id, item, ...(meetingId ? { meetingId } : {}) });
  const items = {
    sufficiency: await add('Placement sufficiency'),
    ilacs: await add('Ofsted ILACS report', october.id),
    leavers: await add('Care leavers’ offer'),
    plan: await add('Action plan progress', october.id),
    budget: await add('Budget monitoring', december.id),
    voice: await add('Voice of the child'),
  };
  return { committee, october, december, items };
}

describe('work programme', () => {
  it('lists items by meeting date then position, with the items to be scheduled last', async () => {
    const { committee, october, items } = await setUp();
    expect(await programme(committee.id)).toEqual([
      ['Ofsted ILACS report', '2018-10-02', 1],
      ['Action plan progress', '2018-10-02', 2],
      ['Budget monitoring', '2018-12-04', 1],
      ['Placement sufficiency', null, 1],
      ['Care leavers’ offer', null, 2],
      ['Voice of the child', null, 3],
    ]);
    expect(items.plan).toMatchObject({ committeeId: committee.id, meetingId: october.id, meetingDate: '2018-10-02', purpose: '', leadOfficer: '' });
    expect(items.voice).toMatchObject({ meetingId: null, meetingDate: null, position: 3 });
  });

  it('updates the text of an item and records it in the audit trail', async () => {
    const { items } = await setUp();
    const updated = await ws.call('workProgramme/update', { id: items.ilacs.id, purpose: 'To scrutinise the inspection findings', leadOfficer: 'Head of Quality Assurance' });
    expect(updated).toMatchObject({ item: 'Ofsted ILACS report', purpose: 'To scrutinise the inspection findings', leadOfficer: 'Head of Quality Assurance', position: 1 });
    const trail = ws.ctx.workspace.current().db.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'work_programme_item' ORDER BY id DESC LIMIT 1").raw().get();
    expect(trail).toEqual(['update', items.ilacs.id]);
  });

  it('moves an item between meetings at a position, renumbering both lists', async () => {
    const { committee, october, december, items } = await setUp();
    const moved = await ws.call('workProgramme/move', { id: items.leavers.id, meetingId: october.id, position: 1 });
    expect(moved).toMatchObject({ meetingId: october.id, meetingDate: '2018-10-02', position: 1 });
    await ws.call('workProgramme/move', { id: items.ilacs.id, meetingId: december.id });
    await ws.call('workProgramme/move', { id: items.budget.id, meetingId: null, position: 2 });
    await ws.call('workProgramme/move', { id: items.voice.id, meetingId: null, position: 1 });
    expect(await programme(committee.id)).toEqual([
      ['Care leavers’ offer', '2018-10-02', 1],
      ['Action plan progress', '2018-10-02', 2],
      ['Ofsted ILACS report', '2018-12-04', 1],
      ['Voice of the child', null, 1],
      ['Placement sufficiency', null, 2],
      ['Budget monitoring', null, 3],
    ]);
    await ws.call('workProgramme/move', { id: items.sufficiency.id, meetingId: december.id, position: 99 });
    expect((await programme(committee.id)).filter(([, date]) => date === '2018-12-04')).toEqual([
      ['Ofsted ILACS report', '2018-12-04', 1],
      ['Placement sufficiency', '2018-12-04', 2],
    ]);
  });

  it('schedules only for meetings of the same committee that are not minuted', async () => {
    const { october, items } = await setUp();
    const panel = await ws.call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
    const panelMeeting = await ws.call('meetings/create', { committeeId: panel.id, meetingDate: '2018-10-09' });
    await expectRefused('workProgramme/move', { id: items.voice.id, meetingId: panelMeeting.id }, 'invalid_input', /meetingId: .*another committee/);
    await expectRefused('workProgramme/create', { committeeId: panel.id, meetingId: october.id, item: 'Care leavers' }, 'invalid_input', /another committee/);

    for (const status of ['issued', 'held', 'minuted'] as const) await ws.call('meetings/setStatus', { id: october.id, status });
    await expectRefused('workProgramme/move', { id: items.voice.id, meetingId: october.id }, 'conflict', /2 October 2018 is minuted, so nothing more can be scheduled/);
    await expectRefused('workProgramme/create', { committeeId: october.committeeId, meetingId: october.id, item: 'Late' }, 'conflict', /minuted/);
  });

  it('keeps the items of a minuted meeting where they are, as part of the record, while their comments can still be written', async () => {
    const { committee, october, items } = await setUp();
    for (const status of ['issued', 'held', 'minuted'] as const) await ws.call('meetings/setStatus', { id: october.id, status });
    const before = await programme(committee.id);
    await expectRefused('workProgramme/move', { id: items.ilacs.id, meetingId: null }, 'conflict', /^“Ofsted ILACS report” was on the work programme of the meeting of 2 October 2018, whose minutes are approved, so it cannot be moved: it is part of the record\. To take the subject to a later meeting, add it to the work programme again\.$/);
    await expectRefused('workProgramme/move', { id: items.plan.id, meetingId: october.id, position: 1 }, 'conflict', /cannot be moved/);
    await expectRefused('workProgramme/delete', { id: items.plan.id }, 'conflict', /“Action plan progress” .* so it cannot be deleted/);
    await expectRefused('workProgramme/reorder', { committeeId: committee.id, meetingId: october.id, ids: [items.plan.id, items.ilacs.id] }, 'conflict', /2 October 2018 is minuted, so the order of its work programme is part of the record/);
    expect(await programme(committee.id)).toEqual(before);
    expect((await ws.call('workProgramme/update', { id: items.ilacs.id, comments: 'Considered: see minute CYP/OSG/18/15' })).comments).toBe('Considered: see minute CYP/OSG/18/15');

    // A cancelled meeting's items are rescheduled, not kept.
    const december = (await ws.call('workProgramme/list', { committeeId: committee.id })).find((item) => item.item === 'Budget monitoring');
    await ws.call('meetings/cancel', { id: december?.meetingId ?? 0 });
    expect((await ws.call('workProgramme/move', { id: december?.id ?? 0, meetingId: null })).meetingId).toBeNull();
  });

  it('reorders one list at a time and refuses a stale or mixed list', async () => {
    const { committee, october, items } = await setUp();
    const unscheduled = await ws.call('workProgramme/reorder', { committeeId: committee.id, meetingId: null, ids: [items.voice.id, items.sufficiency.id, items.leavers.id] });
    expect(unscheduled.map((item) => [item.item, item.position])).toEqual([['Voice of the child', 1], ['Placement sufficiency', 2], ['Care leavers’ offer', 3]]);
    const scheduled = await ws.call('workProgramme/reorder', { committeeId: committee.id, meetingId: october.id, ids: [items.plan.id, items.ilacs.id] });
    expect(scheduled.map((item) => item.item)).toEqual(['Action plan progress', 'Ofsted ILACS report']);

    const stale = /changed since it was shown/;
    await expectRefused('workProgramme/reorder', { committeeId: committee.id, meetingId: null, ids: [items.voice.id, items.sufficiency.id] }, 'conflict', stale);
    await expectRefused('workProgramme/reorder', { committeeId: committee.id, meetingId: october.id, ids: [items.plan.id, items.voice.id] }, 'conflict', stale);
  });

  it('deletes an item, closing the gap and keeping agenda items that carried it', async () => {
    const { committee, october, items } = await setUp();
    const agendaItem = await ws.call('agendaItems/create', { meetingId: october.id, title: 'Ofsted ILACS report', workProgrammeItemId: items.ilacs.id });
    await ws.call('workProgramme/delete', { id: items.ilacs.id });
    expect((await programme(committee.id)).filter(([, date]) => date !== null)).toEqual([
      ['Action plan progress', '2018-10-02', 1],
      ['Budget monitoring', '2018-12-04', 1],
    ]);
    const agenda = await ws.call('meetings/get', { id: october.id });
    expect(agenda.agendaItems.map((item) => [item.id, item.workProgrammeItemId])).toEqual([[agendaItem.id, null]]);
    await expectRefused('workProgramme/delete', { id: items.ilacs.id }, 'not_found', /no work programme item/);
  });

  it('puts the items of a deleted meeting back at the end of those to be scheduled', async () => {
    const { committee, october, items } = await setUp();
    await ws.call('meetings/delete', { id: october.id });
    expect(await programme(committee.id)).toEqual([
      ['Budget monitoring', '2018-12-04', 1],
      ['Placement sufficiency', null, 1],
      ['Care leavers’ offer', null, 2],
      ['Voice of the child', null, 3],
      ['Ofsted ILACS report', null, 4],
      ['Action plan progress', null, 5],
    ]);
    expect((await ws.call('workProgramme/list', { committeeId: committee.id })).find((item) => item.id === items.plan.id)?.meetingId).toBeNull();
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const { committee, october, items } = await setUp();
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['workProgramme/create', { committeeId: committee.id }, /item/],
      ['workProgramme/create', { committeeId: committee.id, item: '  ' }, /item/],
      ['workProgramme/create', { committeeId: 999, item: 'Care leavers' }, /committeeId: there is no committee with id 999/],
      ['workProgramme/create', { committeeId: committee.id, meetingId: 999, item: 'Care leavers' }, /meetingId: there is no meeting with id 999/],
      ['workProgramme/create', { committeeId: committee.id, item: 'x'.repeat(501) }, /item: Keep this under 500/],
      ['workProgramme/update', { id: items.ilacs.id, meetingId: october.id }, /meetingId|Unrecognized/i],
      ['workProgramme/update', { id: 999, item: 'Nothing' }, /no work programme item with id 999/],
      ['workProgramme/move', { id: items.ilacs.id }, /meetingId/],
      ['workProgramme/move', { id: items.ilacs.id, meetingId: null, position: 0 }, /position/],
      ['workProgramme/move', { id: items.ilacs.id, meetingId: 999 }, /meetingId: there is no meeting with id 999/],
      ['workProgramme/reorder', { committeeId: committee.id, meetingId: october.id, ids: [items.ilacs.id] }, /changed since it was shown/],
      ['workProgramme/reorder', { committeeId: committee.id, meetingId: october.id, ids: [] }, /ids/],
      ['workProgramme/list', { committeeId: 'one' }, /committeeId/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.message, method).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
