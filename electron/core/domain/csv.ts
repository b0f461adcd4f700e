// CSV as spreadsheets read it, safe to open: a cell that starts like a
// formula (= + - @, or a tab or carriage return that some programs skip
// before one) is prefixed with an apostrophe, so Excel and LibreOffice show
// it as text instead of running it. Quoted per RFC 4180, CRLF line ends, and
// a byte-order mark so Excel reads the UTF-8 (en dashes, curly quotes) right.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could run as a formula, quoted when it must be. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole table as CSV text, header row first. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
