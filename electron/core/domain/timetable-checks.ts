// A meeting's statutory timetable in words: the dates that matter and what an
// officer should notice about them today. Pure: the caller supplies the
// meeting, today's date and the non-working days.

import type {
  MeetingTimetable,
  NonWorkingDay,
  TimetableCheck,
  TimetableCheckLevel,
} from '../../../shared/api/methods/calendar';
import { longDate, shortDate } from '../../../shared/format/dates';
import { BANK_HOLIDAY_YEARS, isBankHolidayListComplete } from './bank-holidays';
import { agendaPublishBy, isAgendaInTime, PRIVATE_NOTICE_CLEAR_DAYS, privateNoticeBy } from './statutory-timetable';
import { clearWorkingDaysBetween, daysBetween, isWeekend } from './working-days';

/** What the timetable needs to know about a meeting: the facts it reports, and whether a private notice is due. */
export type TimetableMeeting = Pick<MeetingTimetable, 'meetingId' | 'committeeId' | 'committeeName' | 'status' | 'meetingDate' | 'reportDeadline' | 'agendaIssueDate'> & {
  isExecutive: boolean;
  hasExemptItem: boolean;
};

/** The non-working weekdays, as a set for counting and by date for naming. */
export type NonWorkingCalendar = {
  dates: ReadonlySet<string>;
  byDate: ReadonlyMap<string, NonWorkingDay>;
};

/** An agenda due this many working days from today, or fewer, is at risk. */
const AGENDA_AT_RISK_WORKING_DAYS = 2;
/** A private-meeting notice due this many days from today, or fewer, is at risk. */
const NOTICE_AT_RISK_DAYS = 7;

const SEVERITY: Record<TimetableCheckLevel, number> = { ok: 0, warning: 1, missed: 2 };


/** The calendar the checks count with, from a list of non-working days. */
export function nonWorkingCalendar(days: readonly NonWorkingDay[]): NonWorkingCalendar {
  const byDate = new Map(days.map((day) => [day.date, day]));
  return { dates: new Set(byDate.keys()), byDate };
}

/** A meeting's statutory dates and the checks on them, as they stand on `today` (YYYY-MM-DD). */
export function meetingTimetable(meeting: TimetableMeeting, today: string, calendar: NonWorkingCalendar): MeetingTimetable {
  const publishBy = agendaPublishBy(meeting.meetingDate, calendar.dates);
  const noticeBy = meeting.isExecutive && meeting.hasExemptItem ? privateNoticeBy(meeting.meetingDate) : null;
  const checks = [
    meetingDayCheck(meeting.meetingDate, calendar),
    pastCheck(meeting, today),
    reportDeadlineCheck(meeting.reportDeadline, publishBy),
    agendaCheck(meeting, publishBy, today, calendar),
    noticeBy === null ? null : privateNoticeCheck(meeting, noticeBy, today),
    bankHolidayListCheck(meeting.meetingDate, [publishBy, noticeBy, meeting.reportDeadline]),
  ].filter((check) => check !== null);
  const level = checks.reduce<TimetableCheckLevel>((worst, check) => (SEVERITY[check.level] > SEVERITY[worst] ? check.level : worst), 'ok');
  return {
    meetingId: meeting.meetingId,
    committeeId: meeting.committeeId,
    committeeName: meeting.committeeName,
    status: meeting.status,
    meetingDate: meeting.meetingDate,
    reportDeadline: meeting.reportDeadline,
    agendaPublishBy: publishBy,
    agendaIssueDate: meeting.agendaIssueDate,
    privateNoticeBy: noticeBy,
    level,
    checks,
  };
}

/** A meeting called for a weekend or a non-working day is allowed, but is usually a slip of the date picker. */
function meetingDayCheck(meetingDate: string, calendar: NonWorkingCalendar): TimetableCheck | null {
  const day = calendar.byDate.get(meetingDate);
  if (isWeekend(meetingDate)) {
    return { key: 'meetingDay', level: 'warning', message: `The meeting is on ${longDate(meetingDate)}, a weekend. Check the date.` };
  }
  if (day === undefined) return null;
  const what = day.source === 'bank_holiday' ? `a bank holiday (${day.name})` : `a day the authority has marked as non-working (${day.name})`;
  return { key: 'meetingDay', level: 'warning', message: `The meeting is on ${longDate(meetingDate)}, ${what}. Check the date.` };
}

function pastCheck(meeting: TimetableMeeting, today: string): TimetableCheck | null {
  if (meeting.meetingDate >= today || (meeting.status !== 'draft' && meeting.status !== 'issued')) return null;
  return {
    key: 'meetingPast',
    level: 'warning',
    message: `The meeting date, ${longDate(meeting.meetingDate)}, is in the past, but the meeting is still ${meeting.status}. Check the date, or record that the meeting was held.`,
  };
}

