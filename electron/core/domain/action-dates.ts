// Dates of actions: timescales as officers write them, and "today" where the council is.

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** The last day of the month a timescale names ("September 2018" → 2018-09-30); null for anything else ("Ongoing", "Q3"). */
export function dueDateFromTimescale(label: string): string | null {
  const match = /^\s*([a-z]+)\.?,?\s+(\d{4})\s*$/i.exec(label);
  if (!match) return null;
  const month = MONTHS[(match[1] ?? '').toLowerCase()];
  const year = Number(match[2]);
  if (month === undefined || year < 1900 || year > 2200) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** Whether a due date comes before the plan's start (either missing: it cannot). Both YYYY-MM-DD. */
export function isDueBeforeStart(dueDate: string | null | undefined, startDate: string | null | undefined): boolean {
  return typeof dueDate === 'string' && typeof startDate === 'string' && dueDate < startDate;
}

/** The day `days` before a YYYY-MM-DD date (negative: after), by the calendar. */
export function daysBefore(isoDate: string, days: number): string {
  const date = new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)) - days));
  return date.toISOString().slice(0, 10);
}

/** The last day of the month a YYYY-MM-DD date falls in. */
export function monthEndOf(isoDate: string): string {
  const date = new Date(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), 0));
  return date.toISOString().slice(0, 10);
}
