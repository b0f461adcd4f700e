// Word (.docx): the main document part read with a forward-only XML walk.
// Paragraphs become lines, table rows become lines with cells, explicit page
// breaks and the page breaks Word last rendered ("lastRenderedPageBreak")
// become page numbers.
import type { SourceLine } from '../source-text';
import { headingLevelOfName, isOn, outlineHeadingLevel, type ListNumbering, type ListReference, type StyleInfo } from './docx-styles';
import { cellFields, normaliseText, textFields } from './normalise';
import { attribute, xmlEvents } from './xml';

type Part = { text: string; isBold: boolean };
type Paragraph = {
  styleId?: string;
  list?: Partial<ListReference>;
  outlineLevel?: number;
  hasSectionBreak: boolean;
  parts: Part[];
  isFirstFragment: boolean;
  run: { isBold?: boolean; styleId?: string; isSuperscript: boolean };
};
type Row = { cells: Part[][]; hasPendingBreak: boolean };

// Content that is not the document as it reads now: the same content again
// for older Word versions, tracked deletions and moves, and the formatting a
// tracked change replaced.
const SKIPPED = new Set(['mc:Fallback', 'w:del', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange']);

/** The lines of a Word document's body, paged by its explicit and last-rendered page breaks. */
export function readDocumentBody(xml: string, styles: ReadonlyMap<string, StyleInfo>, numbering: ListNumbering): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 1;
  let lineOnPage = 0;
  let pageHasText = false;
  const paragraphs: Paragraph[] = [];
  let row: Row | undefined;
  let cell: Part[] | undefined;
  let tableDepth = 0;
  let skipDepth = 0;
  let skipping = '';
  const open: string[] = [];

  const emit = (fields: Omit<SourceLine, 'page' | 'line'>): void => {
    lineOnPage += 1;
    lines.push({ page, line: lineOnPage, ...fields });
    if (fields.text !== '') pageHasText = true;
  };
  // A break before any text on the page (Word often writes an explicit break
  // and a rendered one together) does not start another page.
  const breakPage = (): void => {
    if (!pageHasText) return;
    page += 1;
    lineOnPage = 0;
    pageHasText = false;
  };
  const finishParagraph = (paragraph: Paragraph): void => {
    if (cell !== undefined) {
      cell.push({ text: ' ', isBold: false }, ...paragraph.parts);
      return;
    }
    emit(paragraphFields(paragraph, styles, numbering));
  };
  const onBreak = (paragraph: Paragraph | undefined): void => {
    if (row !== undefined && row.cells.some((parts) => hasText(parts))) row.hasPendingBreak = true;
    else if (paragraph !== undefined && cell === undefined && hasText(paragraph.parts)) {
      finishParagraph(paragraph);
      paragraph.parts = [];
      paragraph.isFirstFragment = false;
      breakPage();
    } else breakPage();
  };

  for (const event of xmlEvents(xml)) {
    if (event.kind === 'close') {
      open.pop();
      if (skipDepth > 0) {
        if (event.name === skipping) skipDepth -= 1;
        continue;
      }
      if (event.name === 'w:p') {
        const paragraph = paragraphs.pop();
        if (paragraph !== undefined) {
          if (hasText(paragraph.parts) || paragraph.isFirstFragment) finishParagraph(paragraph);
          if (paragraph.hasSectionBreak) onBreak(undefined);
        }
      } else if (event.name === 'w:tc' && tableDepth === 1 && row !== undefined && cell !== undefined) {
        row.cells.push(cell);
        cell = undefined;
      } else if (event.name === 'w:tr' && tableDepth === 1 && row !== undefined) {
        const fields = cellFields(row.cells.map((parts) => partsText(parts)));
        const isBold = isAllBold(row.cells.flat());
        if (fields.text !== '') emit(isBold ? { ...fields, isBold } : fields);
        if (row.hasPendingBreak) breakPage();
        row = undefined;
      } else if (event.name === 'w:tbl') tableDepth -= 1;
      continue;
    }
    if (event.kind === 'text') {
      const paragraph = paragraphs.at(-1);
      // A raised run of a few characters is a footnote marker (or an ordinal's "th"): dropped, as in the PDF reader.
      const isMarker = paragraph?.run.isSuperscript === true && event.text.trim().length <= 3;
      if (skipDepth === 0 && open.at(-1) === 'w:t' && paragraph !== undefined && !isMarker) {
        paragraph.parts.push({ text: event.text, isBold: runIsBold(paragraph, styles) });
      }
      continue;
    }
    if (!event.isSelfClosing) open.push(event.name);
    if (skipDepth > 0) {
      if (event.name === skipping && !event.isSelfClosing) skipDepth += 1;
      continue;
    }
    if (SKIPPED.has(event.name)) {
      if (!event.isSelfClosing) {
        skipping = event.name;
        skipDepth = 1;
      }
      continue;
    }
    const paragraph = paragraphs.at(-1);
    const value = attribute(event.attributes, 'w:val');
    const inParagraphProperties = open.includes('w:pPr');
    switch (event.name) {
      case 'w:p':
        if (!event.isSelfClosing) paragraphs.push({ hasSectionBreak: false, parts: [], isFirstFragment: true, run: { isSuperscript: false } });
        break;
      case 'w:tbl':
        if (!event.isSelfClosing) tableDepth += 1;
        break;
      case 'w:tr':
        if (tableDepth === 1 && !event.isSelfClosing) row = { cells: [], hasPendingBreak: false };
        break;
      case 'w:tc':
        if (tableDepth === 1 && !event.isSelfClosing) cell = [];
        break;
      case 'w:pStyle':
        if (paragraph !== undefined) paragraph.styleId = value;
        break;
      case 'w:numId':
        if (paragraph !== undefined && inParagraphProperties) paragraph.list = { ...paragraph.list, numId: value };
        break;
      case 'w:ilvl':
        if (paragraph !== undefined && inParagraphProperties) paragraph.list = { ...paragraph.list, level: Number(value ?? 0) };
        break;
      case 'w:outlineLvl':
        if (paragraph !== undefined) paragraph.outlineLevel = Number(value);
        break;
      case 'w:pageBreakBefore':
        if (paragraph !== undefined && isOn(value)) onBreak(undefined);
        break;
      case 'w:sectPr':
        if (paragraph !== undefined && inParagraphProperties) paragraph.hasSectionBreak = true;
        break;
      case 'w:type':
        if (paragraph !== undefined && open.includes('w:sectPr') && value === 'continuous') paragraph.hasSectionBreak = false;
        break;
      case 'w:r':
        if (paragraph !== undefined) paragraph.run = { isSuperscript: false };
        break;
      case 'w:b':
        if (paragraph !== undefined && open.includes('w:r') && !inParagraphProperties) paragraph.run.isBold = isOn(value);
        break;
      case 'w:rStyle':
        if (paragraph !== undefined) paragraph.run.styleId = value;
        break;
      case 'w:vertAlign':
        if (paragraph !== undefined && !inParagraphProperties) paragraph.run.isSuperscript = value === 'superscript';
        break;
      case 'w:position':
        // LibreOffice raises superscripts by position rather than vertAlign.
        if (paragraph !== undefined && !inParagraphProperties) paragraph.run.isSuperscript = Number(value) > 0;
        break;
      case 'w:tab':
      case 'w:ptab':
        if (paragraph !== undefined && !inParagraphProperties) paragraph.parts.push({ text: '\t', isBold: false });
        break;
      case 'w:noBreakHyphen':
        paragraph?.parts.push({ text: '-', isBold: runIsBold(paragraph, styles) });
        break;
      case 'w:sym': {
        const code = Number.parseInt(attribute(event.attributes, 'w:char') ?? '', 16);
        if (paragraph !== undefined && Number.isFinite(code)) paragraph.parts.push({ text: String.fromCodePoint(code), isBold: false });
        break;
      }
      case 'w:br':
      case 'w:cr':
        if (attribute(event.attributes, 'w:type') === 'page') onBreak(paragraph);
        else if (attribute(event.attributes, 'w:type') !== 'column' && paragraph !== undefined && cell === undefined && hasText(paragraph.parts)) {
          // A line break inside a paragraph: a new line, as the page shows it.
          finishParagraph(paragraph);
          paragraph.parts = [];
          paragraph.isFirstFragment = false;
        } else paragraph?.parts.push({ text: ' ', isBold: false });
        break;
      case 'w:lastRenderedPageBreak':
        onBreak(paragraph);
        break;
      default:
        break;
    }
  }
  return lines;
}

function paragraphFields(paragraph: Paragraph, styles: ReadonlyMap<string, StyleInfo>, numbering: ListNumbering): Omit<SourceLine, 'page' | 'line'> {
  const style = paragraph.styleId === undefined ? undefined : styles.get(paragraph.styleId);
  const reference = listReference(paragraph, style);
  const marker = paragraph.isFirstFragment && reference !== undefined ? numbering.markerFor(reference) : undefined;
  const raw = partsText(paragraph.parts);
  const headingLevel = outlineHeadingLevel(paragraph.outlineLevel) ?? style?.headingLevel ?? (paragraph.styleId === undefined ? undefined : headingLevelOfName(paragraph.styleId));
  const isBold = isAllBold(paragraph.parts);
  let fields: Omit<SourceLine, 'page' | 'line'>;
  if (raw.includes('\t')) {
    // A numbered row keeps its number in its first cell, as a PDF or text shows it.
    const cells = raw.split('\t');
    if (marker !== undefined) cells.unshift(`${marker} ${cells.shift() ?? ''}`);
    fields = cellFields(cells);
    if (fields.cells === undefined) fields = marker === undefined ? textFields(fields.text) : { text: fields.text.replace(`${marker} `, ''), listMarker: marker };
  } else if (marker !== undefined) fields = { text: normaliseText(raw), listMarker: marker };
  else fields = headingLevel === undefined ? textFields(raw) : { text: normaliseText(raw) };
  if (fields.text === '') return { text: '' };
  return { ...fields, ...(headingLevel === undefined ? {} : { headingLevel }), ...(isBold ? { isBold: true } : {}) };
}

function listReference(paragraph: Paragraph, style: StyleInfo | undefined): ListReference | undefined {
  const numId = paragraph.list?.numId ?? style?.numbering?.numId;
  // numId 0 is Word's way of taking a style's numbering off one paragraph.
  if (numId === undefined || numId === '0') return undefined;
  return { numId, level: paragraph.list?.level ?? style?.numbering?.level ?? 0 };
}

function runIsBold(paragraph: Paragraph, styles: ReadonlyMap<string, StyleInfo>): boolean {
  const { run } = paragraph;
  if (run.isBold !== undefined) return run.isBold;
  if (run.styleId !== undefined && styles.get(run.styleId)?.isBold === true) return true;
  return paragraph.styleId !== undefined && styles.get(paragraph.styleId)?.isBold === true;
}

function partsText(parts: readonly Part[]): string {
  return parts.map((part) => part.text).join('');
}

function hasText(parts: readonly Part[]): boolean {
  return parts.some((part) => part.text.trim() !== '');
}

function isAllBold(parts: readonly Part[]): boolean {
  const worded = parts.filter((part) => /[\p{L}\p{N}]/u.test(part.text));
  return worded.length > 0 && worded.every((part) => part.isBold);
}
