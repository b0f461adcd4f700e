import type { InspectionFramework } from '../../../../shared/api/methods/inspections';
import type { SourceRef } from '../../../../shared/api/methods/imports';
import type { Grade } from '../../../../shared/api/schema';
import { dateFromIso, formatDate } from '../../../../shared/format/dates';

/** Grades in the words the reports use; colour only ever repeats them. */
export const GRADE_NAMES: Record<Grade, string> = {
  outstanding: 'Outstanding',
  good: 'Good',
  requires_improvement: 'Requires improvement to be good',
  inadequate: 'Inadequate',
};

export const GRADES = Object.keys(GRADE_NAMES) as Grade[];

export const FRAMEWORK_NAMES: Record<InspectionFramework, string> = {
  SIF: 'Single inspection framework (SIF, 2014–2018)',
  ILACS: 'ILACS (2018 onwards)',
  other: 'Another framework',
};

/** Short names for tables, where the long ones would wrap. */
export const FRAMEWORK_SHORT_NAMES: Record<InspectionFramework, string> = { SIF: 'SIF', ILACS: 'ILACS', other: 'Other' };

const MONTH_YEAR = / [A-Z][a-z]+ \d{4}$/;

/** "3 to 14 March 2025", "28 February to 3 March 2025", or one date when only one is known. */
export function formatDateRange(start: string | null, end: string | null): string | null {
  if (start === null || end === null) {
    const only = start ?? end;
    return only === null ? null : formatDate(dateFromIso(only));
  }
  const first = formatDate(dateFromIso(start));
  const last = formatDate(dateFromIso(end));
  if (start === end) return first;
  if (start.slice(0, 7) === end.slice(0, 7)) return `${first.replace(MONTH_YEAR, '')} to ${last}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${first.replace(/ \d{4}$/, '')} to ${last}`;
  return `${first} to ${last}`;
}

/** A date for a table cell, or null when there is none. */
export function formatOptionalDate(iso: string | null): string | null {
  return iso === null ? null : formatDate(dateFromIso(iso));
}

/** "page 2, line 14": where a value was found. */
export function sourcePhrase(source: SourceRef): string {
  return `page ${source.page}, line ${source.line}`;
}

/** "1 recommendation", "12 recommendations". */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
