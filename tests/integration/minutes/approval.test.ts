import { afterEach, describe, expect, it } from 'vitest';
import { renumberAllMinutes } from '../../../electron/core/services/minutes';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { minutesFixtures } from './fixtures';

let ws: TestWorkspace;
afterEach(() => { ws.close(); });
const { committee, meeting, heldMeeting, addEntries, references, refusal } = minutesFixtures(() => ws);

/** A workspace whose clock reads the given day, 10.00 am. */
async function workspaceOn(day: string): Promise<void> {
  ws = await openTestWorkspace('minutes-approval', () => new Date(`${day}T10:00:00Z`));
}

const LOCKED = 'The minutes of the Ofsted Subgroup meeting of 24 June 2026 were approved as a correct record at the meeting of 1 December 2026, so they cannot be changed.';

describe('approving minutes', () => {
  it('is done by a later meeting of the same committee that has taken place, and refused otherwise with the reason, writing nothing', async () => {
    await workspaceOn('2026-11-22');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const march = await heldMeeting(osg, '2026-03-17');
    const june = await heldMeeting(osg, '2026-06-24');
    const september = await heldMeeting(osg, '2026-09-15');
    const [minute] = await addEntries(june, ['Minutes', 'Ofsted inspections']);
    const cancelled = await meeting(osg, '2026-10-06');
    await ws.call('meetings/cancel', { id: cancelled });
    const december = await meeting(osg, '2026-12-01');
    await ws.call('meetings/setStatus', { id: december, status: 'issued' });
    const notHeld = await meeting(osg, '2026-11-03');
    const otherCommittee = await heldMeeting(await committee('Children’s Scrutiny Committee', 'CYP'), '2026-07-21');
    const before = ws.snapshot();

    const cases: [unknown, RegExp][] = [
      [{ meetingId: june, approvingMeetingId: june }, /approvingMeetingId: a meeting cannot approve its own minutes/],
      [{ meetingId: june, approvingMeetingId: march }, /approvingMeetingId: the meeting of 17 March 2026 is not later than the Ofsted Subgroup meeting of 24 June 2026/],
      [{ meetingId: june, approvingMeetingId: otherCommittee }, /approvingMeetingId: the meeting of 21 July 2026 is a meeting of the Children’s Scrutiny Committee, not the Ofsted Subgroup/],
      [{ meetingId: june, approvingMeetingId: cancelled }, /approvingMeetingId: The meeting of 6 October 2026 was cancelled/],
      [{ meetingId: june, approvingMeetingId: december }, /approvingMeetingId: The meeting of 1 December 2026 has not taken place yet.*Record the approval once it has been held/],
      [{ meetingId: june, approvingMeetingId: 999 }, /approvingMeetingId: there is no meeting with id 999/],
      [{ meetingId: september, approvingMeetingId: notHeld }, /meeting of 15 September 2026 has no minutes yet.*Write its minutes first/],
      [{ meetingId: notHeld, approvingMeetingId: december }, /has not been held yet/],
      [{ meetingId: 999, approvingMeetingId: december }, /no meeting with id 999/],
      [{ meetingId: june, approvingMeetingId: september, recordOnMinuteEntryId: minute?.id }, /recordOnMinuteEntryId: minute CYP\/OSG\/26\/1 is not one of the minutes of the meeting of 15 September 2026/],
      [{ meetingId: june, approvingMeetingId: september, recordOnMinuteEntryId: 999 }, /recordOnMinuteEntryId: there is no minute entry with id 999/],
      [{ meetingId: june }, /approvingMeetingId/],
    ];
    for (const [input, message] of cases) expect(await refusal('minutes/approve', input), JSON.stringify(input)).toMatch(message);
    expect(ws.snapshot()).toBe(before);

    // The choices say the same, meeting by meeting, in date order.
    const choices = await ws.call('minutes/approvingMeetings', { meetingId: june });
    expect(choices.map((choice) => [choice.meetingDate, choice.status, choice.refusal === null ? 'can approve' : choice.refusal])).toEqual([
      ['2026-09-15', 'held', 'can approve'],
      ['2026-10-06', 'cancelled', 'The meeting of 6 October 2026 was cancelled, so it cannot approve minutes.'],
      // Dated before today but never moved on to held: it took place, so it can approve.
      ['2026-11-03', 'draft', 'can approve'],
      ['2026-12-01', 'issued', 'The meeting of 1 December 2026 has not taken place yet, so it cannot have approved these minutes. Record the approval once it has been held.'],
    ]);
  });

  it('keeps the approving meeting on record: it cannot be cancelled or deleted; and minutes in the workspace become minuted only by approval', async () => {
    await workspaceOn('2026-11-22');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const september = await heldMeeting(osg, '2026-09-15');
    const november = await meeting(osg, '2026-11-10');
    await addEntries(june, ['Minutes']);
    await addEntries(september, ['Minutes']);
    expect(await refusal('meetings/setStatus', { id: june, status: 'minuted' })).toMatch(/minutes of the meeting of 24 June 2026 are in the workspace.*Use Approve minutes/);

    await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: november });
    await ws.call('minutes/approve', { meetingId: september, approvingMeetingId: november });
    const before = ws.snapshot();
    expect(await refusal('meetings/cancel', { id: november, note: 'Not quorate' })).toBe(
      'The meeting of 10 November 2026 approved the minutes of the meetings of 24 June 2026 and 15 September 2026, so it took place and cannot be cancelled.',
    );
    expect(await refusal('meetings/delete', { id: november })).toBe(
      'This meeting approved the minutes of the meetings of 24 June 2026 and 15 September 2026, so it is part of the record and cannot be deleted.',
    );
    expect(ws.snapshot()).toBe(before);

    // A meeting whose minutes were kept outside the workspace can still be marked minuted by hand.
    const paperOnly = await heldMeeting(osg, '2026-10-06');
    expect((await ws.call('meetings/setStatus', { id: paperOnly, status: 'minuted' })).status).toBe('minuted');
  });

  it('records the approving meeting and its date, makes the meeting minuted, and audits it, all at once', async () => {
    await workspaceOn('2026-11-22');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const november = await meeting(osg, '2026-11-10');
    await addEntries(june, ['Minutes']);
    const db = ws.ctx.workspace.current().db;
    const start = db.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number;

    const approval = await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: november });
    expect(approval).toEqual({
      approvingMeetingId: november,
      approvingMeetingDate: '2026-11-10',
      approvedOn: '2026-11-10',
      lockReason: 'The minutes of the Ofsted Subgroup meeting of 24 June 2026 were approved as a correct record at the meeting of 10 November 2026, so they cannot be changed.',
    });
    expect(await ws.call('meetings/get', { id: june })).toMatchObject({ status: 'minuted', minutesApprovedMeetingId: november, minutesApprovedOn: '2026-11-10' });
    expect((await ws.call('minutes/get', { meetingId: june })).approval).toEqual(approval);
    expect(db.prepare('SELECT action, entity, entity_id, summary FROM audit_log WHERE id > ?').raw().all(start)).toEqual([
      ['update', 'meeting', june, 'Minutes of the Ofsted Subgroup meeting of 24 June 2026 approved as a correct record at the meeting of 10 November 2026'],
    ]);

    const again = await refusal('minutes/approve', { meetingId: june, approvingMeetingId: november });
    expect(again).toBe('The minutes of the Ofsted Subgroup meeting of 24 June 2026 were already approved as a correct record at the meeting of 10 November 2026.');
  });

  it('adds the approving meeting’s decision when asked, once, in the same transaction', async () => {
    await workspaceOn('2026-12-02');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const december = await heldMeeting(osg, '2026-12-01');
    await addEntries(june, ['Apologies', 'Ofsted inspections']);
    const [, minutesItem] = await addEntries(december, ['Apologies', 'Minutes']);
    await ws.call('minutes/addDecision', { minuteEntryId: minutesItem?.id ?? 0, text: 'To note a correction to minute CYP/OSG/26/2.' });

    const shown = await ws.call('minutes/get', { meetingId: december });
    expect(shown.previousMinutes).toEqual({ meetingId: june, meetingDate: '2026-06-24', approval: null });

    await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: december, recordOnMinuteEntryId: minutesItem?.id ?? 0 });
    const after = await ws.call('minutes/get', { meetingId: december });
    expect(after.entries[1]?.decisions.map((decision) => [decision.position, decision.text])).toEqual([
      [1, 'To note a correction to minute CYP/OSG/26/2.'],
      [2, 'To approve as a correct record the minutes of the meeting held on 24 June 2026.'],
    ]);
    expect(after.previousMinutes?.approval).toMatchObject({ approvingMeetingId: december, lockReason: LOCKED });
    expect(after.approval).toBeNull();
  });

  it('is refused in full when the approving meeting’s own minutes are locked: the approval is not recorded either', async () => {
    await workspaceOn('2027-03-01');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const december = await heldMeeting(osg, '2026-12-01');
    const february = await heldMeeting(osg, '2027-02-02');
    await addEntries(june, ['Minutes']);
    const [decemberMinute] = await addEntries(december, ['Minutes']);
    await ws.call('minutes/approve', { meetingId: december, approvingMeetingId: february });
    const before = ws.snapshot();
    expect(await refusal('minutes/approve', { meetingId: june, approvingMeetingId: december, recordOnMinuteEntryId: decemberMinute?.id ?? 0 })).toMatch(
      /The minutes of the Ofsted Subgroup meeting of 1 December 2026 were approved .* at the meeting of 2 February 2027, so they cannot be changed/,
    );
    expect(ws.snapshot()).toBe(before);
  });
});

