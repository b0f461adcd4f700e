import { describe, expect, it } from 'vitest';
import type { NonWorkingDay } from '../../../shared/api/methods/calendar';
import { BANK_HOLIDAYS } from '../../../electron/core/domain/bank-holidays';
import { meetingTimetable, nonWorkingCalendar, type TimetableMeeting } from '../../../electron/core/domain/timetable-checks';

const bankHolidays: NonWorkingDay[] = BANK_HOLIDAYS.map((holiday) => ({ ...holiday, source: 'bank_holiday' }));
const calendar = nonWorkingCalendar(bankHolidays);

/** The seed meeting, still a draft. */
const seed: TimetableMeeting = {
  meetingId: 1,
  committeeId: 1,
  committeeName: 'Ofsted Subgroup',
  status: 'draft',
  meetingDate: '2018-10-02',
  reportDeadline: '2018-09-21',
  agendaIssueDate: null,
  isExecutive: false,
  hasExemptItem: false,
};

function check(timetable: ReturnType<typeof meetingTimetable>, key: string) {
  return timetable.checks.find((candidate) => candidate.key === key);
}

describe('the agenda check', () => {
  it('counts down in working days, and warns when two or fewer are left', () => {
    const early = meetingTimetable(seed, '2018-09-19', calendar);
    expect(early).toMatchObject({ agendaPublishBy: '2018-09-24', privateNoticeBy: null, level: 'ok' });
    expect(check(early, 'agendaPublication')).toEqual({
      key: 'agendaPublication',
      level: 'ok',
      message: 'The agenda must be published by Monday, 24 September 2018 (five clear working days before the meeting). That is in 3 working days.',
    });
    expect(check(meetingTimetable(seed, '2018-09-20', calendar), 'agendaPublication')).toMatchObject({ level: 'warning', message: /That is in 2 working days\.$/ });
    expect(check(meetingTimetable(seed, '2018-09-21', calendar), 'agendaPublication')).toMatchObject({ level: 'warning', message: /That is the next working day\.$/ });
    expect(check(meetingTimetable(seed, '2018-09-24', calendar), 'agendaPublication')).toMatchObject({ level: 'warning', message: /That is today\.$/ });
  });

  it('is missed once the last lawful day has passed without an agenda', () => {
    const late = meetingTimetable(seed, '2018-09-25', calendar);
    expect(late.level).toBe('missed');
    expect(check(late, 'agendaPublication')).toMatchObject({ level: 'missed', message: /^The agenda had to be published by Monday, 24 September 2018 .* has not been issued\./ });
  });

  it('judges an issued agenda by its issue date, whatever today is', () => {
    const onTime = meetingTimetable({ ...seed, status: 'issued', agendaIssueDate: '2018-09-24' }, '2018-09-28', calendar);
    expect(check(onTime, 'agendaPublication')).toMatchObject({ level: 'ok', message: 'The agenda was published on Monday, 24 September 2018, with five clear working days before the meeting.' });
    expect(onTime.level).toBe('ok');

    const late = meetingTimetable({ ...seed, status: 'issued', agendaIssueDate: '2018-09-26' }, '2018-09-20', calendar);
    expect(check(late, 'agendaPublication')?.level).toBe('missed');
    expect(check(late, 'agendaPublication')?.message).toMatch(/^The agenda was published on 26 September 2018, after the last lawful day, 24 September 2018,/);
  });
});

