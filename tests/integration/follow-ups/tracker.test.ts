// The recommendations and actions tracker through the API on a real
// workspace: what each listed follow-up carries, overdue by a fixed clock,
// closing and reopening, and refusals that write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

// The test clock reads 22 November 2026, 10.00 am.
let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('follow-up-tracker'); });
afterEach(() => { ws.close(); });

async function heldMeeting(committeeId: number, meetingDate: string): Promise<number> {
  const meeting = await ws.call('meetings/create', { committeeId, meetingDate, startTime: '10:00' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'issued' });
  await ws.call('meetings/setStatus', { id: meeting.id, status: 'held' });
  return meeting.id;
}

/** A committee with a held October meeting: a public minute and a private one, each with a decision. */
async function committeeWithMinutes() {
  const committeeId = (await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' })).id;
  const meetingId = await heldMeeting(committeeId, '2026-10-06');
  const publicEntry = await ws.call('minutes/addEntry', { meetingId, heading: 'Children missing education' });
  const publicDecision = await ws.call('minutes/addDecision', { minuteEntryId: publicEntry.id, text: 'That the Head of Inclusion report back on the register.' });
  const privateEntry = await ws.call('minutes/addEntry', { meetingId, heading: 'Residential provider contract', isPublicExcluded: true });
  const privateDecision = await ws.call('minutes/addDecision', { minuteEntryId: privateEntry.id, text: 'That the contract with the provider be reviewed.' });
  const next = await ws.call('meetings/create', { committeeId, meetingDate: '2026-12-08', startTime: '10:00' });
  return { committeeId, meetingId, nextMeetingId: next.id, publicDecision, privateDecision };
}

describe('the tracker’s listing', () => {
  it('carries the minute, decision, meeting, privacy, owner, dates, status and reported meeting of each follow-up', async () => {
    const { committeeId, meetingId, nextMeetingId, publicDecision, privateDecision } = await committeeWithMinutes();
    const officer = await ws.call('people/create', { honorific: 'Ms', fullName: 'Aisha Rahman' });
    await ws.call('followUps/create', { decisionId: publicDecision.id, description: 'Circulate the register', ownerPersonId: officer.id, dueDate: '2026-11-10' });
    const privateOne = await ws.call('followUps/create', { decisionId: privateDecision.id, description: 'Obtain legal advice on the break clause', owner: 'Head of Legal Services', dueDate: '2026-12-31' });
    await ws.call('followUps/update', { id: privateOne.id, reportedMeetingId: nextMeetingId, notes: 'Instructed on 2 November.' });

    const listed = await ws.call('followUps/list', { committeeId });
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatchObject({
      description: 'Circulate the register',
      ownerName: 'Ms Aisha Rahman',
      ownerPersonId: officer.id,
      dueDate: '2026-11-10',
      status: 'open',
      completedOn: null,
      isOverdue: true,
      daysOverdue: 12,
      decisionText: 'That the Head of Inclusion report back on the register.',
      decisionNumber: 1,
      minuteReference: 'CYP/OSG/26/1',
      minuteHeading: 'Children missing education',
      isMinutePublicExcluded: false,
      meetingId,
      meetingDate: '2026-10-06',
      reportedMeetingId: null,
      reportedMeetingDate: null,
      notes: '',
    });
    expect(listed[1]).toMatchObject({
      description: 'Obtain legal advice on the break clause',
      ownerName: 'Head of Legal Services',
      ownerPersonId: null,
      isOverdue: false,
      daysOverdue: 0,
      minuteReference: 'CYP/OSG/26/2',
      minuteHeading: 'Residential provider contract',
      isMinutePublicExcluded: true,
      reportedMeetingId: nextMeetingId,
      reportedMeetingDate: '2026-12-08',
      notes: 'Instructed on 2 November.',
    });
  });

  it('counts overdue to the clock’s day: due yesterday is one day late, due today is not late', async () => {
    const { publicDecision } = await committeeWithMinutes();
    for (const [description, dueDate] of [['Due today', '2026-11-22'], ['Due yesterday', '2026-11-21'], ['Due last year', '2025-11-22']] as const) {
      await ws.call('followUps/create', { decisionId: publicDecision.id, description, dueDate });
    }
    const listed = await ws.call('followUps/list', { status: 'open' });
    expect(listed.map((followUp) => [followUp.description, followUp.isOverdue, followUp.daysOverdue])).toEqual([
      ['Due last year', true, 365],
      ['Due yesterday', true, 1],
      ['Due today', false, 0],
    ]);
    // The dashboard uses the same rule: exactly the overdue ones, nothing due today.
    const summary = await ws.call('dashboard/summary', {});
    expect(summary.overdueFollowUps.map((followUp) => followUp.description)).toEqual(['Due last year', 'Due yesterday']);
  });
});

describe('closing and reopening', () => {
  it('records today when a follow-up is done or dropped, keeps a date given, and forgets it when reopened', async () => {
    const { publicDecision } = await committeeWithMinutes();
    const followUp = await ws.call('followUps/create', { decisionId: publicDecision.id, description: 'Circulate the register', dueDate: '2026-11-01' });

    expect(await ws.call('followUps/update', { id: followUp.id, status: 'done', notes: 'Sent to members on 20 November.' })).toMatchObject({
      status: 'done', completedOn: '2026-11-22', isOverdue: false, daysOverdue: 0, notes: 'Sent to members on 20 November.',
    });
    expect(await ws.call('followUps/update', { id: followUp.id, status: 'open' })).toMatchObject({ status: 'open', completedOn: null, isOverdue: true, daysOverdue: 21 });
    expect(await ws.call('followUps/update', { id: followUp.id, status: 'dropped', notes: 'Overtaken by the new register.' })).toMatchObject({ status: 'dropped', completedOn: '2026-11-22' });
    expect(await ws.call('followUps/update', { id: followUp.id, status: 'open' })).toMatchObject({ completedOn: null });
    expect(await ws.call('followUps/update', { id: followUp.id, status: 'dropped', completedOn: '2026-11-05' })).toMatchObject({ completedOn: '2026-11-05' });
  });

  it('refuses a completion date after today, a date on an open follow-up and a meeting of another committee, writing nothing', async () => {
    const { publicDecision } = await committeeWithMinutes();
    const other = (await ws.call('committees/create', { name: 'Corporate Scrutiny Committee', minutePrefix: 'CSC' })).id;
    const otherMeeting = await ws.call('meetings/create', { committeeId: other, meetingDate: '2026-12-10' });
    const followUp = await ws.call('followUps/create', { decisionId: publicDecision.id, description: 'Circulate the register' });
    const before = ws.snapshot();
    const cases: [unknown, RegExp][] = [
      [{ id: followUp.id, status: 'done', completedOn: '2026-11-23' }, /completedOn: 23 November 2026 is after today/],
      [{ id: followUp.id, status: 'dropped', completedOn: '2027-01-01', notes: 'Not needed.' }, /completedOn: 1 January 2027 is after today/],
      [{ id: followUp.id, completedOn: '2026-11-01' }, /completedOn: an open follow-up has no completion date/],
      [{ id: followUp.id, reportedMeetingId: otherMeeting.id }, /reportedMeetingId: .*another committee/],
      [{ id: followUp.id, status: 'closed' }, /status/],
      [{ id: followUp.id, dueDate: '2026-13-01' }, /dueDate/],
      [{ id: followUp.id, description: '   ' }, /description/],
    ];
    for (const [input, message] of cases) {
      const result = await ws.attempt('followUps/update', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
