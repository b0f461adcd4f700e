// PDF: text pieces from pdfjs-dist put back into lines (pdf-lines.ts), with
// bold from font names, headings from font size against the document's body
// size, and page furniture flagged by position and repetition.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CoreError, messageOf } from '../../errors';
import type { SourceLine, SourceText } from '../source-text';
import { markFurniture } from './furniture';
import { assertPageCount, throwIfCancelled } from './limits';
import { piecesToLines, type PdfPiece } from './pdf-lines';

type FontFacts = { isBold: boolean };
type PageLines = { lines: SourceLine[]; tops: number[]; sizes: number[]; hasText: boolean };

const NO_TEXT = 'This PDF has no text layer — it looks like a scan. Ask the inspectorate for the text version, or run it through OCR first.';
// Names of bold faces: "Arial-BoldMT", "Arial,Bold", "Helvetica-Bd", "Segoe UI Semibold", "Frutiger-Black".
const BOLD_NAME = /bold|black|heavy|semibold|demi|[-,]bd(?:\b|mt)/i;

const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

type Pdfjs = typeof PdfjsModule;
type Transform = (m1: number[], m2: number[]) => number[];

// pdf.js loads on first use: it is large, and only a PDF import needs it (not start-up, not other commands).
let pdfjsLoading: Promise<Pdfjs> | null = null;
const loadPdfjs = (): Promise<Pdfjs> => (pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Reads a PDF's text layer into lines; refuses protected, damaged, scanned and over-long PDFs with a message that says what to do. */
export async function readPdf(data: Uint8Array, maxPages: number, signal?: AbortSignal, onPage?: (done: number, total: number) => void): Promise<SourceText> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of (detaches) the buffer it is given; the caller keeps its own.
    data: new Uint8Array(data),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
    // Text extraction never needs pixels: skip decoding pictures when fonts are looked up.
    maxImageSize: 1,
    cMapUrl: `${join(pdfjsDir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(pdfjsDir, 'standard_fonts')}/`,
  });
  let document: PDFDocumentProxy;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openError(error);
  }
  try {
    assertPageCount(document.numPages, maxPages);
    return await readPages(document, (m1, m2) => pdfjs.Util.transform(m1, m2) as number[], signal, onPage);
  } finally {
    await document.destroy();
  }
}

async function readPages(document: PDFDocumentProxy, transform: Transform, signal: AbortSignal | undefined, onPage: ((done: number, total: number) => void) | undefined): Promise<SourceText> {
  const fonts = new Map<string, FontFacts>();
  const pages: PageLines[] = [];
  const unreadable: number[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    throwIfCancelled(signal);
    try {
      const page = await document.getPage(number);
      pages.push(await readPage(page, fonts, transform));
      page.cleanup();
      onPage?.(number, document.numPages);
    } catch (error) {
      if (error instanceof CoreError) throw error;
      unreadable.push(number);
      pages.push({ lines: [], tops: [], sizes: [], hasText: false });
    }
  }
  if (unreadable.length === document.numPages) throw damaged('no page could be read');
  const textless = pages.flatMap((page, index) => (page.hasText || unreadable.includes(index + 1) ? [] : [index + 1]));
  if (textless.length * 2 >= document.numPages) throw new CoreError('invalid_input', NO_TEXT);
  const warnings: string[] = [];
  if (textless.length > 0) warnings.push(`${pageList(textless)} no text layer (scanned?): anything on ${textless.length === 1 ? 'it' : 'them'} is missing from the import.`);
  if (unreadable.length > 0) warnings.push(`${pageList(unreadable)} damaged and could not be read.`);
  const lines = pages.flatMap((page) => page.lines);
  if (isMostlyUndecodable(lines)) {
    throw new CoreError(
      'invalid_input',
      'The text in this PDF cannot be read: its fonts do not say which letters they draw. Ask the inspectorate for the text version, or run it through OCR first.',
    );
  }
  markHeadings(pages);
  const positions = new Map<SourceLine, number>();
  for (const page of pages) page.lines.forEach((line, index) => positions.set(line, page.tops[index] ?? 0.5));
  markFurniture(lines, positions);
  return { format: 'pdf', pageCount: document.numPages, lines, warnings };
}

