// The overall effectiveness grade: an "Overall effectiveness" row of the
// table, the sentence heading it, or a labelled line; checked against the
// table it sums up.
import type { Found, ParsedInspection } from '../../../../shared/api/methods/imports';
import type { Grade } from '../../../../shared/api/schema';
import { gradeLabel, gradeOfCell, isBetter } from './grades';
import type { JudgementTable } from './judgements';
import { findLabelled } from './labels';
import { refOf, type Line } from './lines';

const OVERALL_LABEL = 'overall (?:effectiveness|judgement|grade)';

function where(line: Line): string {
  return `page ${line.page}, line ${line.line}`;
}

/** The overall grade and the warnings it raises: two statements that differ, or a grade outside the table's range. */
export function findOverall(table: JudgementTable | null, region: Line[], warnings: string[]): Found<Grade> {
  let found: { grade: Grade; line: Line } | null = null;
  const row = table?.overallRow ?? null;
  const sentence = table?.overallSentence ?? null;
  if (row !== null) {
    found = { grade: row.grade, line: row.line };
    if (sentence !== null && sentence.grade !== row.grade) {
      warnings.push(
        `The overall grade in the judgement table (${gradeLabel(row.grade)}, ${where(row.line)}) differs from the sentence above it (${gradeLabel(sentence.grade)}, ${where(sentence.line)}): check which is right.`,
      );
    }
  } else if (sentence !== null) {
    found = sentence;
  } else {
    // "Overall effectiveness: Good" as a labelled line, not a bullet recalling an earlier inspection.
    for (const candidate of findLabelled(region, new RegExp(OVERALL_LABEL), true)) {
      const grade = candidate.label.marker === null ? gradeOfCell(candidate.value) : null;
      if (grade !== null) {
        found = { grade, line: candidate.line };
        break;
      }
    }
  }
  if (found === null) return { value: null, source: null };

  const grades = table?.rows.map((judgement) => judgement.grade) ?? [];
  const best = grades.reduce<Grade | null>((a, b) => (a === null || isBetter(b, a) ? b : a), null);
  const worst = grades.reduce<Grade | null>((a, b) => (a === null || isBetter(a, b) ? b : a), null);
  if (best !== null && worst !== null && (isBetter(found.grade, best) || isBetter(worst, found.grade))) {
    warnings.push(
      `The overall grade (${gradeLabel(found.grade)}, ${where(found.line)}) disagrees with the judgement table, whose grades run from ${gradeLabel(best)} to ${gradeLabel(worst)}: check it.`,
    );
  }
  return { value: found.grade, source: refOf(found.line) };
}

/** The judgement rows as the result lists them: refs as printed, else their order in the table. */
export function judgementsOf(table: JudgementTable | null, warnings: string[]): ParsedInspection['judgements'] {
  if (table === null) return [];
  return table.rows.map((row, position) => {
    if (row.ref === null && table.isNumbered) {
      warnings.push(`The judgement "${row.area}" has no number in the table (${where(row.line)}); it was given ${String(position + 1)}: check it.`);
    }
    return { ref: row.ref ?? String(position + 1), area: row.area, grade: row.grade, source: refOf(row.line) };
  });
}
