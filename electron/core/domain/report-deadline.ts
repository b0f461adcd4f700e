// When reports for a meeting must be in: the authority's rule, e.g. "11 days
// before" or "5 working days before". Bank holidays are not known yet; a
// caller that knows them passes them in as non-working dates.

/** How the authority counts the days before a meeting. */
export type ReportDeadlineBasis = 'calendar_days' | 'working_days';

const DAY_MS = 86_400_000;

function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isWorkingDay(date: Date, nonWorkingDays: ReadonlySet<string>): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nonWorkingDays.has(toIso(date));
}

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
  let date = toDate(meetingDate);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${meetingDate}`);
  switch (basis) {
    case 'calendar_days':
      date = new Date(date.getTime() - days * DAY_MS);
      while (!isWorkingDay(date, nonWorkingDays)) date = new Date(date.getTime() - DAY_MS);
      return toIso(date);
    case 'working_days':
      for (let counted = 0; counted < days; ) {
        date = new Date(date.getTime() - DAY_MS);
        if (isWorkingDay(date, nonWorkingDays)) counted += 1;
      }
      return toIso(date);
  }
}