describe('approved minutes', () => {
  it('refuse every change, entries, attendance and decisions alike, with the reason, and nothing is written', async () => {
    await workspaceOn('2026-12-02');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const december = await heldMeeting(osg, '2026-12-01');
    await ws.call('agendaItems/create', { meetingId: june, title: 'Any other business', kind: 'other' });
    const [first, second] = await addEntries(june, ['Minutes', 'Ofsted inspections']);
    const decision = await ws.call('minutes/addDecision', { minuteEntryId: second?.id ?? 0, text: 'To note the report.' });
    const other = await ws.call('minutes/addDecision', { minuteEntryId: second?.id ?? 0, text: 'To write to the school.' });
    const chair = await ws.call('people/create', { honorific: 'Councillor', fullName: 'Ada Fenwick' });
    await ws.call('memberships/add', { committeeId: osg, personId: chair.id, municipalYear: 2026, role: 'chair' });
    await ws.call('minutes/setAttendance', { meetingId: june, attendees: [{ personId: chair.id, status: 'present', isChair: true }] });
    await ws.call('minutes/approve', { meetingId: june, approvingMeetingId: december });
    const before = ws.snapshot();

    const firstId = first?.id ?? 0;
    const secondId = second?.id ?? 0;
    const writes: [string, unknown][] = [
      ['minutes/addEntry', { meetingId: june, heading: 'Late item' }],
      ['minutes/updateEntry', { id: secondId, heading: 'Ofsted inspections of schools' }],
      ['minutes/updateEntry', { id: secondId, discussion: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Changed.' }] }] } }],
      ['minutes/updateEntry', { id: firstId, isPublicExcluded: true }],
      ['minutes/reorderEntries', { meetingId: june, ids: [secondId, firstId] }],
      ['minutes/deleteEntry', { id: firstId }],
      ['minutes/startFromAgenda', { meetingId: june }],
      ['minutes/setAttendance', { meetingId: june, attendees: [] }],
      ['minutes/attendanceFromMembership', { meetingId: june }],
      ['minutes/addDecision', { minuteEntryId: secondId, text: 'To visit the school.' }],
      ['minutes/updateDecision', { id: decision.id, text: 'To note the report with thanks.' }],
      ['minutes/reorderDecisions', { minuteEntryId: secondId, ids: [other.id, decision.id] }],
      ['minutes/deleteDecision', { id: decision.id }],
    ];
    for (const [method, input] of writes) expect(await refusal(method, input), method).toBe(LOCKED);
    expect(ws.snapshot()).toBe(before);

    // Reading is still fine, and says why the minutes are locked.
    expect((await ws.call('minutes/get', { meetingId: june })).approval?.lockReason).toBe(LOCKED);
  });

  it('keep their references whatever happens to the minutes around them', async () => {
    await workspaceOn('2026-12-02');
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const july = await heldMeeting(osg, '2026-07-14');
    const december = await heldMeeting(osg, '2026-12-01');
    await addEntries(june, ['Minutes']);
    await addEntries(july, ['Apologies', 'Minutes', 'Improvement plan']);
    await addEntries(december, ['Apologies']);
    await ws.call('minutes/approve', { meetingId: july, approvingMeetingId: december });
    const approved = ['CYP/OSG/26/2', 'CYP/OSG/26/3', 'CYP/OSG/26/4'];
    expect(await references(july)).toEqual(approved);

    // Minutes added to the earlier, unapproved meeting no longer fit below July's: June takes the next free block.
    const added = await ws.call('minutes/addEntry', { meetingId: june, heading: 'Work programme' });
    expect(await references(july)).toEqual(approved);
    expect(await references(june)).toEqual(['CYP/OSG/26/5', 'CYP/OSG/26/6']);
    expect(await references(december)).toEqual(['CYP/OSG/26/7']);
    expect(added.reference).toBe('CYP/OSG/26/6');

    // Deleting and reordering around them moves only unapproved references.
    await ws.call('minutes/deleteEntry', { id: added.id });
    expect(await references(june)).toEqual(['CYP/OSG/26/1']);
    expect(await references(july)).toEqual(approved);
    expect(await references(december)).toEqual(['CYP/OSG/26/5']);

    // A new numbering rule renumbers everything but the approved minutes.
    await ws.call('settings/update', { minuteNumbering: 'calendar_year', municipalYearStartMonth: 9 });
    const service = { db: ws.ctx.workspace.current().db, now: ws.ctx.now };
    renumberAllMinutes(service);
    expect(await references(july)).toEqual(approved);
    // By the calendar year June and December are both in 2026, around July's numbers.
    expect([...(await references(june)), ...(await references(december))]).toEqual(['CYP/OSG/26/1', 'CYP/OSG/26/5']);
    // By a municipal year starting in September, June 2026 falls in 2025/26 and starts it.
    await ws.call('settings/update', { minuteNumbering: 'municipal_year' });
    renumberAllMinutes(service);
    expect(await references(june)).toEqual(['CYP/OSG/25/1']);
    expect(await references(july)).toEqual(approved);
    expect(await references(december)).toEqual(['CYP/OSG/26/5']);
  });
});
