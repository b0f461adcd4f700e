// One row of a judgement table: an area and the grade that ends it, in a
// row of cells, a line that lost its cells, or (from a PDF whose table cell
// wrapped) an area line with its grade on the lines around it.
import type { Grade } from '../../../../shared/api/schema';
import { gradeOfCell, splitTrailingGrade } from './grades';
import { nextContent, type Line } from './lines';

/** One graded row of a judgement table. */
export type JudgementRow = { ref: string | null; area: string; grade: Grade; line: Line };

const REF = /^(\d{1,2}(?:\.\d{1,2})*)\.?(?:\s+|$)/;
/** The first word of a grade, alone on a line because its cell wrapped. */
const GRADE_START = /^(requires?|requires? improvement|requires? improvement to be)$/i;

/** A line read as a graded row, or null. */
export function rowOf(line: Line): JudgementRow | null {
  if (line.isBlank) return null;
  let parts: { area: string; grade: Grade } | null = null;
  if (line.cells !== null) {
    const gradeAt = line.cells.findIndex((cell, index) => index > 0 && gradeOfCell(cell) !== null);
    const grade = gradeAt > 0 ? gradeOfCell(line.cells[gradeAt] ?? '') : null;
    if (grade !== null) parts = { area: line.cells.slice(0, gradeAt).join(' '), grade };
  } else if (line.marker === null || /\d/.test(line.marker)) {
    parts = splitTrailingGrade(line.text);
    // Prose ends in a grade too ("…judged to be Good"): a row's area is a short name.
    if (parts !== null && (parts.area.split(' ').length > 16 || /[.;]$/.test(parts.area))) parts = null;
  }
  if (parts === null) return null;
  let area = parts.area.trim();
  let ref: string | null = null;
  const numbered = REF.exec(area);
  if (numbered?.[1] !== undefined) {
    ref = numbered[1];
    area = area.slice(numbered[0].length).trim();
  } else if (line.marker !== null && /^\d/.test(line.marker)) {
    ref = line.marker.replace(/[.)]$/, '');
  }
  area = area.replace(/[\s:–—-]+$/, '');
  if (area === '' || gradeOfCell(area) !== null) return null;
  return { ref, area, grade: parts.grade, line };
}

/** A line that could name an area: short, no sentence or label punctuation, not itself a grade. */
function isAreaLike(line: Line): boolean {
  const text = line.text;
  return (
    line.cells === null &&
    text.length <= 160 &&
    text.split(' ').length <= 16 &&
    !/[.;:]/.test(text) &&
    gradeOfCell(text) === null &&
    !GRADE_START.test(text) &&
    (line.marker === null || /\d/.test(line.marker))
  );
}

function withGrade(line: Line, grade: string): Line {
  return { ...line, cells: [line.text, grade] };
}

/**
 * The lines with rows a PDF table split apart put back together: an area
 * line whose grade stands on the next line ("Good"), on the next two
 * ("Requires" / "improvement"), or on the lines either side of it.
 */
export function mergeSplitRows(lines: Line[]): Line[] {
  const merged: Line[] = [];
  const used = new Set<number>();
  const last: { content: Line | null } = { content: null };
  const push = (line: Line) => {
    merged.push(line);
    if (!line.isBlank) last.content = line;
  };
  for (const line of lines) {
    if (used.has(line.index)) continue;
    const next = nextContent(lines, line.index);
    // The grade of a split row stands on a short line just below.
    if (line.isBlank || next === null || next.text.length > 48 || !isAreaLike(line)) {
      push(line);
      continue;
    }
    const afterNext = nextContent(lines, next.index);
    const before = last.content;
    if (next.cells === null && gradeOfCell(next.text) !== null) {
      push(withGrade(line, next.text));
      used.add(next.index);
    } else if (before !== null && GRADE_START.test(before.text) && gradeOfCell(`${before.text} ${next.text}`) !== null) {
      merged.splice(merged.lastIndexOf(before), 1);
      push(withGrade(line, `${before.text} ${next.text}`));
      used.add(next.index);
    } else if (afterNext !== null && GRADE_START.test(next.text) && gradeOfCell(`${next.text} ${afterNext.text}`) !== null) {
      push(withGrade(line, `${next.text} ${afterNext.text}`));
      used.add(next.index);
      used.add(afterNext.index);
    } else {
      push(line);
    }
  }
  return merged;
}
