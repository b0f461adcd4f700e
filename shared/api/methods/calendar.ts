import { z } from 'zod';
import { method } from '../method';
import { id, isoDate, requiredLine } from '../schema';
import type { MeetingStatus } from './meetings';

export const NON_WORKING_DAY_SOURCES = ['bank_holiday', 'authority'] as const;
/** Where a non-working day comes from: the built-in bank holidays, or added by the authority. */
export type NonWorkingDaySource = (typeof NON_WORKING_DAY_SOURCES)[number];

/** A weekday that does not count as a working day in the statutory timetable. */
export type NonWorkingDay = {
  /** YYYY-MM-DD */
  date: string;
  name: string;
  source: NonWorkingDaySource;
};

/** A non-working day added or removed, and how many draft meetings' derived report deadlines moved with it. */
export type NonWorkingDayChange = {
  day: NonWorkingDay;
  reportDeadlinesMoved: number;
};

export const TIMETABLE_CHECK_LEVELS = ['ok', 'warning', 'missed'] as const;
/** ok: on time; warning: at risk, or worth a second look; missed: a statutory date has passed or was not met. */
export type TimetableCheckLevel = (typeof TIMETABLE_CHECK_LEVELS)[number];

export const TIMETABLE_CHECK_KEYS = ['meetingDay', 'meetingPast', 'reportDeadline', 'agendaPublication', 'privateNotice', 'bankHolidayList'] as const;
export type TimetableCheckKey = (typeof TIMETABLE_CHECK_KEYS)[number];

/** One statement about a meeting's timetable, in words for the officer. */
export type TimetableCheck = {
  key: TimetableCheckKey;
  level: TimetableCheckLevel;
  message: string;
};

/** A meeting's statutory dates (YYYY-MM-DD) and what stands out about them. */
export type MeetingTimetable = {
  meetingId: number;
  committeeId: number;
  committeeName: string;
  status: MeetingStatus;
  meetingDate: string;
  reportDeadline: string | null;
  /** The last day the agenda can be published with five clear working days before the meeting. */
  agendaPublishBy: string;
  agendaIssueDate: string | null;
  /** The last day to publish the 28-clear-day notice of a private meeting: only for an executive body with an exempt item. */
  privateNoticeBy: string | null;
  /** The most serious level among the checks. */
  level: TimetableCheckLevel;
  checks: TimetableCheck[];
};

const dateRange = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((range) => range.from <= range.to, { message: 'The range starts after it ends. Swap the two dates.', path: ['to'] });

export const calendarMethods = {
  'calendar/nonWorkingDays': method<NonWorkingDay[]>()(
    dateRange,
    'Bank holidays and the authority’s own non-working days between two dates (inclusive), by date',
  ),
  'calendar/addNonWorkingDay': method<NonWorkingDayChange>()(
    z.object({ date: isoDate, name: requiredLine('a name for the day, for example “Council closure day”', 200) }).strict(),
    'Mark a weekday as a non-working day of the authority; derived report deadlines of draft meetings follow',
  ),
  'calendar/removeNonWorkingDay': method<NonWorkingDayChange>()(
    z.object({ date: isoDate }).strict(),
    'Remove a non-working day the authority added (bank holidays cannot be removed)',
  ),
  'calendar/meetingTimetable': method<MeetingTimetable>()(
    z.object({ meetingId: id }).strict(),
    'A meeting’s report deadline, agenda publication date and private-meeting notice date, with checks in words',
  ),
  'calendar/timetables': method<MeetingTimetable[]>()(
    z
      .object({ from: isoDate.optional(), to: isoDate.optional() })
      .strict()
      .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
        message: 'The range starts after it ends. Swap the two dates.',
        path: ['to'],
      }),
    'The timetable of every meeting from a date (default today) to a date (default: no end), by date, for the dashboard',
  ),
} as const;
