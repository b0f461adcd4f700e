import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { minutesFixtures } from './fixtures';

// The test clock reads 22 November 2026.
let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('minutes-attendance'); });
afterEach(() => { ws.close(); });
const { committee, heldMeeting, addEntries, refusal } = minutesFixtures(() => ws);

async function person(honorific: string, fullName: string, jobTitle = ''): Promise<number> {
  return (await ws.call('people/create', { honorific, fullName, jobTitle })).id;
}

describe('attendance', () => {
  it('keeps partial attendance over a range of this meeting’s minutes, by reference, as the minutes are renumbered', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const june = await heldMeeting(osg, '2026-06-24');
    const october = await heldMeeting(osg, '2026-10-06');
    await addEntries(june, ['Minutes']);
    const entries = await addEntries(october, ['Apologies', 'Minutes', 'Ofsted inspections', 'Daycare providers', 'Work programme']);
    const [, second, , fourth] = entries;
    const chair = await person('Councillor', 'Ada Fenwick');
    const member = await person('Councillor', 'Tom Judge');
    const late = await person('Mr', 'Rob Lammas');

    const attendance = await ws.call('minutes/setAttendance', {
      meetingId: october,
      attendees: [
        { personId: chair, status: 'present', isChair: true },
        { personId: member, status: 'present', fromMinuteId: second?.id ?? 0, toMinuteId: fourth?.id ?? 0 },
        { personId: late, status: 'also_attending', capacity: 'Diocesan representative', fromMinuteId: fourth?.id ?? 0 },
      ],
    });
    expect(attendance.present.map((attendee) => [attendee.fullName, attendee.isChair, attendee.fromReference, attendee.toReference])).toEqual([
      ['Ada Fenwick', true, null, null],
      ['Tom Judge', false, 'CYP/OSG/26/3', 'CYP/OSG/26/5'],
    ]);
    expect(attendance.alsoAttending).toMatchObject([{ fullName: 'Rob Lammas', fromReference: 'CYP/OSG/26/5', toReference: null }]);

    // A minute added to June moves October's references; the range follows its minutes, not its numbers.
    await ws.call('minutes/addEntry', { meetingId: june, heading: 'Work programme' });
    const after = await ws.call('minutes/get', { meetingId: october });
    expect(after.attendance.present[1]).toMatchObject({ fromReference: 'CYP/OSG/26/4', toReference: 'CYP/OSG/26/6' });
  });

  it('fills from the membership of the meeting’s municipal year: members present, the chair in the Chair, others also attending', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    // 12 May 2026 is in 2026/27 (the year starts in May); the 2025/26 members must not appear.
    const may = await heldMeeting(osg, '2026-05-12');
    const chair = await person('Councillor', 'Ada Fenwick');
    const member = await person('Councillor', 'Tom Judge');
    const coopted = await person('Mr', 'Rob Lammas');
    const executive = await person('Councillor', 'Gina Bridges');
    const director = await person('', 'Ruth Calloway', 'Strategic Director of Children and Families');
    const formerMember = await person('Councillor', 'Owen Price');
    const add = (personId: number, role: string, municipalYear = 2026, capacity?: string) =>
      ws.call('memberships/add', { committeeId: osg, personId, municipalYear, role: role as 'member', ...(capacity ? { capacity } : {}) });
    await add(formerMember, 'member', 2025);
    await add(member, 'member');
    await add(chair, 'chair');
    await add(coopted, 'co_opted_member', 2026, 'Diocesan representative');
    await add(executive, 'lead_executive_member', 2026, 'Executive Member for Children and Families');
    await add(director, 'strategic_director');
    // Already recorded: the chair sent apologies, so the vice-chair will be in the Chair; that stays.
    await ws.call('minutes/setAttendance', { meetingId: may, attendees: [{ personId: chair, status: 'apologies' }] });

    const filled = await ws.call('minutes/attendanceFromMembership', { meetingId: may });
    expect(filled.added).toBe(4);
    const line = (attendee: { fullName: string; capacity: string; isChair: boolean }) => `${attendee.fullName}|${attendee.capacity}|${attendee.isChair ? 'chair' : ''}`;
    expect(filled.attendance.present.map(line)).toEqual(['Tom Judge||', 'Rob Lammas|Diocesan representative|']);
    expect(filled.attendance.apologies.map(line)).toEqual(['Ada Fenwick||']);
    expect(filled.attendance.alsoAttending.map(line)).toEqual([
      'Gina Bridges|Executive Member for Children and Families|',
      'Ruth Calloway|Strategic Director of Children and Families|',
    ]);

    // Twice is the same as once.
    const before = ws.snapshot();
    expect((await ws.call('minutes/attendanceFromMembership', { meetingId: may })).added).toBe(0);
    expect(ws.snapshot()).toBe(before);
  });

  it('puts the chair in the Chair when nobody is yet', async () => {
    const osg = await committee('Ofsted Subgroup', 'CYP/OSG');
    const october = await heldMeeting(osg, '2026-10-06');
    const chair = await person('Councillor', 'Ada Fenwick');
    await ws.call('memberships/add', { committeeId: osg, personId: chair, municipalYear: 2026, role: 'chair' });
    const filled = await ws.call('minutes/attendanceFromMembership', { meetingId: october });
    expect(filled.attendance.present).toMatchObject([{ fullName: 'Ada Fenwick', isChair: true }]);
  });

  it('says what to do when the year has no membership, and writes nothing', async () => {
    const october = await heldMeeting(await committee('Ofsted Subgroup', 'CYP/OSG'), '2026-10-06');
    const before = ws.snapshot();
    expect(await refusal('minutes/attendanceFromMembership', { meetingId: october })).toBe(
      'The Ofsted Subgroup has no membership recorded for 2026/27, the municipal year of this meeting. Add the year’s members on the committee’s page (or copy last year’s), or add people to the attendance one by one.',
    );
    expect(ws.snapshot()).toBe(before);
  });
});
