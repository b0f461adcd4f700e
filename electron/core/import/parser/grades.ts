// Ofsted's four-point grade vocabulary, as it appears in a table cell
// ("Requires improvement to be good") and in a sentence ("services in X
// require improvement to be good").
import type { Grade } from '../../../../shared/api/schema';

/** Grades from best to worst, for comparing one with another. */
export const GRADE_ORDER: readonly Grade[] = ['outstanding', 'good', 'requires_improvement', 'inadequate'];

function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.:;,!]+$/, '');
}

/** The grade a whole table cell states ("Requires Improvement", "Good."), or null if the cell is anything else. */
export function gradeOfCell(cell: string): Grade | null {
  // Called on most lines of a report: a cheap test rules out all but short grade-like cells.
  if (cell.length > 48 || !/good|outstanding|inadequate|improvement/i.test(cell)) return null;
  const text = plain(cell);
  if (/^requires? (an )?improvement( to be good)?$/.test(text)) return 'requires_improvement';
  if (text === 'good') return 'good';
  if (text === 'outstanding') return 'outstanding';
  if (text === 'inadequate') return 'inadequate';
  return null;
}

/** The grade a sentence states ("…require improvement to be good", "…are inadequate"), or null. */
export function gradeInSentence(sentence: string): Grade | null {
  const text = plain(sentence);
  if (/\brequires? (an )?improvement\b/.test(text)) return 'requires_improvement';
  if (/\binadequate\b/.test(text)) return 'inadequate';
  if (/\boutstanding\b/.test(text)) return 'outstanding';
  if (/\bgood\b/.test(text)) return 'good';
  return null;
}

// A grade closing a line of a table that lost its cells ("Overall
// effectiveness Good"): capitalised as a table cell is, unlike prose.
const GRADE_AT_END =
  /^(.+?)\s*[:|–—-]?\s+(Requires [Ii]mprovement(?: [Tt]o [Bb]e [Gg]ood)?|REQUIRES IMPROVEMENT(?: TO BE GOOD)?|Good|GOOD|Outstanding|OUTSTANDING|Inadequate|INADEQUATE)\.?$/u;

/** Splits "Area Grade" text into its area and grade, when the grade is written as a table would write it. */
export function splitTrailingGrade(text: string): { area: string; grade: Grade } | null {
  const trimmed = text.trim();
  // Most lines are prose: rule them out before the backtracking pattern runs.
  if (trimmed.length > 300 || !/(?:good|outstanding|inadequate|improvement)\.?$/i.test(trimmed)) return null;
  const match = GRADE_AT_END.exec(trimmed);
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const grade = gradeOfCell(match[2]);
  return grade === null ? null : { area: match[1], grade };
}

/** Whether `a` is a better grade than `b`. */
export function isBetter(a: Grade, b: Grade): boolean {
  return GRADE_ORDER.indexOf(a) < GRADE_ORDER.indexOf(b);
}

/** The grade as officers write it, for warnings. */
export function gradeLabel(grade: Grade): string {
  switch (grade) {
    case 'outstanding':
      return 'outstanding';
    case 'good':
      return 'good';
    case 'requires_improvement':
      return 'requires improvement to be good';
    case 'inadequate':
      return 'inadequate';
  }
}
