// Day arithmetic on the engine's dates ("YYYY-MM-DD" text). Everything is done
// at midnight UTC so that adding days never meets a clock change: these are
// calendar days in the UK, not moments.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as midnight UTC; a RangeError for anything that is not a real calendar day (no 31 June). */
export function utcDateOf(isoDate: string): Date {
  const match = ISO_DATE.exec(isoDate);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== isoDate) throw new RangeError(`Not a date: ${isoDate}`);
  return date;
}

/** Midnight UTC back to "YYYY-MM-DD". */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` after (negative: before) a date. */
export function addDays(isoDate: string, days: number): string {
  return isoDateOf(new Date(utcDateOf(isoDate).getTime() + days * DAY_MS));
}

/** Whole days from one date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDateOf(to).getTime() - utcDateOf(from).getTime()) / DAY_MS);
}

/** Saturday or Sunday. */
export function isWeekend(isoDate: string): boolean {
  const weekday = utcDateOf(isoDate).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Monday to Friday and not one of the listed non-working dates (bank holidays, the authority's own days). */
export function isWorkingDay(isoDate: string, nonWorkingDays: ReadonlySet<string>): boolean {
  return !isWeekend(isoDate) && !nonWorkingDays.has(isoDate);
}

/** The working days strictly between two dates, neither end counted: the "clear" working days. */
export function clearWorkingDaysBetween(first: string, last: string, nonWorkingDays: ReadonlySet<string>): number {
  let count = 0;
  for (let day = addDays(first, 1); day < last; day = addDays(day, 1)) {
    if (isWorkingDay(day, nonWorkingDays)) count += 1;
  }
  return count;
}

/** The nearest working day on or before a date. */
export function workingDayOnOrBefore(isoDate: string, nonWorkingDays: ReadonlySet<string>): string {
  let day = isoDate;
  while (!isWorkingDay(day, nonWorkingDays)) day = addDays(day, -1);
  return day;
}
