// The bank holidays of England and Wales, shipped with the app so the
// statutory timetable works offline. They are worked out by the rules of the
// Banking and Financial Dealings Act 1971 and the usual substitute days, plus
// the changes and extra days made by royal proclamation, which no rule
// predicts and so are listed by hand. Years outside the range are not known:
// a one-off announced later (or a year past the range) is added by the
// authority as a non-working day of its own.

import { addDays, isoDateOf, utcDateOf } from './working-days';

/** One bank holiday: its date (YYYY-MM-DD) and its name as gov.uk gives it. */
export type BankHoliday = { date: string; name: string };

/** The years the built-in list covers, inclusive. */
export const BANK_HOLIDAY_YEARS = { first: 2015, last: 2030 } as const;

/** Bank holidays moved by proclamation away from the day the rule gives, keyed by the rule's date. */
const MOVED: Readonly<Record<string, BankHoliday>> = {
  // The 75th anniversary of VE Day.
  '2020-05-04': { date: '2020-05-08', name: 'Early May bank holiday (VE day)' },
  // Moved to make a four-day weekend with the Platinum Jubilee.
  '2022-05-30': { date: '2022-06-02', name: 'Spring bank holiday' },
};

/** Extra bank holidays proclaimed for one year only. */
const EXTRA: readonly BankHoliday[] = [
  { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
  { date: '2022-09-19', name: 'Bank holiday for the State Funeral of Queen Elizabeth II' },
  { date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' },
];

function isoOf(year: number, month: number, day: number): string {
  return isoDateOf(new Date(Date.UTC(year, month - 1, day)));
}

/** Easter Sunday in the Gregorian calendar (the anonymous computus, as in Meeus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

function weekdayOf(isoDate: string): number {
  return utcDateOf(isoDate).getUTCDay();
}

/** The first Monday of a month. */
function firstMonday(year: number, month: number): string {
  const first = isoOf(year, month, 1);
  return addDays(first, (8 - weekdayOf(first)) % 7);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): string {
  const last = isoOf(year, month + 1, 0);
  return addDays(last, -((weekdayOf(last) + 6) % 7));
}

/** New Year's Day, or the Monday after when it falls at a weekend. */
function newYear(year: number): BankHoliday {
  const day = isoOf(year, 1, 1);
  const weekday = weekdayOf(day);
  if (weekday === 6) return { date: addDays(day, 2), name: 'New Year’s Day (substitute day)' };
  if (weekday === 0) return { date: addDays(day, 1), name: 'New Year’s Day (substitute day)' };
  return { date: day, name: 'New Year’s Day' };
}

/** Christmas Day and Boxing Day; whichever falls at a weekend moves to the next weekday not already taken. */
function christmas(year: number): BankHoliday[] {
  const christmasDay = isoOf(year, 12, 25);
  const boxingDay = isoOf(year, 12, 26);
  switch (weekdayOf(christmasDay)) {
    case 5: // Friday: Boxing Day on Saturday moves to Monday.
      return [{ date: christmasDay, name: 'Christmas Day' }, { date: addDays(christmasDay, 3), name: 'Boxing Day (substitute day)' }];
    case 6: // Saturday: both move, to Monday and Tuesday.
      return [
        { date: addDays(christmasDay, 2), name: 'Christmas Day (substitute day)' },
        { date: addDays(christmasDay, 3), name: 'Boxing Day (substitute day)' },
      ];
    case 0: // Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday.
      return [{ date: boxingDay, name: 'Boxing Day' }, { date: addDays(christmasDay, 2), name: 'Christmas Day (substitute day)' }];
    default:
      return [{ date: christmasDay, name: 'Christmas Day' }, { date: boxingDay, name: 'Boxing Day' }];
  }
}

/** The bank holidays of England and Wales in one year of the range, in date order. */
export function bankHolidaysOf(year: number): BankHoliday[] {
  if (!Number.isInteger(year) || year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) {
    throw new RangeError(`Bank holidays are known for ${BANK_HOLIDAY_YEARS.first} to ${BANK_HOLIDAY_YEARS.last}, not ${year}`);
  }
  const easter = easterSunday(year);
  const byRule: BankHoliday[] = [
    newYear(year),
    { date: addDays(easter, -2), name: 'Good Friday' },
    { date: addDays(easter, 1), name: 'Easter Monday' },
    { date: firstMonday(year, 5), name: 'Early May bank holiday' },
    { date: lastMonday(year, 5), name: 'Spring bank holiday' },
    { date: lastMonday(year, 8), name: 'Summer bank holiday' },
    ...christmas(year),
  ];
  const prefix = `${year}-`;
  return [...byRule.map((holiday) => MOVED[holiday.date] ?? holiday), ...EXTRA.filter((holiday) => holiday.date.startsWith(prefix))].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
}

/** Every built-in bank holiday, in date order. */
export const BANK_HOLIDAYS: readonly BankHoliday[] = Array.from(
  { length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 },
  (_unused, index) => bankHolidaysOf(BANK_HOLIDAY_YEARS.first + index),
).flat();

const BY_DATE: ReadonlyMap<string, BankHoliday> = new Map(BANK_HOLIDAYS.map((holiday) => [holiday.date, holiday]));

/** The bank holiday on a date, if it is one. */
export function bankHolidayOn(isoDate: string): BankHoliday | null {
  return BY_DATE.get(isoDate) ?? null;
}

/** The bank holidays from one date to another, both included. */
export function bankHolidaysBetween(from: string, to: string): BankHoliday[] {
  return BANK_HOLIDAYS.filter((holiday) => holiday.date >= from && holiday.date <= to);
}

/** Whether the built-in list covers every day from one date to another. */
export function isBankHolidayListComplete(from: string, to: string): boolean {
  return Number(from.slice(0, 4)) >= BANK_HOLIDAY_YEARS.first && Number(to.slice(0, 4)) <= BANK_HOLIDAY_YEARS.last;
}
