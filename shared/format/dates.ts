// UK conventions (DESIGN.md): "Tuesday, 2 October 2018", "10.00 am".
// Written out by hand rather than with Intl so every door, and every ICU
// build, prints exactly the same words.

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A calendar date as written on an agenda: "Tuesday, 2 October 2018". */
export function formatLongDate(date: Date): string {
  return `${WEEKDAYS[date.getDay()] ?? ''}, ${formatDate(date)}`;
}

/** A calendar date without the weekday: "2 October 2018". */
export function formatDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()] ?? ''} ${date.getFullYear()}`;
}

/** A clock time as written on an agenda: "10.00 am", "2.30 pm", "12.00 noon". */
export function formatTime(hours: number, minutes: number): string {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
    throw new RangeError(`Not a time of day: ${hours}:${minutes}`);
  }
  const mm = String(minutes).padStart(2, '0');
  if (hours === 12 && minutes === 0) return '12.00 noon';
  const suffix = hours < 12 ? 'am' : 'pm';
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${h12}.${mm} ${suffix}`;
}

/** A moment for a status line: "2 October 2018 at 10.05 am". */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} at ${formatTime(date.getHours(), date.getMinutes())}`;
}

/** A local calendar date from "YYYY-MM-DD" (no time zone shift, unlike `new Date(iso)`). */
export function dateFromIso(isoDate: string): Date {
  return new Date(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
}

/** A stored date "2018-10-02" as an agenda writes it: "Tuesday, 2 October 2018". */
export const longDate = (isoDate: string): string => formatLongDate(dateFromIso(isoDate));

/** A stored date "2018-10-02" without the weekday: "2 October 2018". */
export const shortDate = (isoDate: string): string => formatDate(dateFromIso(isoDate));

/** The month of a stored date: "October 2018". */
export const monthYear = (isoDate: string): string => formatDate(dateFromIso(`${isoDate.slice(0, 7)}-01`)).replace(/^1 /, '');

/** A stored clock time "14:30" as written on an agenda: "2.30 pm". */
export function formatClockTime(time: string): string {
  return formatTime(Number(time.slice(0, 2)), Number(time.slice(3, 5)));
}
