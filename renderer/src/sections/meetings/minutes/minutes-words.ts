// How the minutes editor says things: names, attendance, ranges of minutes
// and decisions in the words the printed minutes use.
import type { AttendanceStatus, Attendee, MinuteEntry } from '../../../../../shared/api/methods/minutes';
import { shortDate } from '../../../../../shared/format/dates';

export const ATTENDANCE_NAMES: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  also_attending: 'Also attending',
  absent: 'Absent',
};

/** "Councillor Priya Ashworth"; officers without an honorific by their name alone. */
export function attendeeName(attendee: Pick<Attendee, 'honorific' | 'fullName'>): string {
  return [attendee.honorific.trim(), attendee.fullName.trim()].filter((part) => part !== '').join(' ');
}

/** "[CYP/OSG/26/15 – CYP/OSG/26/18]", "[from CYP/OSG/26/15]", or '' for the whole meeting. */
export function rangeWords(attendee: Pick<Attendee, 'fromReference' | 'toReference'>): string {
  const { fromReference: from, toReference: to } = attendee;
  if (from !== null && to !== null) return `[${from} – ${to}]`;
  if (from !== null) return `[from ${from}]`;
  if (to !== null) return `[to ${to}]`;
  return '';
}

/** "CYP/OSG/26/7 Ofsted inspections", for choosing a minute from a list. */
export function entryLabel(entry: Pick<MinuteEntry, 'reference' | 'heading'>): string {
  return `${entry.reference} ${entry.heading}`;
}

/** "1 minute", "6 minutes". */
export function minuteCount(count: number): string {
  return `${count} ${count === 1 ? 'minute' : 'minutes'}`;
}

/** "Approve the minutes of 24 June 2026 as a correct record". */
export function approvePromptWords(meetingDate: string): string {
  return `Approve the minutes of ${shortDate(meetingDate)} as a correct record`;
}