function reportDeadlineCheck(reportDeadline: string | null, publishBy: string): TimetableCheck | null {
  if (reportDeadline === null) return null;
  if (reportDeadline > publishBy) {
    return {
      key: 'reportDeadline',
      level: 'warning',
      message: `Reports are due by ${longDate(reportDeadline)}, after the last day to publish the agenda, ${longDate(publishBy)}: a report that arrives on the deadline would be too late. Bring the deadline forward.`,
    };
  }
  return { key: 'reportDeadline', level: 'ok', message: `Reports are due by ${longDate(reportDeadline)}.` };
}

function agendaCheck(meeting: TimetableMeeting, publishBy: string, today: string, calendar: NonWorkingCalendar): TimetableCheck {
  const rule = `(five clear working days before the meeting)`;
  if (meeting.agendaIssueDate !== null) {
    return isAgendaInTime(meeting.agendaIssueDate, meeting.meetingDate, calendar.dates)
      ? { key: 'agendaPublication', level: 'ok', message: `The agenda was published on ${longDate(meeting.agendaIssueDate)}, with five clear working days before the meeting.` }
      : {
          key: 'agendaPublication',
          level: 'missed',
          message: `The agenda was published on ${shortDate(meeting.agendaIssueDate)}, after the last lawful day, ${shortDate(publishBy)}, so the meeting did not have five clear working days’ notice. Items on it can be taken only as urgent business, with the reasons in the minutes.`,
        };
  }
  if (meeting.status === 'held' || meeting.status === 'minuted') {
    return {
      key: 'agendaPublication',
      level: 'warning',
      message: `No agenda issue date is recorded for this meeting, so its notice cannot be checked. The last lawful day to publish was ${longDate(publishBy)}.`,
    };
  }
  if (today > publishBy) {
    return {
      key: 'agendaPublication',
      level: 'missed',
      message: `The agenda had to be published by ${longDate(publishBy)} ${rule} and has not been issued. Move the meeting, or take its business only as urgent, with the reasons in the minutes.`,
    };
  }
  const left = today === publishBy ? 0 : clearWorkingDaysBetween(today, publishBy, calendar.dates) + 1;
  const when = left === 0 ? 'That is today.' : left === 1 ? 'That is the next working day.' : `That is in ${left} working days.`;
  return {
    key: 'agendaPublication',
    level: left <= AGENDA_AT_RISK_WORKING_DAYS ? 'warning' : 'ok',
    message: `The agenda must be published by ${longDate(publishBy)} ${rule}. ${when}`,
  };
}

function privateNoticeCheck(meeting: TimetableMeeting, noticeBy: string, today: string): TimetableCheck {
  const notice = 'Notice of the intention to hold part of the meeting in private (for its exempt item)';
  const rule = `(${PRIVATE_NOTICE_CLEAR_DAYS} clear days before the meeting)`;
  if (meeting.status === 'held' || meeting.status === 'minuted') {
    return { key: 'privateNotice', level: 'ok', message: `${notice} was due by ${longDate(noticeBy)} ${rule}.` };
  }
  if (today > noticeBy) {
    return {
      key: 'privateNotice',
      level: 'warning',
      message: `${notice} had to be published by ${longDate(noticeBy)} ${rule}. If it was not, the item can be taken in private only if the chair of the relevant overview and scrutiny committee agrees that the meeting is urgent and cannot reasonably be deferred.`,
    };
  }
  const left = daysBetween(today, noticeBy);
  const when = left === 0 ? 'That is today.' : left === 1 ? 'That is tomorrow.' : `That is in ${left} days.`;
  return {
    key: 'privateNotice',
    level: left <= NOTICE_AT_RISK_DAYS ? 'warning' : 'ok',
    message: `${notice} must be published by ${longDate(noticeBy)} ${rule}. ${when}`,
  };
}

/** Beyond the built-in years the bank holidays are unknown, so the dates may be too late; say so rather than guess. */
function bankHolidayListCheck(meetingDate: string, dates: readonly (string | null)[]): TimetableCheck | null {
  const earliest = dates.reduce<string>((first, date) => (date !== null && date < first ? date : first), meetingDate);
  if (isBankHolidayListComplete(earliest, meetingDate)) return null;
  return {
    key: 'bankHolidayList',
    level: 'warning',
    message: `The built-in bank holidays cover ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last}, so none are counted for this meeting’s dates outside those years. Add that year’s bank holidays as non-working days to be sure of these dates.`,
  };
}
