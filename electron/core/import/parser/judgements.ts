// The judgement table: consecutive rows that end in a grade, found by their
// shape (cells, numbering, grade vocabulary) rather than their wording.
// SIF tables number their areas and sub-areas ("2.1"), with the overall
// judgement written as a sentence above them; ILACS tables list unnumbered
// areas and an "Overall effectiveness" row.
import type { Grade } from '../../../../shared/api/schema';
import { gradeInSentence } from './grades';
import { endsSentence, type Line } from './lines';
import { mergeSplitRows, rowOf, type JudgementRow } from './table-rows';

export type { JudgementRow } from './table-rows';

/** A judgement table as found: its area rows, and where it states the overall grade. */
export type JudgementTable = {
  rows: JudgementRow[];
  /** An "Overall effectiveness" row. */
  overallRow: JudgementRow | null;
  /** A sentence heading the table ("Children's services in X are good"). */
  overallSentence: { grade: Grade; line: Line } | null;
  isNumbered: boolean;
  first: Line;
};

const HEADER_WORDS = /^(judgements?|areas?|grades?|ratings?|outcomes?|inspection judgements?)$/i;
const OVERALL = /^overall\b|\boverall effectiveness\b/i;

function isHeaderRow(line: Line): boolean {
  if (line.text.length > 60) return false;
  const parts = line.cells ?? line.text.split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => HEADER_WORDS.test(part.trim()));
}

/** A one-cell line (or two, wrapped) that states a grade as a sentence, as the SIF overall line does. */
function overallSentenceOf(line: Line | undefined, before: Line | undefined): { grade: Grade; line: Line } | null {
  if (line === undefined || line.isBlank || line.cells !== null || line.marker !== null) return null;
  const isWrapped = /^\p{Ll}/u.test(line.text) && before !== undefined && !before.isBlank && before.cells === null;
  const text = isWrapped ? `${before.text} ${line.text}` : line.text;
  if (text.length > 250 || text.split(' ').length > 30) return null;
  const grade = gradeInSentence(text);
  return grade === null ? null : { grade, line: isWrapped ? before : line };
}

/** A piece of an area name wrapped onto its own line: short, unpunctuated, gradeless. */
function isFragment(line: Line): boolean {
  return line.text.length <= 120 && line.cells === null && line.marker === null && line.text.split(' ').length <= 12 && !endsSentence(line.text) && !/[,;:]$/.test(line.text);
}

function tableOf(rows: JudgementRow[], lines: Line[], firstIndex: number): JudgementTable {
  const overallRow = rows.find((row) => OVERALL.test(row.area)) ?? null;
  const areaRows = rows.filter((row) => row !== overallRow);
  // The overall sentence heads the table, just above its first row (a header may come between).
  let overallSentence: JudgementTable['overallSentence'] = null;
  for (let i = firstIndex - 1, seen = 0; i >= 0 && seen < 3; i -= 1) {
    const line = lines[i];
    if (line === undefined || line.isBlank) continue;
    seen += 1;
    if (isHeaderRow(line)) continue;
    overallSentence = overallSentenceOf(line, lines[i - 1]);
    break;
  }
  const first = lines[firstIndex] ?? rows[0]?.line;
  return {
    rows: areaRows,
    overallRow,
    overallSentence,
    isNumbered: areaRows.some((row) => row.ref !== null),
    first: first ?? (rows[0] as JudgementRow).line,
  };
}

/** Every run of two or more graded rows in the report, in order. */
export function findJudgementTables(report: Line[]): JudgementTable[] {
  const lines = mergeSplitRows(report);
  const tables: JudgementTable[] = [];
  let rows: JudgementRow[] = [];
  let firstIndex = -1;
  let prefix: Line | null = null;
  const close = () => {
    if (rows.length >= 2) tables.push(tableOf(rows, lines, firstIndex));
    rows = [];
    firstIndex = -1;
  };

  let prefixAt = -1;
  lines.forEach((line, position) => {
    if (line.isBlank) return;
    const row = rowOf(line);
    if (row !== null) {
      // "The experiences … who need help and" / "protection  Good": a wrapped area name.
      if (prefix !== null && /^\p{Ll}/u.test(row.area)) {
        row.area = `${prefix.text} ${row.area}`;
        if (rows.length === 0) firstIndex = prefixAt;
      } else if (prefix !== null) {
        close();
      }
      prefix = null;
      if (rows.length === 0 && firstIndex < 0) firstIndex = position;
      rows.push(row);
      return;
    }
    const last = rows[rows.length - 1];
    if (last !== undefined && prefix === null && isFragment(line) && /^\p{Ll}/u.test(line.text)) {
      last.area = `${last.area} ${line.text}`;
      return;
    }
    if (isHeaderRow(line) && prefix === null) return;
    if (isFragment(line)) {
      // Only the line just above a row can be the start of its area name.
      close();
      prefix = line;
      prefixAt = position;
      return;
    }
    prefix = null;
    close();
  });
  close();
  return tables;
}
