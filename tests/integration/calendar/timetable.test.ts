import { afterEach, describe, expect, it } from 'vitest';
import type { MeetingTimetable } from '../../../shared/api/methods/calendar';
import { openTestWorkspace, statementsFor, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
/** The workspace's clock: tests move it to see the timetable as it stands on different days. */
let today = '2018-09-19';
afterEach(() => { ws.close(); });

async function open(on: string) {
  today = on;
  ws = await openTestWorkspace('timetable', () => new Date(`${today}T09:00:00Z`));
}

async function subgroup(fields: { isExecutive?: boolean } = {}) {
  return ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG', ...fields });
}

function check(timetable: MeetingTimetable, key: string) {
  return timetable.checks.find((candidate) => candidate.key === key);
}

async function expectRefused(method: string, input: unknown, code: string, message: RegExp) {
  const before = ws.snapshot();
  const result = await ws.attempt(method, input);
  expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(ws.snapshot()).toBe(before);
}

describe('the timetable of the seed meeting, Tuesday 2 October 2018', () => {
  it('has its report deadline on Friday 21 September by the authority’s rule and its agenda due by Monday 24 September', async () => {
    await open('2018-09-19');
    const settings = await ws.call('settings/get', {});
    expect([settings.reportDeadlineDays, settings.reportDeadlineBasis]).toEqual([11, 'calendar_days']);
    const committee = await subgroup();
    const meeting = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
    expect(meeting.reportDeadline).toBe('2018-09-21');

    const timetable = await ws.call('calendar/meetingTimetable', { meetingId: meeting.id });
    expect(timetable).toMatchObject({
      meetingId: meeting.id, committeeName: 'Ofsted Subgroup', status: 'draft', meetingDate: '2018-10-02',
      reportDeadline: '2018-09-21', agendaPublishBy: '2018-09-24', agendaIssueDate: null, privateNoticeBy: null, level: 'ok',
    });
    expect(timetable.checks).toEqual([
      { key: 'reportDeadline', level: 'ok', message: 'Reports are due by Friday, 21 September 2018.' },
      {
        key: 'agendaPublication',
        level: 'ok',
        message: 'The agenda must be published by Monday, 24 September 2018 (five clear working days before the meeting). That is in 3 working days.',
      },
    ]);

    // Issued on the Monday, as the seed was: in time.
    today = '2018-09-24';
    await ws.call('meetings/setStatus', { id: meeting.id, status: 'issued' });
    expect(await ws.call('calendar/meetingTimetable', { meetingId: meeting.id })).toMatchObject({
      agendaIssueDate: '2018-09-24', level: 'ok', checks: [{ key: 'reportDeadline' }, { key: 'agendaPublication', level: 'ok' }],
    });
  });

  it('records an agenda issued two days late as missed, in words', async () => {
    await open('2018-09-26');
    const committee = await subgroup();
    const meeting = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
    expect((await ws.call('calendar/meetingTimetable', { meetingId: meeting.id })).level).toBe('missed');
    await ws.call('meetings/setStatus', { id: meeting.id, status: 'issued' });
    const timetable = await ws.call('calendar/meetingTimetable', { meetingId: meeting.id });
    expect(timetable.level).toBe('missed');
    expect(check(timetable, 'agendaPublication')?.message).toMatch(/^The agenda was published on 26 September 2018, after the last lawful day, 24 September 2018,/);
  });
});

describe('meetings on awkward dates (allowed, with a warning)', () => {
  it('accepts a meeting on a bank holiday and says so in its timetable; its report deadline steps over the holiday', async () => {
    await open('2018-07-02');
    const committee = await subgroup();
    const holiday = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-08-27' });
    const timetable = await ws.call('calendar/meetingTimetable', { meetingId: holiday.id });
    expect(check(timetable, 'meetingDay')).toEqual({
      key: 'meetingDay', level: 'warning', message: 'The meeting is on Monday, 27 August 2018, a bank holiday (Summer bank holiday). Check the date.',
    });
    expect(timetable.level).toBe('warning');
    // Friday 7 September: 11 days before is Summer bank holiday, so the Friday before it.
    const after = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-09-07' });
    expect(after.reportDeadline).toBe('2018-08-24');
    // An authority day counts the same way.
    await ws.call('calendar/addNonWorkingDay', { date: '2018-08-24', name: 'Council closure day' });
    expect((await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-09-14' })).reportDeadline).toBe('2018-09-03');
    expect((await ws.call('meetings/get', { id: after.id })).reportDeadline).toBe('2018-08-23');
  });

  it('accepts a meeting dated in the past and warns while it is not recorded as held', async () => {
    await open('2026-11-22');
    const committee = await subgroup();
    const past = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
    const timetable = await ws.call('calendar/meetingTimetable', { meetingId: past.id });
    expect(check(timetable, 'meetingPast')).toMatchObject({ level: 'warning', message: /Tuesday, 2 October 2018, is in the past, but the meeting is still draft/ });
  });
});

describe('executive bodies', () => {
  it('keep isExecutive on the committee, and need 28 clear days’ notice of a meeting with an exempt item', async () => {
    await open('2018-08-22');
    const plain = await subgroup();
    expect(plain.isExecutive).toBe(false);
    const cabinet = await ws.call('committees/create', { name: 'Executive', minutePrefix: 'EXE', isExecutive: true });
    expect(cabinet.isExecutive).toBe(true);
    expect((await ws.call('committees/get', { id: cabinet.id })).isExecutive).toBe(true);
    expect((await ws.call('committees/list', {})).map((committee) => [committee.name, committee.isExecutive])).toEqual([['Executive', true], ['Ofsted Subgroup', false]]);
    expect((await ws.call('committees/update', { id: plain.id, name: 'Ofsted Subgroup' })).isExecutive).toBe(false);

    const meeting = await ws.call('meetings/create', { committeeId: cabinet.id, meetingDate: '2018-10-02' });
    expect((await ws.call('calendar/meetingTimetable', { meetingId: meeting.id })).privateNoticeBy).toBeNull();
    await ws.call('agendaItems/create', { meetingId: meeting.id, title: 'Children’s home contract', isExempt: true, exemptGround: 'Paragraph 3: financial or business affairs' });
    const timetable = await ws.call('calendar/meetingTimetable', { meetingId: meeting.id });
    expect(timetable.privateNoticeBy).toBe('2018-09-03');
    expect(check(timetable, 'privateNotice')).toMatchObject({ level: 'ok', message: /published by Monday, 3 September 2018 \(28 clear days before the meeting\)\. That is in 12 days\.$/ });

    // The subgroup is not an executive body: an exempt item needs no 28-day notice.
    const scrutiny = await ws.call('meetings/create', { committeeId: plain.id, meetingDate: '2018-10-02' });
    await ws.call('agendaItems/create', { meetingId: scrutiny.id, title: 'Exempt item', isExempt: true, exemptGround: 'Paragraph 1' });
    expect((await ws.call('calendar/meetingTimetable', { meetingId: scrutiny.id })).privateNoticeBy).toBeNull();

    // Made executive later, the subgroup's meeting needs the notice too.
    expect((await ws.call('committees/update', { id: plain.id, isExecutive: true })).isExecutive).toBe(true);
    expect((await ws.call('calendar/meetingTimetable', { meetingId: scrutiny.id })).privateNoticeBy).toBe('2018-09-03');
    await expectRefused('committees/update', { id: plain.id, isExecutive: 'yes' }, 'invalid_input', /isExecutive/);
  });
});

describe('the dashboard’s timetables', () => {
  it('lists every meeting from today (or a range) by date with its checks, in a fixed number of queries', async () => {
    await open('2018-09-19');
    const committee = await subgroup();
    const other = await ws.call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
    await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-06-26' });
    const soon = await ws.call('meetings/create', { committeeId: other.id, meetingDate: '2018-09-25' });
    const seed = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });

    const upcoming = await ws.call('calendar/timetables', {});
    expect(upcoming.map((timetable) => [timetable.meetingId, timetable.level])).toEqual([[soon.id, 'missed'], [seed.id, 'ok']]);
    expect(upcoming[0]).toMatchObject({ committeeName: 'Corporate Parenting Panel', agendaPublishBy: '2018-09-17' });

    const june = await ws.call('calendar/timetables', { from: '2018-06-01', to: '2018-06-30' });
    expect(june.map((timetable) => timetable.meetingDate)).toEqual(['2018-06-26']);
    expect(check(june[0] as MeetingTimetable, 'meetingPast')?.level).toBe('warning');

    const few = await statementsFor(ws.ctx.workspace.current().db, () => ws.call('calendar/timetables', { from: '2018-01-01' }));
    for (let week = 1; week <= 12; week += 1) {
      await ws.call('meetings/create', { committeeId: other.id, meetingDate: `2019-${String(Math.ceil(week / 4)).padStart(2, '0')}-${String(((week - 1) % 4) * 7 + 1).padStart(2, '0')}` });
    }
    const many = await statementsFor(ws.ctx.workspace.current().db, () => ws.call('calendar/timetables', { from: '2018-01-01' }));
    expect((await ws.call('calendar/timetables', { from: '2018-01-01' })).length).toBe(15);
    expect(many).toBe(few);
  });

  it('refuses a range backwards or not made of dates, and a meeting that does not exist', async () => {
    await open('2018-09-19');
    await expectRefused('calendar/timetables', { from: '2019-01-01', to: '2018-01-01' }, 'invalid_input', /to: The range starts after it ends/);
    await expectRefused('calendar/timetables', { from: '2018-13-01' }, 'invalid_input', /from: Give a date as YYYY-MM-DD/);
    await expectRefused('calendar/meetingTimetable', { meetingId: 99 }, 'not_found', /There is no meeting with id 99/);
    await expectRefused('calendar/meetingTimetable', { meetingId: 0 }, 'invalid_input', /meetingId/);
    await expectRefused('calendar/meetingTimetable', {}, 'invalid_input', /meetingId/);
  });
});
