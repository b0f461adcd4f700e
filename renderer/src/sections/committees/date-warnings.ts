// What is worth a second look about a new meeting's date. None of it stops
// the meeting being added: councils do meet on odd days, and a meeting already
// held may be recorded after the event.
import { useEffect, useState } from 'react';
import type { NonWorkingDay } from '../../../../shared/api/methods/calendar';
import { dateFromIso, longDate } from '../../../../shared/format/dates';
import { api } from '../../api/client';

/** The warnings for a meeting on `date` (YYYY-MM-DD), given today and the non-working days on that date. */
export function dateWarnings(date: string, today: string, days: readonly NonWorkingDay[]): string[] {
  const warnings: string[] = [];
  const when = longDate(date);
  if (date < today) warnings.push(`${when} is in the past.`);
  const weekday = dateFromIso(date).getDay();
  if (weekday === 0 || weekday === 6) warnings.push(`${when} falls at a weekend.`);
  for (const day of days.filter((one) => one.date === date)) {
    warnings.push(day.source === 'bank_holiday' ? `${when} is a bank holiday: ${day.name}.` : `${when} is one of the authority’s non-working days: ${day.name}.`);
  }
  return warnings;
}

/** The warnings for the date being typed, once it is a whole date; the calendar is asked about that one day. */
export function useDateWarnings(date: string, today: string): string[] {
  const [found, setFound] = useState<{ date: string; days: NonWorkingDay[] } | null>(null);
  // A date field gives a whole date or nothing; the year range keeps a half-typed year (0002) from being asked about.
  const isWholeDate = /^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(date);
  useEffect(() => {
    if (!isWholeDate) return;
    let isCurrent = true;
    void api.call('calendar/nonWorkingDays', { from: date, to: date }).then((result) => {
      // Without the calendar the weekend and past checks still stand; the engine's timetable checks again later.
      if (isCurrent) setFound({ date, days: result.ok ? result.value : [] });
    });
    return () => { isCurrent = false; };
  }, [date, isWholeDate]);
  if (!isWholeDate) return [];
  return dateWarnings(date, today, found?.date === date ? found.days : []);
}
