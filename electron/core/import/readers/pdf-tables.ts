// A table cell whose text wraps puts its extra lines below the row (cells
// aligned to the top) or above and below it (cells centred, as Word and
// LibreOffice often draw them), so a judgement row arrives as "Requires" /
// "Help and protection  improvement" / "to be good". Lines that sit tight
// against a row, inside its columns, and read as the middle of a phrase (the
// lower part starts in lower case) are put back into the row's cells.
import type { PdfLine } from './pdf-lines';

// Further than this many font sizes from the row, a line is not part of it.
const ROW_REACH = 1.5;

/** The lines of a page with wrapped cell text merged back into their table rows. */
export function mergeWrappedCells(lines: readonly PdfLine[]): PdfLine[] {
  const absorbed = new Set<number>();
  const merged = lines.map((line, index) => {
    const { columns } = line;
    const cells = line.fields.cells === undefined ? undefined : [...line.fields.cells];
    if (columns === undefined || cells === undefined || columns.length !== cells.length || absorbed.has(index)) return line;
    let { top, bottom } = line;
    for (const step of [-1, 1]) {
      let edge = line.baseline;
      for (let other = index + step; other >= 0 && other < lines.length; other += step) {
        const candidate = lines[other];
        if (candidate === undefined || absorbed.has(other) || candidate.fields.listMarker !== undefined) break;
        if (Math.abs(candidate.baseline - edge) > ROW_REACH * line.size) break;
        const parts = placeInColumns(candidate, columns, line.size);
        // The lower of two lines must continue the upper: "improvement" after "Requires", "be good" after "…improvement to".
        const lower = step < 0 ? parts.map(({ column }) => cells[column] ?? '') : parts.map(({ text }) => text);
        if (parts.length === 0 || !lower.every(startsLowerCase)) break;
        for (const { column, text } of parts) cells[column] = step < 0 ? `${text} ${cells[column] ?? ''}` : `${cells[column] ?? ''} ${text}`;
        absorbed.add(other);
        edge = candidate.baseline;
        top = Math.min(top, edge);
        bottom = Math.max(bottom, edge);
      }
    }
    return { ...line, top, bottom, fields: { ...line.fields, cells, text: cells.join('\t') } };
  });
  return merged.filter((_, index) => !absorbed.has(index));
}

// The line's text by the row's column it falls in; empty when it does not fit the columns.
function placeInColumns(line: PdfLine, columns: readonly number[], size: number): { column: number; text: string }[] {
  const slack = 0.5 * size;
  const columnAt = (left: number, right: number): number | undefined => {
    for (let column = columns.length - 1; column >= 0; column -= 1) {
      const start = columns[column] ?? 0;
      const next = columns[column + 1] ?? Number.POSITIVE_INFINITY;
      if (left >= start - slack && right <= next - slack / 2) return column;
    }
    return undefined;
  };
  if (line.columns === undefined || line.fields.cells === undefined) {
    const column = columnAt(line.left, line.right);
    return column === undefined ? [] : [{ column, text: line.fields.text }];
  }
  const { cells } = line.fields;
  const last = line.columns.length - 1;
  // Each piece goes by where it starts; the last must also end before the row's next column.
  const placed = line.columns.map((start, index) => ({ column: columnAt(start, index === last ? line.right : start), text: cells[index] ?? '' }));
  const columnsUsed = new Set(placed.map(({ column }) => column));
  if (placed.some(({ column }) => column === undefined) || columnsUsed.size !== placed.length) return [];
  return placed.map(({ column, text }) => ({ column: column ?? 0, text }));
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text.trim());
}
