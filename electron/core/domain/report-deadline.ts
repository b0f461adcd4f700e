// When reports for a meeting must be in: the authority's rule, e.g. "11 days
// before" or "5 working days before". Weekends never count as working days;
// the caller passes the other non-working dates (bank holidays and the
// authority's own days) so a deadline never lands on a day the office is shut.

import { addDays, isWorkingDay, utcDateOf, workingDayOnOrBefore } from './working-days';

/** How the authority counts the days before a meeting. */
export type ReportDeadlineBasis = 'calendar_days' | 'working_days';

/**
 * The report deadline for a meeting (YYYY-MM-DD). `calendar_days`: the meeting
 * date minus `days`, moved back to the previous working day if that is a
 * weekend (or a listed non-working date); `working_days`: `days` working days
 * (Monday to Friday, not listed) before the meeting date.
 */
export function reportDeadline(
  meetingDate: string,
  days: number,
  basis: ReportDeadlineBasis,
  nonWorkingDays: ReadonlySet<string> = new Set(),
): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Not a number of days: ${days}`);
  utcDateOf(meetingDate); // a RangeError for a date that is not one, before any counting
  switch (basis) {
    case 'calendar_days':
      return workingDayOnOrBefore(addDays(meetingDate, -days), nonWorkingDays);
    case 'working_days': {
      let date = meetingDate;
      for (let counted = 0; counted < days; ) {
        date = addDays(date, -1);
        if (isWorkingDay(date, nonWorkingDays)) counted += 1;
      }
      return date;
    }
  }
}
