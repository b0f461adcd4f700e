import type { ApiParsedInput } from '../../../shared/api/contract';
import type { MeetingTimetable, NonWorkingDay, NonWorkingDayChange } from '../../../shared/api/methods/calendar';
import { longDate } from '../../../shared/format/dates';
import { BANK_HOLIDAYS, bankHolidayOn, bankHolidaysBetween } from '../domain/bank-holidays';
import { reportDeadline } from '../domain/report-deadline';
import { meetingTimetable, nonWorkingCalendar, type NonWorkingCalendar } from '../domain/timetable-checks';
import { isWeekend } from '../domain/working-days';
import { CoreError } from '../errors';
import {
  deleteAuthorityDay,
  findAuthorityDay,
  getTimetableMeeting,
  insertAuthorityDay,
  listAuthorityDays,
  listDerivedDeadlineMeetings,
  listTimetableMeetings,
  setDerivedReportDeadline,
  type AuthorityDay,
} from '../repositories/calendar';
import { getReportDeadlineRule } from '../repositories/meetings';
import { audit, found, inTransaction, todayOf, type ServiceContext } from './unit-of-work';


const asNonWorkingDay = (day: AuthorityDay): NonWorkingDay => ({ date: day.date, name: day.name, source: 'authority' });

/** Every non-working weekday the timetable counts: the built-in bank holidays and the authority's own days (one query). */
export function nonWorkingCalendarOf(ctx: ServiceContext): NonWorkingCalendar {
  const bankHolidays = BANK_HOLIDAYS.map((holiday): NonWorkingDay => ({ ...holiday, source: 'bank_holiday' }));
  return nonWorkingCalendar([...bankHolidays, ...listAuthorityDays(ctx.db).map(asNonWorkingDay)]);
}

/** The report deadline by the authority's rule, not counting weekends, bank holidays or the authority's own days. */
export function derivedReportDeadline(ctx: ServiceContext, meetingDate: string): string {
  const rule = getReportDeadlineRule(ctx.db);
  return reportDeadline(meetingDate, rule.days, rule.basis, nonWorkingCalendarOf(ctx).dates);
}

/** Bank holidays and the authority's days between two dates (inclusive), by date. */
export function listNonWorkingDays(ctx: ServiceContext, input: ApiParsedInput<'calendar/nonWorkingDays'>): NonWorkingDay[] {
  const bankHolidays = bankHolidaysBetween(input.from, input.to).map((holiday): NonWorkingDay => ({ ...holiday, source: 'bank_holiday' }));
  const authorityDays = listAuthorityDays(ctx.db, input).map(asNonWorkingDay);
  return [...bankHolidays, ...authorityDays].sort((a, b) => a.date.localeCompare(b.date));
}

/** Marks a weekday as one of the authority's non-working days. */
export function addNonWorkingDay(ctx: ServiceContext, input: ApiParsedInput<'calendar/addNonWorkingDay'>): NonWorkingDayChange {
  return inTransaction(ctx, () => {
    if (isWeekend(input.date)) {
      throw new CoreError('invalid_input', `date: ${longDate(input.date)} is at a weekend, which never counts as a working day, so it need not be added.`);
    }
    const holiday = bankHolidayOn(input.date);
    if (holiday !== null) {
      throw new CoreError('conflict', `date: ${longDate(input.date)} is already a bank holiday (${holiday.name}), so it need not be added.`);
    }
    const existing = findAuthorityDay(ctx.db, input.date);
    if (existing !== null) {
      throw new CoreError('conflict', `date: ${longDate(input.date)} is already a non-working day (${existing.name}). Remove it first to give it another name.`);
    }
    const dayId = insertAuthorityDay(ctx.db, input, ctx.now().toISOString());
    const moved = rederiveReportDeadlines(ctx, input.date);
    audit(ctx, 'create', 'non_working_day', dayId, `${input.date}: ${input.name}`);
    return { day: { ...input, source: 'authority' }, reportDeadlinesMoved: moved };
  });
}

/** Removes one of the authority's non-working days; bank holidays stay. */
export function removeNonWorkingDay(ctx: ServiceContext, date: string): NonWorkingDayChange {
  return inTransaction(ctx, () => {
    const holiday = bankHolidayOn(date);
    if (holiday !== null) {
      throw new CoreError(
        'conflict',
        `${longDate(date)} is a bank holiday (${holiday.name}). Bank holidays are built in and cannot be removed; only days the authority added can be.`,
      );
    }
    const existing = findAuthorityDay(ctx.db, date);
    if (existing === null) {
      throw new CoreError('not_found', `${longDate(date)} is not one of the authority’s non-working days, so there is nothing to remove.`);
    }
    deleteAuthorityDay(ctx.db, date);
    const moved = rederiveReportDeadlines(ctx, date);
    audit(ctx, 'delete', 'non_working_day', existing.id, `${date}: ${existing.name}`);
    return { day: asNonWorkingDay(existing), reportDeadlinesMoved: moved };
  });
}

/**
 * A day that opens or shuts moves the derived report deadlines of draft
 * meetings on or after it; deadlines set by hand, and those of meetings
 * already issued, stay as they are. Returns how many moved.
 */
function rederiveReportDeadlines(ctx: ServiceContext, changedDate: string): number {
  const { dates } = nonWorkingCalendarOf(ctx);
  const rule = getReportDeadlineRule(ctx.db);
  const at = ctx.now().toISOString();
  let moved = 0;
  for (const meeting of listDerivedDeadlineMeetings(ctx.db, changedDate)) {
    const deadline = reportDeadline(meeting.meetingDate, rule.days, rule.basis, dates);
    if (deadline === meeting.reportDeadline) continue;
    setDerivedReportDeadline(ctx.db, meeting.id, deadline, at);
    moved += 1;
  }
  return moved;
}

/** One meeting's statutory dates and checks, as they stand today. */
export function getMeetingTimetable(ctx: ServiceContext, meetingId: number): MeetingTimetable {
  const meeting = found(getTimetableMeeting(ctx.db, meetingId), 'meeting', meetingId);
  return meetingTimetable(meeting, todayOf(ctx), nonWorkingCalendarOf(ctx));
}

/** The timetables of every meeting in a range (from today when no start is given): two queries, however many meetings. */
export function listMeetingTimetables(ctx: ServiceContext, input: ApiParsedInput<'calendar/timetables'>): MeetingTimetable[] {
  const today = todayOf(ctx);
  const calendar = nonWorkingCalendarOf(ctx);
  return listTimetableMeetings(ctx.db, { from: input.from ?? today, to: input.to ?? null }).map((meeting) => meetingTimetable(meeting, today, calendar));
}
