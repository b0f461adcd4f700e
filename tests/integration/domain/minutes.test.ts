import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renumberAllMinutes, renumberCommitteeMinutes } from '../../../electron/core/services/minutes';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('minutes'); });
afterEach(() => { ws.close(); });

/** The summary of the newest audit line. */
function lastAuditDetail(): string {
  return ws.ctx.workspace.current().db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
}

async function committee(name: string, minutePrefix: string): Promise<number> {
  return (await ws.call('committees/create', { name, minutePrefix })).id;
}

async function heldMeeting(committeeId: number, meetingDate: string): Promise<number> {
  const meeting = await ws.call('meetings/create', { committeeId, meetingDate, startTime: '10:00' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'issued' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'held' });
  return meeting.id;
}

async function addEntries(meetingId: number, headings: string[]) {
  const entries = [];
  for (const heading of headings) entries.push(await ws.call('minutes/addEntry', { meetingId, heading }));
  return entries;
}

async function references(meetingId: number): Promise<string[]> {
  return (await ws.call('minutes/get', { meetingId })).entries.map((entry) => entry.reference);
}

/** Every reference in the workspace is distinct and each committee-year runs 1…n without gaps. */
function numberingIsWhole(): boolean {
  const rows = ws.ctx.workspace.current().db.prepare('SELECT reference, numbering_year, sequence_number, meeting_id FROM minute_entries').all() as {
    reference: string; numbering_year: number; sequence_number: number; meeting_id: number;
  }[];
  const byYear = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.reference.split('/').slice(0, -2).join('/')}:${row.numbering_year}`;
    byYear.set(key, [...(byYear.get(key) ?? []), row.sequence_number]);
  }
  const isGapless = [...byYear.values()].every((numbers) => numbers.sort((a, b) => a - b).every((number, index) => number === index + 1));
  return isGapless && new Set(rows.map((row) => row.reference)).size === rows.length;
}

describe('minute numbering', () => {
  it('runs on across the meetings of a municipal year and starts again at 1 in the next', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const march = await heldMeeting(osg, '2019-03-12');
    const nextJune = await heldMeeting(osg, '2019-06-04');
    await addEntries(june, ['Minutes', 'Exclusion of the public']);
    await addEntries(march, ['Minutes', 'Daycare providers', 'Work programme']);
    await addEntries(nextJune, ['Minutes']);

    expect(await references(june)).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2']);
    expect(await references(march)).toEqual(['CYP/OSG/18/3', 'CYP/OSG/18/4', 'CYP/OSG/18/5']);
    expect(await references(nextJune)).toEqual(['CYP/OSG/19/1']);

    // Another committee keeps its own count.
    const other = await heldMeeting(await committee('Scrutiny Committee', 'CYP'), '2018-07-17');
    expect((await ws.call('minutes/addEntry', { meetingId: other, heading: 'Minutes' })).reference).toBe('CYP/18/1');
  });

  it('numbers by calendar year when the authority says so: March 2019 is then in 2019', async () => {
    await ws.call('settings/update', { minuteNumbering: 'calendar_year' });
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const march = await heldMeeting(osg, '2019-03-12');
    const nextJune = await heldMeeting(osg, '2019-06-04');
    await addEntries(june, ['Minutes', 'Exclusion of the public']);
    const [first] = await addEntries(march, ['Minutes', 'Daycare providers']);
    await addEntries(nextJune, ['Minutes']);

    expect(first).toMatchObject({ reference: 'CYP/OSG/19/1', numberingYear: 2019, sequenceNumber: 1 });
    expect(await references(june)).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2']);
    expect(await references(march)).toEqual(['CYP/OSG/19/1', 'CYP/OSG/19/2']);
    expect(await references(nextJune)).toEqual(['CYP/OSG/19/3']);
  });

  it('follows a municipal year that starts in another month', async () => {
    await ws.call('settings/update', { minuteNumbering: 'municipal_year', municipalYearStartMonth: 4 });
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const march = await heldMeeting(osg, '2019-03-12');
    const april = await heldMeeting(osg, '2019-04-09');
    await addEntries(march, ['Minutes']);
    await addEntries(april, ['Minutes']);
    expect([...(await references(march)), ...(await references(april))]).toEqual(['CYP/OSG/18/1', 'CYP/OSG/19/1']);
  });

  it('moves later meetings’ references up when a minute is added to an earlier meeting, and closes them up on delete', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const october = await heldMeeting(osg, '2018-10-02');
    const march = await heldMeeting(osg, '2019-03-12');
    const [minutesOfJune] = await addEntries(june, ['Minutes', 'Exclusion of the public']);
    await addEntries(october, ['Minutes', 'Action plan', 'Daycare providers']);
    await addEntries(march, ['Minutes']);

    const added = await ws.call('minutes/addEntry', { meetingId: june, heading: 'Terms of reference and work programme' });
    expect(added).toMatchObject({ reference: 'CYP/OSG/18/3', position: 3, renumbered: 4 });
    expect(await references(october)).toEqual(['CYP/OSG/18/4', 'CYP/OSG/18/5', 'CYP/OSG/18/6']);
    expect(await references(march)).toEqual(['CYP/OSG/18/7']);
    expect(numberingIsWhole()).toBe(true);

    // Appending to the last meeting moves nothing else.
    expect((await ws.call('minutes/addEntry', { meetingId: march, heading: 'Work programme' })).renumbered).toBe(0);

    expect(await ws.call('minutes/deleteEntry', { id: minutesOfJune?.id ?? 0 })).toEqual({ id: minutesOfJune?.id, renumbered: 5 });
    expect(await references(june)).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2']);
    expect((await ws.call('minutes/get', { meetingId: june })).entries.map((entry) => [entry.position, entry.heading])).toEqual([
      [1, 'Exclusion of the public'],
      [2, 'Terms of reference and work programme'],
    ]);
    expect(await references(october)).toEqual(['CYP/OSG/18/3', 'CYP/OSG/18/4', 'CYP/OSG/18/5']);
    expect(await references(march)).toEqual(['CYP/OSG/18/6', 'CYP/OSG/18/7']);
    expect(numberingIsWhole()).toBe(true);

    // The search index follows the new references.
    const hits = ws.ctx.workspace.current().db.prepare("SELECT title FROM search_index WHERE kind = 'minute_entry' AND title LIKE 'CYP/OSG/18/6 %'").pluck().all();
    expect(hits).toEqual(['CYP/OSG/18/6 Minutes']);
  });

  it('reassigns a meeting’s block of references in the new order, and refuses a stale list', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const october = await heldMeeting(osg, '2018-10-02');
    await addEntries(june, ['Minutes']);
    const [minutes, plan, daycare] = await addEntries(october, ['Minutes', 'Action plan', 'Daycare providers']);
    const ids = [daycare?.id ?? 0, minutes?.id ?? 0, plan?.id ?? 0];

    const reordered = await ws.call('minutes/reorderEntries', { meetingId: october, ids });
    expect(reordered.map((entry) => [entry.heading, entry.reference])).toEqual([
      ['Daycare providers', 'CYP/OSG/18/2'],
      ['Minutes', 'CYP/OSG/18/3'],
      ['Action plan', 'CYP/OSG/18/4'],
    ]);
    expect(await references(june)).toEqual(['CYP/OSG/18/1']);
    expect(numberingIsWhole()).toBe(true);

    const stale = await ws.attempt('minutes/reorderEntries', { meetingId: october, ids: ids.slice(0, 2) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('brings references back in line when a held meeting moves, when the numbering rule changes and when the prefix changes', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const march = await heldMeeting(osg, '2019-03-12');
    await addEntries(june, ['Minutes']);
    await addEntries(march, ['Minutes', 'Work programme']);
    const service = { db: ws.ctx.workspace.current().db, now: ws.ctx.now };

    // Moving June's meeting after March's: meetings/update renumbers at once, so nothing is left to change.
    await ws.call('meetings/update', { id: june, meetingDate: '2019-04-02' });
    expect([...(await references(march)), ...(await references(june))]).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2', 'CYP/OSG/18/3']);
    expect(renumberCommitteeMinutes(service, osg)).toEqual([]);

    // settings/update renumbers at once too, and says so in the audit trail.
    await ws.call('settings/update', { minuteNumbering: 'calendar_year' });
    expect([...(await references(march)), ...(await references(june))]).toEqual(['CYP/OSG/19/1', 'CYP/OSG/19/2', 'CYP/OSG/19/3']);
    expect(renumberAllMinutes(service)).toBe(0);
    expect(lastAuditDetail()).toBe('Changed minuteNumbering; 3 minute references renumbered');

    await ws.call('committees/update', { id: osg, minutePrefix: 'CYP/SUB' });
    expect([...(await references(march)), ...(await references(june))]).toEqual(['CYP/SUB/19/1', 'CYP/SUB/19/2', 'CYP/SUB/19/3']);
    expect(renumberCommitteeMinutes(service, osg)).toEqual([]);
  });

  it('keeps approved references under a new prefix or numbering rule, and numbers the rest on from them', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const october = await heldMeeting(osg, '2018-10-02');
    await addEntries(june, ['Minutes', 'Work programme']);
    await addEntries(october, ['Minutes']);
    await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: october });

    await ws.call('committees/update', { id: osg, minutePrefix: 'CYP/SUB' });
    expect(await references(june)).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2']);
    expect(await references(october)).toEqual(['CYP/SUB/18/3']);
    // June's approved minutes keep their year and numbers, so October still counts on from them.
    await ws.call('settings/update', { municipalYearStartMonth: 9 });
    expect(await references(june)).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2']);
    expect(await references(october)).toEqual(['CYP/SUB/18/3']);
    await ws.call('settings/update', { minuteNumbering: 'calendar_year', municipalYearStartMonth: 5 });
    expect(await references(june)).toEqual(['CYP/OSG/18/1', 'CYP/OSG/18/2']);
    expect(await references(october)).toEqual(['CYP/SUB/18/3']);
  });

  it('keeps a minuted meeting on its date, so approved references never change', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    await addEntries(june, ['Minutes']);
    const byHand = await ws.attempt('meetings/setStatus', { id: june, status: 'minuted' });
    expect(byHand.ok ? 'accepted' : byHand.error.message).toMatch(/Use Approve minutes/);
    const october = await heldMeeting(osg, '2018-10-02');
    await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: october });
    const before = ws.snapshot();
    const moved = await ws.attempt('meetings/update', { id: june, meetingDate: '2018-07-03' });
    expect(moved).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!moved.ok) expect(moved.error.message).toMatch(/minuted, so its date cannot change/);
    expect(ws.snapshot()).toBe(before);
    expect(await references(june)).toEqual(['CYP/OSG/18/1']);
  });

  it('writes minutes only once the meeting has been held', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const draft = await ws.call('meetings/create', { committeeId: osg, meetingDate: '2018-10-02' });
    const result = await ws.attempt('minutes/addEntry', { meetingId: draft.id, heading: 'Minutes' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!result.ok) expect(result.error.message).toMatch(/Mark the meeting as held/);

    await ws.call('meetings/setStatus', { id: draft.id, status: 'issued' });
    expect((await ws.attempt('minutes/setAttendance', { meetingId: draft.id, attendees: [] })).ok).toBe(false);
    await ws.call('meetings/setStatus', { id: draft.id, status: 'held' });
    expect((await ws.call('minutes/addEntry', { meetingId: draft.id, heading: 'Minutes' })).reference).toBe('CYP/OSG/18/1');
  });
});

describe('minutes of a meeting', () => {
  it('returns attendance by status with partial attendance, and entries with their numbered decisions and follow-ups', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const item = await ws.call('agendaItems/create', { meetingId: june, title: 'Ofsted inspections of schools' });
    const chair = await ws.call('people/create', { honorific: 'Councillor', fullName: 'Ada Fenwick' });
    const member = await ws.call('people/create', { honorific: 'Councillor', fullName: 'Tom Judge' });
    const executive = await ws.call('people/create', { honorific: 'Councillor', fullName: 'Gina Bridges' });
    const coopted = await ws.call('people/create', { honorific: 'Mr', fullName: 'Rob Lammas' });
    const [minutes, exclusion, inspections, daycare] = await addEntries(june, ['Minutes', 'Exclusion of the public', 'Ofsted inspections', 'Daycare providers']);
    const discussion = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Members considered the reports.' }] }] };
    await ws.call('minutes/updateEntry', { id: exclusion?.id ?? 0, isPublicExcluded: true });
    await ws.call('minutes/updateEntry', { id: inspections?.id ?? 0, agendaItemId: item.id, discussion });

    const attendance = await ws.call('minutes/setAttendance', {
      meetingId: june,
      attendees: [
        { personId: chair.id, status: 'present', isChair: true },
        { personId: member.id, status: 'present', fromMinuteId: minutes?.id ?? 0, toMinuteId: inspections?.id ?? 0 },
        { personId: executive.id, status: 'also_attending', capacity: 'Executive Member for Children’s Services' },
        { personId: coopted.id, status: 'apologies', capacity: 'Primary sector teacher representative' },
      ],
    });
    expect(attendance.present.map((person) => [person.fullName, person.isChair, person.fromReference, person.toReference])).toEqual([
      ['Ada Fenwick', true, null, null],
      ['Tom Judge', false, 'CYP/OSG/18/1', 'CYP/OSG/18/3'],
    ]);

    const first = await ws.call('minutes/addDecision', { minuteEntryId: inspections?.id ?? 0, text: 'To invite the Regional Schools Commissioner.' });
    const second = await ws.call('minutes/addDecision', { minuteEntryId: inspections?.id ?? 0, text: 'To write to North Ridge High School.' });
    await ws.call('followUps/create', { decisionId: second.id, description: 'Send the letter of congratulation', dueDate: '2018-07-31' });

    const got = await ws.call('minutes/get', { meetingId: june });
    expect(got).toMatchObject({ meetingDate: '2018-06-26', status: 'held', committeeName: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    expect(got.attendance.alsoAttending).toMatchObject([{ honorific: 'Councillor', fullName: 'Gina Bridges', capacity: 'Executive Member for Children’s Services' }]);
    expect(got.attendance.apologies.map((person) => person.fullName)).toEqual(['Rob Lammas']);
    expect(got.attendance.absent).toEqual([]);
    expect(got.entries.map((entry) => [entry.reference, entry.heading, entry.isPublicExcluded])).toEqual([
      ['CYP/OSG/18/1', 'Minutes', false],
      ['CYP/OSG/18/2', 'Exclusion of the public', true],
      ['CYP/OSG/18/3', 'Ofsted inspections', false],
      ['CYP/OSG/18/4', 'Daycare providers', false],
    ]);
    const third = got.entries[2];
    expect(third).toMatchObject({ agendaItemId: item.id, discussion });
    expect(third?.decisions.map((decision) => [decision.id, decision.position, decision.followUps.map((followUp) => followUp.description)])).toEqual([
      [first.id, 1, []],
      [second.id, 2, ['Send the letter of congratulation']],
    ]);
    expect(got.entries[3]?.decisions).toEqual([]);
    expect(daycare?.discussion).toEqual({ type: 'doc', content: [] });
  });

  it('numbers decisions by position: add, change, reorder and delete', async () => {
    const meetingId = await heldMeeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2018-06-26');
    const [entry] = await addEntries(meetingId, ['Daycare providers']);
    const minuteEntryId = entry?.id ?? 0;
    const texts = ['To write to the three settings.', 'To arrange a visit.', 'To note the report.'];
    const decisions = [];
    for (const text of texts) decisions.push(await ws.call('minutes/addDecision', { minuteEntryId, text }));
    expect(decisions.map((decision) => decision.position)).toEqual([1, 2, 3]);
    const [write, visit, note] = decisions.map((decision) => decision.id);

    expect(await ws.call('minutes/updateDecision', { id: visit ?? 0, text: 'To arrange a visit to one setting.' })).toMatchObject({ position: 2, text: 'To arrange a visit to one setting.' });
    const reordered = await ws.call('minutes/reorderDecisions', { minuteEntryId, ids: [note ?? 0, write ?? 0, visit ?? 0] });
    expect(reordered.map((decision) => [decision.position, decision.text])).toEqual([
      [1, 'To note the report.'],
      [2, 'To write to the three settings.'],
      [3, 'To arrange a visit to one setting.'],
    ]);
    await ws.call('minutes/deleteDecision', { id: note ?? 0 });
    const left = (await ws.call('minutes/get', { meetingId })).entries[0]?.decisions ?? [];
    expect(left.map((decision) => [decision.position, decision.id])).toEqual([[1, write], [2, visit]]);
  });

  it('checks attendance: known people, each once, one chair, and a partial attendance running forwards over this meeting’s minutes', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const october = await heldMeeting(osg, '2018-10-02');
    const [a, b] = await addEntries(june, ['Minutes', 'Action plan']);
    const [elsewhere] = await addEntries(october, ['Minutes']);
    const ada = await ws.call('people/create', { fullName: 'Ada Fenwick' });
    const tom = await ws.call('people/create', { fullName: 'Tom Judge' });
    await ws.call('minutes/setAttendance', { meetingId: june, attendees: [{ personId: ada.id, status: 'present' }] });
    const before = ws.snapshot();

    const cases: [unknown[], RegExp][] = [
      [[{ personId: ada.id, status: 'present' }, { personId: ada.id, status: 'apologies' }], /attendees\.1\.personId: .*more than once/],
      [[{ personId: ada.id, status: 'present', isChair: true }, { personId: tom.id, status: 'present', isChair: true }], /attendees\.1\.isChair: only one/],
      [[{ personId: ada.id, status: 'apologies', isChair: true }], /attendees\.0\.isChair: only someone present/],
      [[{ personId: 999, status: 'present' }], /attendees\.0\.personId: there is no person with id 999/],
      [[{ personId: ada.id, status: 'present' }, { personId: tom.id, status: 'present', fromMinuteId: elsewhere?.id }], /attendees\.1\.fromMinuteId: .*not one of this meeting/],
      [[{ personId: tom.id, status: 'present', fromMinuteId: b?.id, toMinuteId: a?.id }], /attendees\.0\.toMinuteId: .*CYP\/OSG\/18\/1.*before.*CYP\/OSG\/18\/2/],
      [[{ personId: tom.id, status: 'apologies', toMinuteId: a?.id }], /attendees\.0\.fromMinuteId: only someone present/],
      [[{ personId: tom.id, status: 'late' }], /attendees\.0\.status/],
    ];
    for (const [attendees, message] of cases) {
      const result = await ws.attempt('minutes/setAttendance', { meetingId: june, attendees });
      expect(result.ok, JSON.stringify(attendees)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);

    // A one-sided range is allowed: present from minute 2 onwards.
    const set = await ws.call('minutes/setAttendance', { meetingId: june, attendees: [{ personId: tom.id, status: 'present', fromMinuteId: b?.id ?? 0 }] });
    expect(set.present).toMatchObject([{ fullName: 'Tom Judge', fromReference: 'CYP/OSG/18/2', toReference: null }]);
  });

  it('keeps partial attendance meaningful when minutes are deleted or reordered', async () => {
    const june = await heldMeeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2018-06-26');
    const [a, b, c] = await addEntries(june, ['Minutes', 'Action plan', 'Daycare providers']);
    const tom = await ws.call('people/create', { fullName: 'Tom Judge' });
    await ws.call('minutes/setAttendance', { meetingId: june, attendees: [{ personId: tom.id, status: 'present', fromMinuteId: a?.id ?? 0, toMinuteId: b?.id ?? 0 }] });
    const before = ws.snapshot();

    const deleting = await ws.attempt('minutes/deleteEntry', { id: b?.id });
    expect(deleting).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!deleting.ok) expect(deleting.error.message).toMatch(/Tom Judge.*CYP\/OSG\/18\/2/);
    const reversing = await ws.attempt('minutes/reorderEntries', { meetingId: june, ids: [b?.id, a?.id, c?.id] });
    expect(reversing).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(ws.snapshot()).toBe(before);

    // A minute outside the range can go; the range keeps its references.
    await ws.call('minutes/deleteEntry', { id: c?.id ?? 0 });
    expect((await ws.call('minutes/get', { meetingId: june })).attendance.present[0]).toMatchObject({ fromReference: 'CYP/OSG/18/1', toReference: 'CYP/OSG/18/2' });
  });

  it('links a minute only to an agenda item of the same meeting', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2018-06-26');
    const october = await heldMeeting(osg, '2018-10-02');
    const other = await ws.call('agendaItems/create', { meetingId: october, title: 'Daycare providers' });
    const before = ws.snapshot();
    const result = await ws.attempt('minutes/addEntry', { meetingId: june, heading: 'Daycare providers', agendaItemId: other.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/agendaItemId: .*another meeting/);
    expect(ws.snapshot()).toBe(before);
  });

  it('records every write in the audit trail', async () => {
    const june = await heldMeeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2018-06-26');
    const ada = await ws.call('people/create', { fullName: 'Ada Fenwick' });
    const db = ws.ctx.workspace.current().db;
    const start = db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;

    const entry = await ws.call('minutes/addEntry', { meetingId: june, heading: 'Minutes' });
    await ws.call('minutes/updateEntry', { id: entry.id, heading: 'Minutes of the last meeting' });
    await ws.call('minutes/setAttendance', { meetingId: june, attendees: [{ personId: ada.id, status: 'present', isChair: true }] });
    const decision = await ws.call('minutes/addDecision', { minuteEntryId: entry.id, text: 'To approve the minutes as a correct record.' });
    const followUp = await ws.call('followUps/create', { decisionId: decision.id, description: 'Publish the minutes' });
    await ws.call('minutes/deleteEntry', { id: entry.id });

    const trail = db.prepare('SELECT action, entity, entity_id, summary FROM audit_log WHERE id > ? ORDER BY id').raw().all(start);
    expect(trail).toEqual([
      ['create', 'minute_entry', entry.id, 'CYP/OSG/18/1 Minutes'],
      ['update', 'minute_entry', entry.id, 'CYP/OSG/18/1 Minutes of the last meeting'],
      ['update', 'attendance', june, 'Attendance at the Ofsted Subgroup meeting of 26 June 2018: 1 present, 0 apologies, 0 also attending, 0 absent'],
      ['create', 'decision', decision.id, 'CYP/OSG/18/1 decision 1: To approve the minutes as a correct record.'],
      ['create', 'follow_up', followUp.id, 'Publish the minutes'],
      ['delete', 'minute_entry', entry.id, 'CYP/OSG/18/1 Minutes of the last meeting'],
    ]);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const june = await heldMeeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2018-06-26');
    const [entry] = await addEntries(june, ['Minutes']);
    const entryId = entry?.id ?? 0;
    const decision = await ws.call('minutes/addDecision', { minuteEntryId: entryId, text: 'To approve the minutes.' });
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['minutes/addEntry', { meetingId: june }, /heading/],
      ['minutes/addEntry', { meetingId: june, heading: '   ' }, /heading/],
      ['minutes/addEntry', { meetingId: 'june', heading: 'Minutes' }, /meetingId/],
      ['minutes/addEntry', { meetingId: 999, heading: 'Minutes' }, /no meeting with id 999/],
      ['minutes/addEntry', { meetingId: june, heading: 'x'.repeat(301) }, /300 characters/],
      ['minutes/addEntry', { meetingId: june, heading: 'Minutes', agendaItemId: 999 }, /agendaItemId: there is no agenda item with id 999/],
      ['minutes/addEntry', { meetingId: june, heading: 'Minutes', discussion: '<p>html</p>' }, /discussion/],
      ['minutes/addEntry', { meetingId: june, heading: 'Minutes', reference: 'CYP/OSG/18/9' }, /reference|Unrecognized/i],
      ['minutes/updateEntry', { id: 999, heading: 'Nothing' }, /no minute entry with id 999/],
      ['minutes/reorderEntries', { meetingId: june, ids: [entryId, 999] }, /changed since it was shown/],
      ['minutes/reorderEntries', { meetingId: june, ids: [] }, /ids/],
      ['minutes/deleteEntry', { id: 999 }, /no minute entry with id 999/],
      ['minutes/addDecision', { minuteEntryId: entryId, text: '' }, /text/],
      ['minutes/addDecision', { minuteEntryId: 999, text: 'To note.' }, /no minute entry with id 999/],
      ['minutes/updateDecision', { id: decision.id }, /text/],
      ['minutes/reorderDecisions', { minuteEntryId: entryId, ids: [decision.id, decision.id] }, /changed since it was shown/],
      ['minutes/deleteDecision', { id: 999 }, /no decision with id 999/],
      ['minutes/setAttendance', { meetingId: june, attendees: [{ personId: 1 }] }, /attendees\.0\.status/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 100)}`).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
