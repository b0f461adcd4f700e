import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

// The test clock reads 22 November 2026, 10.00 am.
let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('follow-ups'); });
afterEach(() => { ws.close(); });

async function heldMeeting(committeeId: number, meetingDate: string): Promise<number> {
  const meeting = await ws.call('meetings/create', { committeeId, meetingDate, startTime: '10:00' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'issued' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'held' });
  return meeting.id;
}

/** A committee with a held meeting, one minute and one decision. */
async function decisionOf(name: string, minutePrefix: string, meetingDate: string, text: string) {
  const committeeId = (await ws.call('committees/create', { name, minutePrefix })).id;
  const meetingId = await heldMeeting(committeeId, meetingDate);
  const entry = await ws.call('minutes/addEntry', { meetingId, heading: 'Ofsted inspections' });
  const decision = await ws.call('minutes/addDecision', { minuteEntryId: entry.id, text });
  return { committeeId, meetingId, entry, decision };
}

describe('follow-ups', () => {
  it('lists follow-ups across committees by due date, undated last, with where they came from and whether they are overdue', async () => {
    const osg = await decisionOf('Ofsted Subgroup', 'CYP/OSG', '2026-10-06', 'To write to North Ridge High School.');
    const cyp = await decisionOf('Children and Young People Scrutiny Committee', 'CYP', '2026-10-13', 'To invite the Regional Schools Commissioner.');
    const officer = await ws.call('people/create', { honorific: 'Mrs', fullName: 'Amira Shah' });

    const late = await ws.call('followUps/create', { decisionId: osg.decision.id, description: 'Send the letter', ownerPersonId: officer.id, dueDate: '2026-11-01' });
    await ws.call('followUps/create', { decisionId: cyp.decision.id, description: 'Agree a date with the Commissioner', owner: 'Scrutiny Support Officer' });
    await ws.call('followUps/create', { decisionId: cyp.decision.id, description: 'Send the invitation', dueDate: '2026-11-22' });
    await ws.call('followUps/create', { decisionId: osg.decision.id, description: 'Arrange a visit', dueDate: '2027-01-15' });

    const all = await ws.call('followUps/list', {});
    expect(all.map((followUp) => [followUp.description, followUp.dueDate, followUp.isOverdue])).toEqual([
      ['Send the letter', '2026-11-01', true],
      ['Send the invitation', '2026-11-22', false],
      ['Arrange a visit', '2027-01-15', false],
      ['Agree a date with the Commissioner', null, false],
    ]);
    expect(late).toMatchObject({
      ownerName: 'Mrs Amira Shah',
      status: 'open',
      completedOn: null,
      decisionText: 'To write to North Ridge High School.',
      decisionNumber: 1,
      minuteReference: 'CYP/OSG/26/1',
      minuteHeading: 'Ofsted inspections',
      meetingId: osg.meetingId,
      meetingDate: '2026-10-06',
      committeeId: osg.committeeId,
      committeeName: 'Ofsted Subgroup',
      isOverdue: true,
    });
    expect(all[3]?.ownerName).toBe('Scrutiny Support Officer');

    const ofCommittee = await ws.call('followUps/list', { committeeId: cyp.committeeId });
    expect(ofCommittee.map((followUp) => followUp.description)).toEqual(['Send the invitation', 'Agree a date with the Commissioner']);
    const ofMeeting = await ws.call('followUps/list', { meetingId: osg.meetingId });
    expect(ofMeeting.map((followUp) => followUp.description)).toEqual(['Send the letter', 'Arrange a visit']);

    await ws.call('followUps/update', { id: late.id, status: 'done' });
    expect((await ws.call('followUps/list', { status: 'open' })).map((followUp) => followUp.description)).not.toContain('Send the letter');
    expect((await ws.call('followUps/list', { status: 'done' })).map((followUp) => followUp.description)).toEqual(['Send the letter']);
  });

  it('records today as the completion date when marked done, keeps a date given, and clears it when reopened', async () => {
    const { decision } = await decisionOf('Ofsted Subgroup', 'CYP/OSG', '2026-10-06', 'To write to the school.');
    const followUp = await ws.call('followUps/create', { decisionId: decision.id, description: 'Send the letter', dueDate: '2026-11-01' });

    const done = await ws.call('followUps/update', { id: followUp.id, status: 'done' });
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-11-22', isOverdue: false });
    // Editing a done follow-up keeps its completion date.
    expect(await ws.call('followUps/update', { id: followUp.id, notes: 'Letter sent by email.' })).toMatchObject({ completedOn: '2026-11-22', notes: 'Letter sent by email.' });

    const reopened = await ws.call('followUps/update', { id: followUp.id, status: 'open' });
    expect(reopened).toMatchObject({ status: 'open', completedOn: null, isOverdue: true });

    expect(await ws.call('followUps/update', { id: followUp.id, status: 'done', completedOn: '2026-11-03' })).toMatchObject({ completedOn: '2026-11-03' });
    expect(await ws.call('followUps/update', { id: followUp.id, status: 'dropped' })).toMatchObject({ status: 'dropped', completedOn: '2026-11-03', isOverdue: false });

    const reopening = await ws.attempt('followUps/update', { id: followUp.id, status: 'open', completedOn: '2026-11-04' });
    expect(reopening).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!reopening.ok) expect(reopening.error.message).toMatch(/completedOn/);
  });

  it('is reported back only to a meeting of the committee that raised it', async () => {
    const osg = await decisionOf('Ofsted Subgroup', 'CYP/OSG', '2026-10-06', 'To write to the school.');
    const cyp = await decisionOf('Children and Young People Scrutiny Committee', 'CYP', '2026-10-13', 'To note the report.');
    const nextOsg = (await ws.call('meetings/create', { committeeId: osg.committeeId, meetingDate: '2027-01-12' })).id;
    const followUp = await ws.call('followUps/create', { decisionId: osg.decision.id, description: 'Report back on the visit' });

    expect(await ws.call('followUps/update', { id: followUp.id, reportedMeetingId: nextOsg })).toMatchObject({ reportedMeetingId: nextOsg });
    const before = ws.snapshot();
    const wrong = await ws.attempt('followUps/update', { id: followUp.id, reportedMeetingId: cyp.meetingId });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!wrong.ok) expect(wrong.error.message).toMatch(/reportedMeetingId: .*another committee/);
    expect(ws.snapshot()).toBe(before);
    expect(await ws.call('followUps/update', { id: followUp.id, reportedMeetingId: null })).toMatchObject({ reportedMeetingId: null });
  });

  it('is deleted on its own, or with its decision', async () => {
    const { decision, meetingId } = await decisionOf('Ofsted Subgroup', 'CYP/OSG', '2026-10-06', 'To write to the school.');
    const first = await ws.call('followUps/create', { decisionId: decision.id, description: 'Send the letter' });
    await ws.call('followUps/create', { decisionId: decision.id, description: 'Copy in the ward councillors' });

    expect(await ws.call('followUps/delete', { id: first.id })).toEqual({ id: first.id });
    expect((await ws.call('followUps/list', {})).map((followUp) => followUp.description)).toEqual(['Copy in the ward councillors']);
    expect((await ws.call('minutes/get', { meetingId })).entries[0]?.decisions[0]?.followUps.map((followUp) => followUp.description)).toEqual(['Copy in the ward councillors']);

    await ws.call('minutes/deleteDecision', { id: decision.id });
    expect(await ws.call('followUps/list', {})).toEqual([]);
    const trail = ws.ctx.workspace.current().db.prepare("SELECT action, entity_id FROM audit_log WHERE entity = 'follow_up' ORDER BY id").raw().all();
    expect(trail).toEqual([['create', first.id], ['create', first.id + 1], ['delete', first.id]]);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const { decision } = await decisionOf('Ofsted Subgroup', 'CYP/OSG', '2026-10-06', 'To write to the school.');
    const followUp = await ws.call('followUps/create', { decisionId: decision.id, description: 'Send the letter' });
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['followUps/create', { decisionId: decision.id }, /description/],
      ['followUps/create', { decisionId: decision.id, description: '  ' }, /description/],
      ['followUps/create', { decisionId: 999, description: 'Something' }, /decisionId: there is no decision with id 999/],
      ['followUps/create', { decisionId: decision.id, description: 'Something', ownerPersonId: 999 }, /ownerPersonId: there is no person with id 999/],
      ['followUps/create', { decisionId: decision.id, description: 'Something', dueDate: '2026-02-30' }, /dueDate/],
      ['followUps/create', { decisionId: decision.id, description: 'x'.repeat(2001) }, /2,000 characters/],
      ['followUps/update', { id: followUp.id, status: 'finished' }, /status/],
      ['followUps/update', { id: followUp.id, reportedMeetingId: 999 }, /reportedMeetingId: there is no meeting with id 999/],
      ['followUps/update', { id: 999, notes: 'Nothing' }, /no follow-up with id 999/],
      ['followUps/list', { status: 'late' }, /status/],
      ['followUps/delete', { id: 999 }, /no follow-up with id 999/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input).slice(0, 100)}`).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