async function readPage(page: PDFPageProxy, fonts: Map<string, FontFacts>, transform: Transform): Promise<PageLines> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items = content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
  if (items.some((item) => !fonts.has(item.fontName))) await learnFonts(page, items.map((item) => item.fontName), fonts);
  const pieces: PdfPiece[] = [];
  for (const item of items) {
    // Page coordinates as seen (page rotation applied), y growing downwards.
    const [a, b, c, d, x, y] = transform(viewport.transform, item.transform as number[]);
    // Sideways text (margin labels, watermarks) is not part of the reading order.
    if (a === undefined || b === undefined || a <= 0 || Math.abs(b) > 0.1 * a) continue;
    pieces.push({
      text: item.str,
      x: x ?? 0,
      baseline: y ?? 0,
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0) || item.height,
      isBold: fonts.get(item.fontName)?.isBold ?? false,
    });
  }
  const built = piecesToLines(pieces);
  const lines = built.map((line, index): SourceLine => ({ page: page.pageNumber, line: index + 1, ...line.fields }));
  return {
    lines,
    tops: built.map((line) => line.baseline / viewport.height),
    sizes: built.map((line) => line.size),
    hasText: lines.length > 0,
  };
}

// pdfjs gives text pieces an internal font id; the font's real name ("Arial-BoldMT")
// reaches the page's shared objects only once the page's drawing operations are
// read. That is done once per new font, so most pages skip it.
async function learnFonts(page: PDFPageProxy, names: readonly string[], fonts: Map<string, FontFacts>): Promise<void> {
  try {
    await page.getOperatorList();
  } catch {
    // Without the names, text is still read; it is just not marked bold.
  }
  for (const name of new Set(names)) {
    if (fonts.has(name)) continue;
    let facts: FontFacts = { isBold: false };
    try {
      const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { name?: unknown; bold?: unknown; black?: unknown }) : undefined;
      const fontName = typeof font?.name === 'string' ? font.name : '';
      facts = { isBold: font?.bold === true || font?.black === true || BOLD_NAME.test(fontName) };
    } catch {
      // A font pdfjs could not load: treat as regular.
    }
    fonts.set(name, facts);
  }
}

// Headings are set larger than the body text of the document (not of the
// page: a cover page is nearly all large type). Levels go by rank among the
// larger sizes, because house styles differ: Word's defaults are 16/13/12 pt
// over 11 pt, LibreOffice's 18/16/14 over 12. Bold a touch larger is a heading too.
function markHeadings(pages: readonly PageLines[]): void {
  const weights = new Map<number, number>();
  const candidates: { line: SourceLine; size: number }[] = [];
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      if (line.text === '') return;
      const size = Math.round((page.sizes[index] ?? 0) * 2) / 2;
      weights.set(size, (weights.get(size) ?? 0) + line.text.length);
      if (line.cells === undefined && line.text.length <= 200) candidates.push({ line, size });
    });
  }
  const body = [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  if (body <= 0) return;
  const isHeading = ({ line, size }: { line: SourceLine; size: number }): boolean => size >= 1.1 * body || (size > body && line.isBold === true);
  const headings = candidates.filter(isHeading);
  const ranks = [...new Set(headings.map(({ size }) => size))].sort((a, b) => b - a);
  for (const { line, size } of headings) line.headingLevel = Math.min(3, ranks.indexOf(size) + 1) as 1 | 2 | 3;
}

// Fonts without a character map come out as private-use or replacement characters.
function isMostlyUndecodable(lines: readonly SourceLine[]): boolean {
  let total = 0;
  let unknown = 0;
  for (const line of lines) {
    for (const character of line.text) {
      if (character === ' ') continue;
      total += 1;
      if (/[\uE000-\uF8FF\uFFFD]/.test(character)) unknown += 1;
    }
  }
  return total > 0 && unknown > total * 0.3;
}

function pageList(pages: readonly number[]): string {
  const shown = pages.slice(0, 10);
  const more = pages.length > shown.length ? ` and ${pages.length - shown.length} more` : '';
  if (shown.length === 1 && more === '') return `Page ${shown[0] ?? ''} has`;
  const listed = more === '' ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}` : `${shown.join(', ')}${more}`;
  return `Pages ${listed} have`;
}

function openError(error: unknown): CoreError {
  const name = (error as { name?: unknown }).name;
  if (name === 'PasswordException') {
    return new CoreError(
      'invalid_input',
      'This PDF is password-protected, so its text cannot be read. Open it with the password, save an unprotected copy (or print it to PDF), and import that copy.',
    );
  }
  return damaged(messageOf(error));
}

function damaged(detail: string): CoreError {
  return new CoreError(
    'invalid_input',
    `This PDF is damaged and cannot be read (${detail}). Download the report again, or open it and save a fresh copy, then import that.`,
  );
}
