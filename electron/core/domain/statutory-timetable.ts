// The dates the law sets for a meeting of a principal council in England.
//
// Agenda: copies must be open to inspection "at least five clear days" before
// the meeting (Local Government Act 1972, s.100B(3)). Clear days leave out the
// day of publication and the day of the meeting, and councils' access to
// information rules leave out weekends and bank holidays too. So for a
// Tuesday meeting the agenda goes out on the Monday of the week before:
// 24 September 2018 for 2 October 2018.
//
// Private meeting of an executive: notice of the intention to hold it in
// private must be published at least 28 clear days before (Local Authorities
// (Executive Arrangements) (Meetings and Access to Information) (England)
// Regulations 2012, reg. 5(2)); there "clear days" are calendar days, again
// not counting the day of the notice or the meeting.

import { addDays, clearWorkingDaysBetween, isWorkingDay, workingDayOnOrBefore } from './working-days';

/** Clear working days an agenda must be published before its meeting. */
export const AGENDA_CLEAR_WORKING_DAYS = 5;

/** Clear (calendar) days' notice of a private meeting of an executive. */
export const PRIVATE_NOTICE_CLEAR_DAYS = 28;

/**
 * The last day (YYYY-MM-DD) the agenda can be published and still give five
 * clear working days before the meeting. The day is always a working day:
 * the agenda must be open to inspection at the council's offices, which are
 * closed at weekends and on bank holidays.
 */
export function agendaPublishBy(meetingDate: string, nonWorkingDays: ReadonlySet<string>): string {
  let day = meetingDate;
  for (let counted = 0; counted < AGENDA_CLEAR_WORKING_DAYS; ) {
    day = addDays(day, -1);
    if (isWorkingDay(day, nonWorkingDays)) counted += 1;
  }
  return workingDayOnOrBefore(addDays(day, -1), nonWorkingDays);
}

/** Whether an agenda published on `issueDate` gave the meeting its five clear working days. */
export function isAgendaInTime(issueDate: string, meetingDate: string, nonWorkingDays: ReadonlySet<string>): boolean {
  return issueDate < meetingDate && clearWorkingDaysBetween(issueDate, meetingDate, nonWorkingDays) >= AGENDA_CLEAR_WORKING_DAYS;
}

/** The last day (YYYY-MM-DD) to publish notice of a private meeting of an executive: 28 clear calendar days before it. */
export function privateNoticeBy(meetingDate: string): string {
  return addDays(meetingDate, -(PRIVATE_NOTICE_CLEAR_DAYS + 1));
}
