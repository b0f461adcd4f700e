import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('committees'); });
afterEach(() => { ws.close(); });

/** Meetings belong to another domain; a row is enough for counts and the delete rule. */
function addMeeting(committeeId: number, meetingDate: string): void {
  ws.ctx.workspace
    .current()
    .db.prepare("INSERT INTO meetings (committee_id, meeting_date, created_at, updated_at) VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    .run(committeeId, meetingDate);
}

function auditTrail() {
  return ws.ctx.workspace.current().db.prepare('SELECT action, entity, entity_id, summary FROM audit_log ORDER BY id').raw().all();
}

async function twoCommittees() {
  const parent = await ws.call('committees/create', { name: 'Children and Young People Scrutiny Committee', minutePrefix: 'CYP' });
  const subgroup = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG', parentId: parent.id });
  return { parent, subgroup };
}

describe('committees', () => {
  it('creates, gets with parent and contact officer, updates only the fields given, and audits each write', async () => {
    const officer = await ws.call('people/create', { fullName: 'Basil Okafor', jobTitle: 'Scrutiny Officer' });
    const { parent, subgroup } = await twoCommittees();
    const updated = await ws.call('committees/update', {
      id: subgroup.id,
      contactOfficerId: officer.id,
      torOperation: 'The subgroup meets four times a year.\n\nIt reports to the parent committee.',
      defaultVenue: 'Committee Room 2, Town Hall',
      defaultStartTime: '10:00',
    });
    expect(updated).toMatchObject({
      name: 'Ofsted Subgroup',
      minutePrefix: 'CYP/OSG',
      parentId: parent.id,
      parentName: 'Children and Young People Scrutiny Committee',
      contactOfficerId: officer.id,
      contactOfficer: { fullName: 'Basil Okafor', jobTitle: 'Scrutiny Officer' },
      torAccessToInformation: '',
      defaultStartTime: '10:00',
      rationaleItems: [],
      archivedAt: null,
    });
    expect(await ws.call('committees/get', { id: subgroup.id })).toEqual(updated);
    expect((await ws.call('committees/update', { id: subgroup.id, contactOfficerId: null, defaultStartTime: null })).contactOfficer).toBeNull();

    expect(auditTrail()).toEqual([
      ['create', 'person', officer.id, 'Basil Okafor'],
      ['create', 'committee', parent.id, 'Children and Young People Scrutiny Committee'],
      ['create', 'committee', subgroup.id, 'Ofsted Subgroup'],
      ['update', 'committee', subgroup.id, 'Ofsted Subgroup'],
      ['update', 'committee', subgroup.id, 'Ofsted Subgroup'],
    ]);
  });

  it('lists by name with parent, contact officer, meeting count and the next meeting from today', async () => {
    const officer = await ws.call('people/create', { fullName: 'Basil Okafor' });
    const { parent, subgroup } = await twoCommittees();
    await ws.call('committees/update', { id: parent.id, contactOfficerId: officer.id });
    const audit = await ws.call('committees/create', { name: 'audit and Governance', minutePrefix: 'AG' });
    // The test clock is 2026-11-22: the 2025 meeting is past, the 2026-11-22 one is today.
    addMeeting(subgroup.id, '2025-10-02');
    addMeeting(subgroup.id, '2027-01-14');
    addMeeting(subgroup.id, '2026-11-22');
    await ws.call('committees/archive', { id: audit.id, isArchived: true });

    const list = await ws.call('committees/list', {});
    expect(list.map((committee) => [committee.name, committee.parentName, committee.contactOfficerName, committee.meetingCount, committee.nextMeetingDate])).toEqual([
      ['Children and Young People Scrutiny Committee', null, 'Basil Okafor', 0, null],
      ['Ofsted Subgroup', 'Children and Young People Scrutiny Committee', null, 3, '2026-11-22'],
    ]);
    const all = await ws.call('committees/list', { includeArchived: true });
    expect(all.map((committee) => committee.name)).toEqual(['audit and Governance', 'Children and Young People Scrutiny Committee', 'Ofsted Subgroup']);

    // The chair of this municipal year (2026/27 on 22 November 2026) unless another year is asked for.
    const ada = await ws.call('people/create', { fullName: 'Ada Fenwick', honorific: 'Councillor' });
    const basil = await ws.call('people/create', { fullName: 'Basil Okafor' });
    await ws.call('memberships/add', { committeeId: subgroup.id, personId: ada.id, municipalYear: 2026, role: 'chair' });
    await ws.call('memberships/add', { committeeId: subgroup.id, personId: basil.id, municipalYear: 2025, role: 'chair' });
    await ws.call('memberships/add', { committeeId: parent.id, personId: basil.id, municipalYear: 2026, role: 'member' });
    const chairs = async (input: { municipalYear?: number }) => (await ws.call('committees/list', input)).map((committee) => committee.chairName);
    expect(await chairs({})).toEqual([null, 'Councillor Ada Fenwick']);
    expect(await chairs({ municipalYear: 2025 })).toEqual([null, 'Basil Okafor']);
    expect(await chairs({ municipalYear: 2030 })).toEqual([null, null]);
    expect((await ws.call('committees/archive', { id: audit.id, isArchived: false })).archivedAt).toBeNull();
  });

  it('replaces the rationale as an ordered list', async () => {
    const { subgroup } = await twoCommittees();
    const first = await ws.call('committees/setRationale', { id: subgroup.id, items: ['Monitor the improvement plan.', 'Hear from frontline staff.', 'Report to the committee.'] });
    expect(first.rationaleItems.map((item) => [item.position, item.text])).toEqual([
      [1, 'Monitor the improvement plan.'],
      [2, 'Hear from frontline staff.'],
      [3, 'Report to the committee.'],
    ]);
    const second = await ws.call('committees/setRationale', { id: subgroup.id, items: ['Report to the committee.', '  Monitor the improvement plan.  '] });
    expect(second.rationaleItems.map((item) => item.text)).toEqual(['Report to the committee.', 'Monitor the improvement plan.']);
    expect((await ws.call('committees/setRationale', { id: subgroup.id, items: [] })).rationaleItems).toEqual([]);
  });

  it('refuses a minute prefix another committee uses, whatever its case, naming that committee', async () => {
    const { subgroup } = await twoCommittees();
    const result = await ws.attempt('committees/create', { name: 'Health Scrutiny', minutePrefix: 'cyp/osg' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!result.ok) expect(result.error.message).toMatch(/minutePrefix: Ofsted Subgroup already uses/);
    // Keeping its own prefix (in another case) is fine.
    expect((await ws.call('committees/update', { id: subgroup.id, minutePrefix: 'cyp/osg' })).minutePrefix).toBe('cyp/osg');
  });

  it('refuses a parent that is the committee itself or one of its subgroups', async () => {
    const { parent, subgroup } = await twoCommittees();
    const task = await ws.call('committees/create', { name: 'Task and Finish Group', minutePrefix: 'CYP/TFG', parentId: subgroup.id });
    const self = await ws.attempt('committees/update', { id: parent.id, parentId: parent.id });
    expect(self).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!self.ok) expect(self.error.message).toMatch(/^parentId: a committee cannot be its own parent/);
    const cycle = await ws.attempt('committees/update', { id: parent.id, parentId: task.id });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!cycle.ok) expect(cycle.error.message).toMatch(/^parentId: .*subgroup of this one/);
    expect((await ws.call('committees/get', { id: parent.id })).parentId).toBeNull();
  });

  it('deletes a committee without meetings, and refuses one with meetings, suggesting archiving', async () => {
    const { parent, subgroup } = await twoCommittees();
    addMeeting(subgroup.id, '2018-10-02');
    const refused = await ws.attempt('committees/delete', { id: subgroup.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Ofsted Subgroup has a meeting, so it cannot be deleted\. Archive it instead/);

    await ws.call('committees/setRationale', { id: parent.id, items: ['Scrutinise children’s services.'] });
    const person = await ws.call('people/create', { fullName: 'Ada Fenwick' });
    await ws.call('memberships/add', { committeeId: parent.id, personId: person.id, municipalYear: 2018, role: 'chair' });
    expect(await ws.call('committees/delete', { id: parent.id })).toEqual({ id: parent.id });
    expect((await ws.call('committees/get', { id: subgroup.id })).parentId).toBeNull();
    const { db } = ws.ctx.workspace.current();
    expect(db.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM committee_rationale_items').pluck().get()).toBe(0);
    expect(auditTrail().at(-1)).toEqual(['delete', 'committee', parent.id, 'Children and Young People Scrutiny Committee']);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const { subgroup } = await twoCommittees();
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['committees/create', { minutePrefix: 'X' }, /name/],
      ['committees/create', { name: 'Health', minutePrefix: '' }, /minutePrefix/],
      ['committees/create', { name: 'Health', minutePrefix: 'HE ALTH' }, /minutePrefix: Use letters and digits/],
      ['committees/create', { name: 42, minutePrefix: 'H' }, /name/],
      ['committees/create', { name: 'x'.repeat(201), minutePrefix: 'H' }, /name: Keep this under 200 characters/],
      ['committees/create', { name: 'Health', minutePrefix: 'H', parentId: 999 }, /parentId: there is no committee with id 999/],
      ['committees/create', { name: 'Health', minutePrefix: 'H', contactOfficerId: 999 }, /contactOfficerId: there is no person with id 999/],
      ['committees/create', { name: 'Health', minutePrefix: 'H', defaultStartTime: '25:00' }, /defaultStartTime/],
      ['committees/create', { name: 'Health', minutePrefix: 'H', chair: 'Ada' }, /Unrecognized|chair/i],
      ['committees/update', { id: 999, name: 'Nobody' }, /no committee with id 999/],
      ['committees/setRationale', { id: subgroup.id, items: ['Fine', '   '] }, /items\.1: Give the text/],
      ['committees/setRationale', { id: subgroup.id, items: ['x'.repeat(2_001)] }, /items\.0: Keep this under 2000 characters/],
      ['committees/setRationale', { id: subgroup.id, items: Array.from({ length: 51 }, (_, index) => `Item ${index}`) }, /items: Keep the rationale to 50 items/],
      ['committees/delete', { id: 999 }, /no committee with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.message, `${method} ${JSON.stringify(input)}`).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});

describe('memberships', () => {
  async function committeeWithPeople() {
    const { subgroup } = await twoCommittees();
    const names = ['Ada Fenwick', 'Basil Okafor', 'Cora Lindqvist', 'Dev Patel'];
    const people = [];
    for (const fullName of names) people.push(await ws.call('people/create', { honorific: 'Councillor', fullName, organisation: 'Example Council' }));
    const [ada, basil, cora, dev] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number], (typeof people)[number]];
    return { committee: subgroup, ada, basil, cora, dev };
  }

  it('lists a year’s members with their details, chair first, then by role and position', async () => {
    const { committee, ada, basil, cora, dev } = await committeeWithPeople();
    await ws.call('memberships/add', { committeeId: committee.id, personId: dev.id, municipalYear: 2018, role: 'lead_officer' });
    await ws.call('memberships/add', { committeeId: committee.id, personId: basil.id, municipalYear: 2018, role: 'member' });
    await ws.call('memberships/add', { committeeId: committee.id, personId: cora.id, municipalYear: 2018, role: 'member', capacity: 'Substitute' });
    const chair = await ws.call('memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018, role: 'chair' });
    await ws.call('memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2019, role: 'member' });
    expect(chair).toMatchObject({ municipalYear: 2018, role: 'chair', capacity: '', person: { id: ada.id, honorific: 'Councillor', fullName: 'Ada Fenwick', organisation: 'Example Council' } });

    const list = await ws.call('memberships/list', { committeeId: committee.id, municipalYear: 2018 });
    expect(list.map((membership) => [membership.person.fullName, membership.role, membership.capacity])).toEqual([
      ['Ada Fenwick', 'chair', ''],
      ['Basil Okafor', 'member', ''],
      ['Cora Lindqvist', 'member', 'Substitute'],
      ['Dev Patel', 'lead_officer', ''],
    ]);
    expect(await ws.call('memberships/years', { committeeId: committee.id })).toEqual([
      { municipalYear: 2019, label: '2019/20', memberCount: 1 },
      { municipalYear: 2018, label: '2018/19', memberCount: 4 },
    ]);
  });

  it('updates role and capacity, reorders within the year, and removes', async () => {
    const { committee, ada, basil, cora } = await committeeWithPeople();
    const add = (personId: number) => ws.call('memberships/add', { committeeId: committee.id, personId, municipalYear: 2018, role: 'member' });
    const first = await add(ada.id);
    const second = await add(basil.id);
    const third = await add(cora.id);

    const reordered = await ws.call('memberships/reorder', { committeeId: committee.id, municipalYear: 2018, ids: [third.id, first.id, second.id] });
    expect(reordered.map((membership) => membership.person.fullName)).toEqual(['Cora Lindqvist', 'Ada Fenwick', 'Basil Okafor']);

    const vice = await ws.call('memberships/update', { id: second.id, role: 'vice_chair', capacity: 'Labour group' });
    expect(vice).toMatchObject({ role: 'vice_chair', capacity: 'Labour group', person: { fullName: 'Basil Okafor' } });
    expect((await ws.call('memberships/list', { committeeId: committee.id, municipalYear: 2018 })).map((membership) => membership.person.fullName)).toEqual([
      'Basil Okafor',
      'Cora Lindqvist',
      'Ada Fenwick',
    ]);

    expect(await ws.call('memberships/remove', { id: first.id })).toEqual({ id: first.id });
    expect(await ws.call('memberships/list', { committeeId: committee.id, municipalYear: 2018 })).toHaveLength(2);
    expect(auditTrail().at(-1)).toEqual(['delete', 'membership', first.id, 'Ada Fenwick, member, 2018/19']);
  });

  it('refuses an archived person and a duplicate role, and a stale reorder list', async () => {
    const { committee, ada, basil } = await committeeWithPeople();
    const membership = await ws.call('memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018, role: 'chair' });
    await ws.call('memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018, role: 'member' });
    await ws.call('people/archive', { id: basil.id, isArchived: true });
    const before = ws.snapshot();

    const duplicate = await ws.attempt('memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018, role: 'chair' });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Ada Fenwick is already listed as chair for 2018/19.' } });
    const toDuplicate = await ws.attempt('memberships/update', { id: membership.id, role: 'member' });
    expect(toDuplicate).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Ada Fenwick is already listed as member for 2018/19.' } });
    const archived = await ws.attempt('memberships/add', { committeeId: committee.id, personId: basil.id, municipalYear: 2018, role: 'member' });
    expect(archived).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!archived.ok) expect(archived.error.message).toMatch(/^personId: Basil Okafor is archived/);
    const stale = await ws.attempt('memberships/reorder', { committeeId: committee.id, municipalYear: 2018, ids: [membership.id] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(ws.snapshot()).toBe(before);
  });

  it('copies a year into the next, keeping order and skipping roles already held', async () => {
    const { committee, ada, basil, cora, dev } = await committeeWithPeople();
    const add = (personId: number, role: 'chair' | 'member' | 'co_opted_member', municipalYear = 2018, capacity = '') =>
      ws.call('memberships/add', { committeeId: committee.id, personId, municipalYear, role, capacity });
    await add(ada.id, 'chair');
    await add(cora.id, 'member');
    await add(basil.id, 'member');
    await add(dev.id, 'co_opted_member', 2018, 'Diocesan representative');
    await add(basil.id, 'member', 2019);

    expect(await ws.call('memberships/copyYear', { committeeId: committee.id, fromYear: 2018, toYear: 2019 })).toEqual({ copied: 3, skipped: 1 });
    const copied = await ws.call('memberships/list', { committeeId: committee.id, municipalYear: 2019 });
    expect(copied.map((membership) => [membership.person.fullName, membership.role, membership.capacity])).toEqual([
      ['Ada Fenwick', 'chair', ''],
      ['Basil Okafor', 'member', ''],
      ['Cora Lindqvist', 'member', ''],
      ['Dev Patel', 'co_opted_member', 'Diocesan representative'],
    ]);
    expect(await ws.call('memberships/copyYear', { committeeId: committee.id, fromYear: 2018, toYear: 2019 })).toEqual({ copied: 0, skipped: 4 });

    const before = ws.snapshot();
    const empty = await ws.attempt('memberships/copyYear', { committeeId: committee.id, fromYear: 2016, toYear: 2017 });
    expect(empty).toMatchObject({ ok: false, error: { code: 'not_found' } });
    if (!empty.ok) expect(empty.error.message).toMatch(/^fromYear: Ofsted Subgroup has no members in 2016\/17/);
    expect(ws.snapshot()).toBe(before);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const { committee, ada } = await committeeWithPeople();
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018 }, /role/],
      ['memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018, role: 'treasurer' }, /role: Choose a role/],
      ['memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: '2018/19', role: 'member' }, /municipalYear/],
      ['memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 1800, role: 'member' }, /municipalYear: Give a municipal year from 1900/],
      ['memberships/add', { committeeId: 999, personId: ada.id, municipalYear: 2018, role: 'member' }, /committeeId: there is no committee with id 999/],
      ['memberships/add', { committeeId: committee.id, personId: 999, municipalYear: 2018, role: 'member' }, /personId: there is no person with id 999/],
      ['memberships/add', { committeeId: committee.id, personId: ada.id, municipalYear: 2018, role: 'member', capacity: 'x'.repeat(201) }, /capacity: Keep this under 200/],
      ['memberships/update', { id: 999, role: 'member' }, /no membership with id 999/],
      ['memberships/remove', { id: 999 }, /no membership with id 999/],
      ['memberships/copyYear', { committeeId: committee.id, fromYear: 2018, toYear: 2018 }, /toYear/],
      ['memberships/list', { committeeId: 999, municipalYear: 2018 }, /no committee with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.message, `${method} ${JSON.stringify(input)}`).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