describe('the meeting day', () => {
  it('warns of a meeting at a weekend or on a bank holiday, naming the day', () => {
    const saturday = meetingTimetable({ ...seed, meetingDate: '2018-10-06' }, '2018-09-01', calendar);
    expect(check(saturday, 'meetingDay')).toEqual({ key: 'meetingDay', level: 'warning', message: 'The meeting is on Saturday, 6 October 2018, a weekend. Check the date.' });

    const holiday = meetingTimetable({ ...seed, meetingDate: '2018-08-27', reportDeadline: '2018-08-16' }, '2018-07-01', calendar);
    expect(check(holiday, 'meetingDay')?.message).toBe('The meeting is on Monday, 27 August 2018, a bank holiday (Summer bank holiday). Check the date.');
    expect(holiday.level).toBe('warning');

    const closed = nonWorkingCalendar([...bankHolidays, { date: '2018-10-02', name: 'Council closure day', source: 'authority' }]);
    expect(check(meetingTimetable(seed, '2018-09-01', closed), 'meetingDay')?.message).toMatch(/marked as non-working \(Council closure day\)/);
    expect(check(meetingTimetable(seed, '2018-09-01', calendar), 'meetingDay')).toBeUndefined();
  });

  it('warns of a meeting in the past that is still a draft, not of one that was held', () => {
    expect(check(meetingTimetable(seed, '2018-10-03', calendar), 'meetingPast')?.message).toBe(
      'The meeting date, Tuesday, 2 October 2018, is in the past, but the meeting is still draft. Check the date, or record that the meeting was held.',
    );
    const held = meetingTimetable({ ...seed, status: 'held', agendaIssueDate: '2018-09-24' }, '2018-10-03', calendar);
    expect(check(held, 'meetingPast')).toBeUndefined();
    expect(held.level).toBe('ok');
  });
});

describe('the report deadline', () => {
  it('warns when reports are due after the agenda must be out', () => {
    expect(check(meetingTimetable(seed, '2018-09-01', calendar), 'reportDeadline')).toMatchObject({ level: 'ok', message: 'Reports are due by Friday, 21 September 2018.' });
    const tooLate = meetingTimetable({ ...seed, reportDeadline: '2018-09-26' }, '2018-09-01', calendar);
    expect(check(tooLate, 'reportDeadline')).toMatchObject({ level: 'warning', message: /after the last day to publish the agenda, Monday, 24 September 2018/ });
  });
});

describe('the private-meeting notice', () => {
  const executive = { ...seed, isExecutive: true, hasExemptItem: true };

  it('is only for an executive body with an exempt item', () => {
    expect(meetingTimetable({ ...seed, hasExemptItem: true }, '2018-08-01', calendar).privateNoticeBy).toBeNull();
    expect(meetingTimetable({ ...seed, isExecutive: true }, '2018-08-01', calendar).privateNoticeBy).toBeNull();
    expect(meetingTimetable(executive, '2018-08-01', calendar).privateNoticeBy).toBe('2018-09-03');
  });

  it('counts down in days, warns in the last week, and says what follows once the date has passed', () => {
    expect(check(meetingTimetable(executive, '2018-08-22', calendar), 'privateNotice')).toMatchObject({
      level: 'ok',
      message: /must be published by Monday, 3 September 2018 \(28 clear days before the meeting\)\. That is in 12 days\.$/,
    });
    expect(check(meetingTimetable(executive, '2018-08-30', calendar), 'privateNotice')).toMatchObject({ level: 'warning', message: /That is in 4 days\.$/ });
    expect(check(meetingTimetable(executive, '2018-09-04', calendar), 'privateNotice')).toMatchObject({
      level: 'warning',
      message: /had to be published by Monday, 3 September 2018 .*urgent and cannot reasonably be deferred\.$/,
    });
  });
});

describe('meetings beyond the built-in bank holidays', () => {
  it('say that the dates may be out, rather than counting holidays nobody has proclaimed', () => {
    const later = meetingTimetable({ ...seed, meetingDate: '2031-01-07', reportDeadline: '2030-12-27' }, '2030-06-01', calendar);
    expect(check(later, 'bankHolidayList')).toMatchObject({ level: 'warning', message: /cover 2015 to 2030/ });
    expect(check(meetingTimetable(seed, '2018-09-01', calendar), 'bankHolidayList')).toBeUndefined();
  });
});
