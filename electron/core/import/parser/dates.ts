// Dates as UK reports write them: "9 October to 2 November 2017",
// "13 to 24 March 2023", "9th October 2017", "29 November – 10 December 2021",
// "13/03/2023". Results are ISO (YYYY-MM-DD); anything doubtful is null.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const SEP = '\\s*(?:to|until|till|and|[-–—])\\s*';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';

const TWO_MONTHS = new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?${SEP}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
const ONE_MONTH = new RegExp(`\\b${DAY}${SEP}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
const SINGLE = new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+${YEAR}\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const NUMERIC_RANGE = new RegExp(`${NUMERIC.source}${SEP}${NUMERIC.source}`);

/** An inspection's first and last day. */
export type DateRange = { start: string; end: string };

function monthNumber(name: string | undefined): number | null {
  if (name === undefined) return null;
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? null : index + 1;
}

/** The ISO date for day/month/year, or null when there is no such day. */
function isoDate(day: number, month: number | null, year: number): string | null {
  if (month === null || year < 1990 || year > 2100 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function ordered(start: string | null, end: string | null): DateRange | null {
  if (start === null || end === null || start > end) return null;
  return { start, end };
}

/** The first date range (or single date, as a one-day range) written in `text`, or null. */
export function findDateRange(text: string): DateRange | null {
  const two = TWO_MONTHS.exec(text);
  if (two !== null) {
    const [, d1, m1, y1, d2, m2, y2] = two;
    const endMonth = monthNumber(m2);
    const startMonth = monthNumber(m1);
    const endYear = Number(y2);
    // "28 December to 8 January 2024" began the year before.
    const startYear = y1 !== undefined ? Number(y1) : (startMonth ?? 0) > (endMonth ?? 0) ? endYear - 1 : endYear;
    return ordered(isoDate(Number(d1), startMonth, startYear), isoDate(Number(d2), endMonth, endYear));
  }
  const one = ONE_MONTH.exec(text);
  if (one !== null) {
    const [, d1, d2, m, y] = one;
    const month = monthNumber(m);
    return ordered(isoDate(Number(d1), month, Number(y)), isoDate(Number(d2), month, Number(y)));
  }
  const numericRange = NUMERIC_RANGE.exec(text);
  if (numericRange !== null) {
    const [, d1, m1, y1, d2, m2, y2] = numericRange.map(Number);
    return ordered(isoDate(d1 ?? 0, m1 ?? 0, y1 ?? 0), isoDate(d2 ?? 0, m2 ?? 0, y2 ?? 0));
  }
  const single = findDate(text);
  return single === null ? null : { start: single, end: single };
}

/** The first single date written in `text` ("21 December 2017", "21/12/2017"), or null. */
export function findDate(text: string): string | null {
  const named = SINGLE.exec(text);
  if (named !== null) return isoDate(Number(named[1]), monthNumber(named[2]), Number(named[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric !== null) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  return null;
}
