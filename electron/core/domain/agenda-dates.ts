// What is worth a second look about the day a meeting is set for. None of it
// stops the meeting being saved: councils do meet on odd days, and a meeting
// already held may be recorded after the event. The wording matches the
// committee's "Add a meeting" form, which checks the same things as you type.
import { longDate } from '../../../shared/format/dates';
import type { NonWorkingCalendar } from './timetable-checks';
import { isWeekend } from './working-days';

/** The warnings for a meeting on `meetingDate`, given today (both YYYY-MM-DD) and the non-working days. */
export function meetingDateWarnings(meetingDate: string, today: string, calendar: NonWorkingCalendar): string[] {
  const when = longDate(meetingDate);
  const warnings: string[] = [];
  if (meetingDate < today) warnings.push(`${when} is in the past.`);
  if (isWeekend(meetingDate)) warnings.push(`${when} falls at a weekend.`);
  const day = calendar.byDate.get(meetingDate);
  if (day !== undefined) {
    warnings.push(day.source === 'bank_holiday' ? `${when} is a bank holiday: ${day.name}.` : `${when} is one of the authority’s non-working days: ${day.name}.`);
  }
  return warnings;
}
