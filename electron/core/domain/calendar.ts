// An officer's "today" is the UK calendar date, whatever the machine's time zone.

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date (YYYY-MM-DD) of a moment in the UK, where an officer's "today" and "end of the day" are. */
export function ukDateOf(moment: Date | string): string {
  return londonDate.format(typeof moment === 'string' ? new Date(moment) : moment);
}
