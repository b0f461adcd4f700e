// Text clean-up every reader applies, so the parser sees the same characters
// whether a sentence came from a PDF, a Word file or a copy-paste.
import type { SourceLine } from '../source-text';

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

// Word's Symbol and Wingdings bullets come out of PDFs and .docx files as
// private-use code points; say what they are.
const SYMBOL_BULLETS: Record<string, string> = {
  '\uF0B7': '•',
  '\uF0A7': '▪',
  '\uF06E': '▪',
  '\uF0D8': '•',
  '\uF076': '•',
  '\uF0FC': '✓',
  '\uF02D': '-',
};

const LIGATURE_PATTERN = /[\uFB00-\uFB06]/g;
const SYMBOL_PATTERN = /[\uF0B7\uF0A7\uF06E\uF0D8\uF076\uF0FC\uF02D]/g;
// Soft hyphen, zero-width space/joiners, word joiner, byte-order mark.
const INVISIBLE_PATTERN = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// No-break and typographic spaces, tabs, line breaks, line and paragraph separators.
const SPACE_PATTERN = /[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL_PATTERN = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// Superscript digits straight after a word are footnote markers ("schools¹, all").
const FOOTNOTE_MARKER_PATTERN = /(?<=[\p{L}).,;:’”])[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/gu;

/** One line of text as every reader hands it on: ligatures expanded, invisible and control characters and footnote markers gone, spaces collapsed, NFC. */
export function normaliseText(text: string): string {
  return text
    .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(SYMBOL_PATTERN, (symbol) => SYMBOL_BULLETS[symbol] ?? symbol)
    .replace(INVISIBLE_PATTERN, '')
    .replace(SPACE_PATTERN, ' ')
    .replace(CONTROL_PATTERN, '')
    .replace(FOOTNOTE_MARKER_PATTERN, '')
    .normalize('NFC')
    .replace(/ {2,}/g, ' ')
    .trim();
}

// "•", "-", "1.", "12)", "(a)", "a)", "(iv)", "iv)": what stands before a list
// item. Numbers stop at three digits so a year ("2017. The…") is not taken.
const BULLET_MARKER = /^([•●▪■◦‣○□➢►✓–\-*])\s+(?=\S)/;
const NUMBER_MARKER = /^(\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\))\s+(?=\S)/i;

// A number set so tight against its item that no space is left ("10.Improve",
// as a PDF draws a two-digit label in a one-digit indent).
const TIGHT_NUMBER_MARKER = /^(\d{1,3}\.)(?=\p{Lu}\p{Ll})/u;

/** Splits a leading list marker off a line's text; text without one comes back unchanged. */
export function splitListMarker(text: string): { marker: string | undefined; text: string } {
  const match = BULLET_MARKER.exec(text) ?? NUMBER_MARKER.exec(text) ?? TIGHT_NUMBER_MARKER.exec(text);
  if (match === null) return { marker: undefined, text };
  return { marker: match[1], text: text.slice(match[0].length) };
}

/** True when the whole text is nothing but a list marker ("•", "3.", "(b)"): the first column of a hanging-indent list. */
export function isBareListMarker(text: string): boolean {
  return splitListMarker(`${text} x`).text === 'x';
}

/** The line fields of a row of cells: a table row when two or more cells have text, else plain text (empty cells say nothing the parser can use). */
export function cellFields(rawCells: readonly string[]): Pick<SourceLine, 'text' | 'cells'> {
  const cells = rawCells.map(normaliseText).filter((cell) => cell !== '');
  if (cells.length >= 2) return { text: cells.join('\t'), cells };
  return { text: cells[0] ?? '' };
}

/** The line fields of plain text: normalised, with any list marker split off. */
export function textFields(rawText: string): Pick<SourceLine, 'text' | 'listMarker'> {
  const { marker, text } = splitListMarker(normaliseText(rawText));
  return marker === undefined ? { text } : { text, listMarker: marker };
}
