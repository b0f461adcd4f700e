// A PDF page is a scatter of positioned text pieces. This puts them back into
// lines: pieces on one baseline, left to right; a wide gap between pieces is a
// table column (a cell), a narrow one a space; a small raised piece is a
// footnote marker and is dropped, as the text reader drops <sup>.
import type { SourceLine } from '../source-text';
import { cellFields, isBareListMarker, normaliseText, textFields } from './normalise';
import { mergeWrappedCells } from './pdf-tables';

/** One piece of text on a page, in page coordinates with y growing downwards. */
export type PdfPiece = { text: string; x: number; baseline: number; width: number; size: number; isBold: boolean };

/** A line put back together: its fields, where it sits, its dominant font size and (a table row) where its columns start. */
export type PdfLine = {
  fields: Omit<SourceLine, 'page' | 'line'>;
  baseline: number;
  /** The baselines of its first and last visual line (a table row whose cells wrap spans several). */
  top: number;
  bottom: number;
  size: number;
  left: number;
  right: number;
  columns?: number[];
};

// A gap wider than this many font sizes separates columns. A space is at most
// 0.6 (a monospaced font) and pdfjs splits pieces only beyond that; a tab in a
// LibreOffice export or a table column is wider.
const CELL_GAP = 0.75;
// Narrower than this, two pieces are one word (a change of font mid-word).
const SPACE_GAP = 0.1;
// Lines further apart than this many usual line pitches are separate paragraphs.
const PARAGRAPH_GAP = 1.3;

/** Lines of one page, top to bottom, from its text pieces. */
export function piecesToLines(pieces: readonly PdfPiece[]): PdfLine[] {
  const sorted = [...pieces].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: PdfPiece[][] = [];
  for (const piece of sorted) {
    const group = groups.at(-1);
    const anchor = group?.[0];
    // Half a font size catches raised footnote markers and mixed fonts, never the next line.
    if (group !== undefined && anchor !== undefined && piece.baseline - anchor.baseline <= 0.5 * Math.max(piece.size, anchor.size)) group.push(piece);
    else groups.push([piece]);
  }
  const lines = groups.flatMap((group) => {
    const line = buildLine(group);
    return line === null ? [] : [line];
  });
  return withParagraphGaps(mergeWrappedCells(lines));
}

// A text file or a Word file separates paragraphs with an empty line; a PDF
// with extra space. An empty line where the space between lines is clearly
// larger than the page's usual line pitch gives the parser the same hint.
function withParagraphGaps(lines: readonly PdfLine[]): PdfLine[] {
  const pitches = lines.slice(1).map((line, index) => line.top - (lines[index]?.bottom ?? 0)).filter((pitch) => pitch > 0);
  const pitch = median(pitches);
  const result: PdfLine[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous !== undefined && pitch !== undefined) {
      const gap = line.top - previous.bottom;
      if (gap > PARAGRAPH_GAP * pitch && gap > 1.5 * Math.max(line.size, previous.size)) {
        const baseline = (line.top + previous.bottom) / 2;
        result.push({ fields: { text: '' }, baseline, top: baseline, bottom: baseline, size: line.size, left: line.left, right: line.left });
      }
    }
    result.push(line);
  });
  return result;
}

function median(values: readonly number[]): number | undefined {
  if (values.length < 3) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function buildLine(group: readonly PdfPiece[]): PdfLine | null {
  const size = dominant(group, (piece) => piece.size);
  const baseline = dominant(group, (piece) => piece.baseline);
  const kept: PdfPiece[] = [];
  const segments: PdfPiece[][] = [];
  let end = Number.NEGATIVE_INFINITY;
  let previous: PdfPiece | undefined;
  for (const piece of [...group].sort((a, b) => a.x - b.x)) {
    // A dropped marker still takes up its room: "words²." must read "words.", not "words .".
    if (isFootnoteMarker(piece, size, baseline)) {
      end = Math.max(end, piece.x + piece.width);
      continue;
    }
    kept.push(piece);
    // Some producers draw a word twice, a hair apart, to fake bold.
    if (previous !== undefined && piece.text === previous.text && Math.abs(piece.x - previous.x) < 0.2 * size) {
      previous.isBold = true;
      continue;
    }
    const gap = piece.x - end;
    if (segments.length === 0 || gap > CELL_GAP * size) segments.push([{ ...piece }]);
    else {
      const segment = segments.at(-1) ?? [];
      // A list number drawn as its own piece stays apart from the text, however tight ("10.Improve").
      const followsMarker = segments.length === 1 && segment.length === 1 && isBareListMarker(normaliseText(segment[0]?.text ?? ''));
      if (gap > SPACE_GAP * size || followsMarker) segment.push({ ...piece, text: ` ${piece.text}` });
      else segment.push({ ...piece });
    }
    previous = segments.at(-1)?.at(-1);
    end = Math.max(end, piece.x + piece.width);
  }
  const texts = segments.map((segment) => segment.map((piece) => piece.text).join(''));
  if (texts.every((text) => normaliseText(text) === '')) return null;
  const isBold = isAllBold(kept);
  let fields: Omit<SourceLine, 'page' | 'line'>;
  let columns: number[] | undefined;
  // A hanging list ("•" or "3." in its own column) is a list item, not a two-cell row.
  if (texts.length === 2 && isBareListMarker(normaliseText(texts[0] ?? ''))) fields = textFields(texts.join(' '));
  else if (texts.length >= 2) {
    const cells = cellFields(texts);
    fields = cells.cells === undefined ? textFields(cells.text) : cells;
    if (cells.cells !== undefined) columns = segments.filter((_, index) => normaliseText(texts[index] ?? '') !== '').map((segment) => segment[0]?.x ?? 0);
  } else fields = textFields(texts[0] ?? '');
  const left = kept[0]?.x ?? 0;
  const right = Math.max(...kept.map((piece) => piece.x + piece.width));
  return { fields: isBold ? { ...fields, isBold: true } : fields, baseline, top: baseline, bottom: baseline, size, left, right, ...(columns === undefined ? {} : { columns }) };
}

function isFootnoteMarker(piece: PdfPiece, size: number, baseline: number): boolean {
  return piece.size < 0.85 * size && baseline - piece.baseline > 0.15 * size && /^[\p{N}\p{L}*†‡]{1,3}$/u.test(piece.text.trim());
}

function isAllBold(pieces: readonly PdfPiece[]): boolean {
  const worded = pieces.filter((piece) => /[\p{L}\p{N}]/u.test(piece.text));
  return worded.length > 0 && worded.every((piece) => piece.isBold);
}

// The value most of a line's characters share (its body size, its baseline).
function dominant(pieces: readonly PdfPiece[], value: (piece: PdfPiece) => number): number {
  const weights = new Map<number, number>();
  for (const piece of pieces) {
    const key = Math.round(value(piece) * 2) / 2;
    weights.set(key, (weights.get(key) ?? 0) + Math.max(1, piece.text.trim().length));
  }
  let best = value(pieces[0] as PdfPiece);
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight) {
      best = key;
      bestWeight = weight;
    }
  }
  return best;
}
