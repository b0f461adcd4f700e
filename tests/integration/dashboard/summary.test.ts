// The home page's summary on the demo workspace (Castlemere), asked for fixed
// days: expectations checked by hand against the demo's meetings, agenda,
// follow-ups and improvement plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDemoWorkspace, type DemoWorkspace } from '../progress-reports/demo-workspace';

let demo: DemoWorkspace;
beforeEach(async () => { demo = await openDemoWorkspace('dashboard'); });
afterEach(() => { demo.close(); });

const summaryOn = (today: string) => demo.call('dashboard/summary', { today });

describe('the dashboard summary', () => {
  it('lists the December meeting, not the minuted July one, with its statutory timetable', async () => {
    const summary = await summaryOn('2026-11-10');
    expect(summary.today).toBe('2026-11-10');
    expect(summary.nextMeetings.map((meeting) => [meeting.meetingId, meeting.committeeName, meeting.meetingDate, meeting.status])).toEqual([
      [demo.ids.december, 'Improvement Subgroup', '2026-12-01', 'issued'],
    ]);
    const [december] = summary.nextMeetings;
    // 11 working days before Tuesday 1 December is Friday 20 November; five clear days back from it is Monday 23 November.
    expect(december?.timetable).toMatchObject({ meetingId: demo.ids.december, reportDeadline: '2026-11-20', agendaPublishBy: '2026-11-23', level: 'ok' });
    expect(december?.timetable.checks.map((check) => check.key)).toEqual(['reportDeadline', 'agendaPublication']);
  });

  it('lists report items without papers, and not the standing items or reports that have them', async () => {
    // The demo agenda: apologies, declarations and exclusion of the public have no papers but need none;
    // "Care leavers’ accommodation" is a report marked to follow with no paper yet.
    const before = await summaryOn('2026-11-10');
    expect(before.nextMeetings[0]?.missingPapers).toEqual([
      { agendaItemId: expect.any(Number) as number, title: 'Care leavers’ accommodation', isToFollow: true, isPastDeadline: false },
    ]);

    const item = await demo.call('agendaItems/create', { meetingId: demo.ids.december, title: 'Youth justice inspection', kind: 'report' });
    const after = await summaryOn('2026-11-23');
    expect(after.nextMeetings[0]?.missingPapers).toEqual([
      { agendaItemId: expect.any(Number) as number, title: 'Care leavers’ accommodation', isToFollow: true, isPastDeadline: true },
      { agendaItemId: item.id, title: 'Youth justice inspection', isToFollow: false, isPastDeadline: true },
    ]);
  });

  it('shows open follow-ups once their due date has passed, by due date, and drops them when done', async () => {
    const followUps = await demo.call('followUps/list', {});
    const letter = followUps.find((followUp) => followUp.description.startsWith('Send the Chair’s letter'));
    const report = followUps.find((followUp) => followUp.description.startsWith('Prepare a report on placement sufficiency'));
    if (!letter || !report) throw new Error('The demo follow-ups have changed.');
    // The letter (due 14 August) is open; the report (due 17 November) is done, so reopen it.
    await demo.call('followUps/update', { id: report.id, status: 'open' });

    expect((await summaryOn('2026-11-17')).overdueFollowUps.map((followUp) => followUp.followUpId)).toEqual([letter.id]);
    const later = await summaryOn('2026-11-18');
    expect(later.overdueFollowUps).toEqual([
      {
        followUpId: letter.id,
        meetingId: demo.ids.july,
        committeeName: 'Improvement Subgroup',
        minuteReference: 'CYP/IMP/26/4',
        description: 'Send the Chair’s letter to the hospital trust chief executive',
        ownerName: 'Ms Aisha Rahman',
        dueDate: '2026-08-14',
      },
      expect.objectContaining({ followUpId: report.id, ownerName: 'Dr Fiona Whitlock', dueDate: '2026-11-17' }),
    ]);

    await demo.call('followUps/update', { id: letter.id, status: 'done' });
    expect((await summaryOn('2026-11-18')).overdueFollowUps.map((followUp) => followUp.followUpId)).toEqual([report.id]);
  });

  it('counts the improvement plan’s overdue actions and lists them by due date', async () => {
    const summary = await summaryOn('2026-11-10');
    expect(summary.overdueActions).toEqual([
      {
        planId: demo.ids.planId,
        planTitle: 'Children’s Services Improvement Plan 2025–2027',
        overdueCount: 3,
        actions: [
          { actionId: expect.any(Number) as number, description: 'Fund a dedicated children in care team within the mental health service', owner: 'Integrated Care Board Commissioner', dueDate: '2026-07-31' },
          { actionId: expect.any(Number) as number, description: 'Open two new council-run children’s homes', owner: 'Fiona Whitlock', dueDate: '2026-09-30' },
          { actionId: expect.any(Number) as number, description: 'Commission a supported lodgings scheme for young people with complex needs', owner: 'Fiona Whitlock', dueDate: '2026-10-31' },
        ],
      },
    ]);

    const [homes] = summary.overdueActions[0]?.actions.filter((action) => action.dueDate === '2026-09-30') ?? [];
    if (!homes) throw new Error('No overdue children’s homes action.');
    await demo.call('actions/update', { id: homes.actionId, status: 'complete' });
    const after = await summaryOn('2026-11-10');
    expect(after.overdueActions[0]?.overdueCount).toBe(2);
    expect(after.overdueActions[0]?.actions.map((action) => action.dueDate)).toEqual(['2026-07-31', '2026-10-31']);

    await demo.call('actionPlans/archive', { id: demo.ids.planId, isArchived: true });
    expect((await summaryOn('2026-11-10')).overdueActions).toEqual([]);
  });

  it('works out the day from the clock when none is given, and refuses a day that is not a date', async () => {
    // The demo clock stands at 25 November 2026: the report deadline of 20 November has passed.
    const summary = await demo.call('dashboard/summary', {});
    expect(summary.today).toBe('2026-11-25');
    expect(summary.nextMeetings[0]?.missingPapers.map((paper) => paper.isPastDeadline)).toEqual([true]);

    const refused = await demo.attempt('dashboard/summary', { today: '2026-13-01' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/today: Give a date as YYYY-MM-DD/);
  });

  it('has no next meetings once the last one is past', async () => {
    expect((await summaryOn('2026-12-02')).nextMeetings).toEqual([]);
  });
});
