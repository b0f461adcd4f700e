// The parser's view of a report: the reader's lines with page furniture
// dropped, cells trimmed and list markers found, plus the few questions every
// extractor asks of a line (is it a heading, does it start a list item, where
// did it come from). Everything here is about layout, never about wording.
import type { SourceRef } from '../../../../shared/api/methods/imports';
import type { SourceText } from '../source-text';
import { furnitureIndexes } from './furniture';

/** One line as the extractors see it. */
export type Line = {
  /** Position in the prepared list (blank lines included), for looking back and ahead. */
  index: number;
  page: number;
  line: number;
  /** Trimmed text; table cells joined with a space; list marker removed. */
  text: string;
  /** The non-empty cells of a table row, or null when the line has fewer than two. */
  cells: string[] | null;
  /** "1.", "•", "(a)"… when the line starts a list item. */
  marker: string | null;
  isBlank: boolean;
  isBold: boolean;
  headingLevel: number | null;
};

// A marker the reader missed: "1.", "12)", "(a)", "a)", "(iv)", or a bullet
// character. "2.1 Adoption" is not one: a marker is followed by a space.
const MARKER = /^(\d{1,3}[.)]|\([a-z]{1,4}\)|[a-z]\)|[•·▪●○◦‣∙■□➢►*–-])\s+(\S.*)$/u;
const MARKDOWN_RULE = /^\|?[\s:|-]+\|?$/;

/** The report's lines ready for extraction: furniture dropped, markers and cells found. */
export function prepareLines(source: SourceText): Line[] {
  const furniture = furnitureIndexes(source.lines);
  const lines: Line[] = [];
  source.lines.forEach((raw, rawIndex) => {
    if (raw.isFurniture === true || furniture.has(rawIndex)) return;
    let text = raw.text.replace(/\s+/g, ' ').trim();
    let cells = raw.cells?.map((cell) => cell.replace(/\s+/g, ' ').trim()).filter((cell) => cell !== '') ?? null;
    // A Markdown table a reader passed through as text: "| Area | Grade |".
    if (cells === null && text.startsWith('|') && text.endsWith('|') && text.length > 2) {
      if (MARKDOWN_RULE.test(text)) return;
      cells = text.slice(1, -1).split('|').map((cell) => cell.trim()).filter((cell) => cell !== '');
    }
    if (cells !== null) {
      text = cells.join(' ');
      if (cells.length < 2) cells = null;
    }
    let marker = raw.listMarker?.trim() ?? null;
    if (marker === null && cells === null) {
      const match = MARKER.exec(text);
      if (match?.[1] !== undefined && match[2] !== undefined) {
        marker = match[1];
        text = match[2];
      }
    }
    lines.push({
      index: lines.length,
      page: raw.page,
      line: raw.line,
      text,
      cells,
      marker: marker === '' ? null : marker,
      isBlank: text === '' && marker === null,
      isBold: raw.isBold === true,
      headingLevel: raw.headingLevel ?? null,
    });
  });
  return lines;
}

/** Where a line came from, as the import shows it. */
export function refOf(line: Line): SourceRef {
  return { page: line.page, line: line.line };
}

/** The number of a numbered list marker ("12." → 12), or null for bullets and letters. */
export function markerNumber(marker: string | null): number | null {
  const match = marker === null ? null : /^\(?(\d{1,3})[.)]?$/.exec(marker);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Whether text ends a sentence (so the next line may start something new). */
export function endsSentence(text: string): boolean {
  return /[.!?…)\]]["'’”]?$/.test(text.trim());
}

function wordCount(text: string): number {
  return text.split(' ').filter((word) => word !== '').length;
}

/**
 * Whether a line reads as a heading: marked as one by the reader, bold, or a
 * short capitalised line that does not end like a sentence or a clause.
 */
export function isHeadingLike(line: Line): boolean {
  if (line.isBlank || line.marker !== null || line.cells !== null) return false;
  if (line.headingLevel !== null) return true;
  const text = line.text;
  if (line.isBold) return text.length <= 160;
  if (text.length > 90 || wordCount(text) > 14) return false;
  if (/[.,;:]$/.test(text)) return false;
  return /^[\p{Lu}\d‘“"'(]/u.test(text);
}

/**
 * The length of a full printed line in this report (the median of the longer
 * lines): a line well short of it ends a paragraph. A text file that keeps a
 * paragraph to a line gets a long measure, so each of its lines ends one.
 */
export function typicalLineLength(lines: Line[]): number {
  const lengths = lines.filter((line) => line.cells === null && line.text.length >= 30).map((line) => line.text.length);
  if (lengths.length === 0) return 80;
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 80;
}

/**
 * Whether a line stops short of the printed width, so its paragraph ends
 * there. Where lines are whole paragraphs (a long typical length), every line does.
 */
export function stopsShort(text: string, width: number): boolean {
  return width > 150 || text.length < 0.7 * width;
}

/**
 * Whether a line is a heading where it stands: marked as one, or heading-like,
 * short of the printed width and after a finished paragraph (a wrapped line
 * in a PDF can look like a heading on its own).
 */
export function isHeadingAt(lines: Line[], line: Line, width: number): boolean {
  if (!isHeadingLike(line)) return false;
  if (line.isBold || line.headingLevel !== null) return true;
  if (!stopsShort(line.text, width)) return false;
  if (lines[line.index - 1]?.isBlank !== false) return true;
  const before = previousContent(lines, line.index);
  return before === null || before.cells !== null || endsSentence(before.text) || /[:?]$/.test(before.text) || isHeadingLike(before);
}

/** The next non-blank line after `index`, or null at the end. */
export function nextContent(lines: Line[], index: number): Line | null {
  for (let i = index + 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (line !== undefined && !line.isBlank) return line;
  }
  return null;
}

/** The previous non-blank line before `index`, or null at the start. */
export function previousContent(lines: Line[], index: number): Line | null {
  for (let i = index - 1; i >= 0; i -= 1) {
    const line = lines[i];
    if (line !== undefined && !line.isBlank) return line;
  }
  return null;
}

// Word endings that are never words on their own: "assess-" + "ments" was
// split by a hyphenating layout, whereas "multi-" + "agency" is a compound.
const SPLIT_SUFFIX =
  /^(ment|ments|tion|tions|sion|sions|ing|ings|ed|ity|ities|ness|ance|ances|ence|ences|ly|able|ible|al|ally|ive|ives|ous|er|ers|ic|ist|ists|ure|ures|ate|ated|ates|ise|ised|ises|ize|ized|ry|ary|ory|ies|ant|ants|ent|ents)\b/;
const FREE_WORD_AFTER_HYPHEN = /^(and|or|to|nor)\b/;

/** Joins a paragraph's lines: one space between them, and line-end hyphens handled as a reader would. */
export function joinLines(parts: string[]): string {
  let text = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (text === '') {
      text = part;
    } else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(part)) {
      if (SPLIT_SUFFIX.test(part)) text = `${text.slice(0, -1)}${part}`;
      else if (FREE_WORD_AFTER_HYPHEN.test(part)) text = `${text} ${part}`;
      else text = `${text}${part}`;
    } else {
      text = `${text} ${part}`;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}
