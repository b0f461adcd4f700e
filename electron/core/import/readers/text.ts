// Plain text and Markdown: what a PDF-to-text tool or a copy-paste gives.
// Every line of the file becomes exactly one SourceLine (blank lines too),
// so "page 1, line 140" is line 140 of the file (or of its page, counting
// form feeds as page breaks).
import { CoreError } from '../../errors';
import type { SourceLine, SourceText } from '../source-text';
import { markFurniture } from './furniture';
import { MAX_TEXT_BYTES, assertPageCount } from './limits';
import { cellFields, normaliseText, textFields } from './normalise';
import { stripMarkup } from './text-markup';

type LineFields = Omit<SourceLine, 'page' | 'line'>;

/** Reads a text or Markdown file: tabs and pipe tables to cells, "#" to headings, bold markup to isBold, form feeds to pages. */
export function readText(data: Uint8Array, fileName: string, maxPages: number): SourceText {
  if (data.byteLength > MAX_TEXT_BYTES) refuseLongText(data, fileName);
  const warnings: string[] = [];
  const content = decodeText(data, fileName, warnings);
  const pages = content.replace(/\r\n?/g, '\n').split('\f');
  // A PDF-to-text tool ends every page with a form feed, the last one too.
  while (pages.length > 1 && (pages[pages.length - 1] ?? '').trim() === '') pages.pop();
  assertPageCount(pages.length, maxPages);
  const lines: SourceLine[] = [];
  pages.forEach((pageText, pageIndex) => {
    balanceBold(pageText.split('\n')).forEach((raw, lineIndex) => {
      lines.push({ page: pageIndex + 1, line: lineIndex + 1, ...readLine(raw) });
    });
  });
  markFurniture(lines);
  return { format: 'text', pageCount: pages.length, lines, warnings };
}

/** Refuses text far longer than any report, before reading it; a binary file is refused as such, from a sample. */
function refuseLongText(data: Uint8Array, fileName: string): never {
  decodeText(data.subarray(0, 65_536), fileName, []);
  const megabytes = Math.round(data.byteLength / (1024 * 1024));
  throw new CoreError(
    'invalid_input',
    `“${fileName}” is ${megabytes} MB of plain text, far more than any inspection report (a long report is well under 1 MB of text). Check that you chose the report itself; if you did, import the published PDF or Word file instead.`,
  );
}

/** The fields of one line of pasted text or Markdown. */
export function readLine(raw: string): LineFields {
  const trimmed = raw.trim();
  // A Markdown rule ("---", "***") separates; it says nothing itself.
  if (/^([-*_])(?:\s*\1){2,}$/.test(trimmed)) return { text: '' };
  const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(trimmed) ?? htmlHeading(trimmed);
  if (heading !== null) {
    const { text, isBold } = stripMarkup(heading[2] ?? '');
    const level = Math.min(3, (heading[1] ?? '#').length) as 1 | 2 | 3;
    return withBold({ text: normaliseText(text), headingLevel: level }, isBold);
  }
  const rawCells = splitCells(trimmed);
  if (rawCells === null) {
    const { text, isBold } = stripMarkup(trimmed);
    return withBold(textFields(text), isBold);
  }
  const cells = rawCells.map(stripMarkup);
  const fields = cellFields(cells.map((cell) => cell.text));
  const filled = cells.filter((cell) => normaliseText(cell.text) !== '');
  return withBold(fields.cells === undefined ? textFields(fields.text) : fields, filled.length > 0 && filled.every((cell) => cell.isBold));
}

// "**Northvale Council  \nReport for Information**" is bold over two lines:
// close the bold at the end of the first line and reopen it on the next, so
// each line reads as bold on its own. A blank line ends any bold left open.
function balanceBold(lines: readonly string[]): string[] {
  let isOpen = false;
  return lines.map((line) => {
    if (line.trim() === '') {
      isOpen = false;
      return line;
    }
    const marked = isOpen ? `**${line.trimStart()}` : line;
    const marks = marked.match(/\*\*/g)?.length ?? 0;
    isOpen = marks % 2 === 1;
    return isOpen ? `${marked.trimEnd()}**` : marked;
  });
}

function withBold(fields: LineFields, isBold: boolean): LineFields {
  return isBold && fields.text !== '' ? { ...fields, isBold: true } : fields;
}

function htmlHeading(text: string): RegExpExecArray | null {
  const match = /^<h([1-6])\b[^>]*>(.*?)<\/h\1>$/i.exec(text);
  if (match === null) return null;
  match[1] = '#'.repeat(Number(match[1]));
  return match;
}

// Cells come from tabs, Markdown pipe tables, or the wide runs of spaces a
// layout-preserving PDF-to-text tool puts between columns. Null: not a row.
function splitCells(text: string): string[] | null {
  if (text.includes('\t')) return text.split('\t');
  if (/^\|.*\|$/.test(text) && text.length > 1) {
    const cells = text.slice(1, -1).split(/(?<!\\)\|/);
    // The row under a pipe table's header ("|---|:--:|") is drawing, not text.
    return cells.every((cell) => /^\s*:?-{3,}:?\s*$/.test(cell)) ? [] : cells;
  }
  if (/\S {4,}\S/.test(text)) return text.split(/ {4,}/);
  return null;
}

/** The file's characters: UTF-8 (with or without a byte-order mark), UTF-16 either way round, else Windows-1252 with a warning. */
export function decodeText(data: Uint8Array, fileName: string, warnings: string[]): string {
  const encoding = utf16Encoding(data);
  if (encoding !== null) return new TextDecoder(encoding).decode(data);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('windows-1252').decode(data);
    warnings.push('The text file is not in UTF-8; it was read as Windows-1252 (Western European). Check accented letters and symbols such as “£”.');
  }
  if (looksBinary(text)) {
    throw new CoreError(
      'invalid_input',
      `“${fileName}” is not a PDF, a Word (.docx) file or a text file, so it cannot be imported. Open the inspection report itself and save it as PDF or .docx, then import that.`,
    );
  }
  return text;
}

function utf16Encoding(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  // Without a byte-order mark, English text in UTF-16 has a zero in every other byte.
  const sample = data.subarray(0, Math.min(data.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) evenZeros += 1;
      else oddZeros += 1;
    }
  });
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (half >= 2 && evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return null;
}

// Text has few control characters besides tabs, line breaks and form feeds.
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  // eslint-disable-next-line no-control-regex -- counting control characters is the test
  const controls = sample.match(/[\u0000-\u0008\u000B\u000E-\u001F]/g)?.length ?? 0;
  return controls > Math.max(2, sample.length * 0.01);
}
