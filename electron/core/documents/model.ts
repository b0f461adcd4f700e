// The one document model: every generated document (agenda front sheet,
// minutes, report, action plan, terms of reference, work programme) is built
// as this tree first, and the PDF and Word renderers both consume it, so the
// two editions always say the same thing. Plain data only: no renderer types,
// no functions, so a tree can be hashed, cached and compared in tests.
import type { FontFamily } from '../../../shared/api/methods/settings';

/** A run of text with its emphasis. */
export type TextRun = { type: 'text'; text: string; isBold?: boolean; isItalic?: boolean };

/**
 * Inline content of a paragraph, heading, list item or table cell.
 * - `link` goes to a web/mail address (`href`) or to an anchor in the same pack (`anchor`).
 * - `pageRange` prints the pack pages from one anchor to another ("3 - 6", or "3" when
 *   both are the same page): typed numbers in PDF, PAGEREF fields in Word.
 */
export type Inline =
  | TextRun
  | { type: 'link'; href?: string; anchor?: string; content: TextRun[] }
  | { type: 'pageRange'; from: string; to: string }
  | { type: 'lineBreak' };

/**
 * Automatic numbering of sections and paragraphs, as council reports number
 * them: level 0 prints "1.0", level 1 "1.1", level 2 "1.1.1". A level-0 block
 * restarts levels 1 and 2; a level-1 block restarts level 2. Numbering
 * restarts at the start of every document.
 */
export type NumberingLevel = 0 | 1 | 2;

/** Paragraph looks the house style knows; renderers map them to fonts and sizes. */
export type ParagraphStyle = 'body' | 'title' | 'subtitle' | 'small' | 'notice';

export type Block =
  /** A heading; `anchor` names a place links and page ranges can point at. */
  | { type: 'heading'; level: 1 | 2 | 3; content: Inline[]; numbering?: NumberingLevel; anchor?: string }
  /**
   * A paragraph; `numbering` makes it a numbered paragraph (1.1, 4.1.1);
   * `keepWithNext` keeps it on the same page as the block after it (an agenda item's title with its "report of").
   */
  | { type: 'paragraph'; content: Inline[]; style?: ParagraphStyle; align?: 'left' | 'centre' | 'right'; numbering?: NumberingLevel; anchor?: string; keepWithNext?: boolean }
  /** A bulleted or numbered list; each item is a list of blocks (paragraphs or nested lists). */
  | { type: 'list'; isOrdered: boolean; items: Block[][] }
  /**
   * A table. Column widths are fractions of the text width (they sum to 1).
   * Header rows repeat on every page the table runs over. Cells hold blocks.
   */
  | { type: 'table'; caption?: string; columnWidths: number[]; headerRows: TableRow[]; rows: TableRow[] }
  /** A cover sheet's key–value lines: "Report to: Ofsted Subgroup – 2 October 2018". */
  | { type: 'keyValue'; rows: { key: string; value: Block[] }[] }
  /** A picture; `alt` is read by assistive technology and must say what the picture shows. */
  | { type: 'image'; data: Uint8Array; mediaType: 'image/png' | 'image/jpeg'; alt: string; widthMm: number; heightMm: number; align?: 'left' | 'centre' | 'right' }
  /** A thin horizontal rule between parts of a cover sheet. */
  | { type: 'rule' }
  | { type: 'pageBreak' }
  /** Where a paper will go when it arrives: "Care leavers’ accommodation – to follow". */
  | { type: 'toFollow'; title: string }
  /** A named place with no content of its own (e.g. the end of an item's papers). */
  | { type: 'anchor'; name: string };

export type TableRow = { cells: TableCell[] };
export type TableCell = { content: Block[]; columnSpan?: number };

/** Facts about a document the renderers put in metadata, running heads and bookmarks. */
export type DocumentInfo = {
  /** What the document is, e.g. "Agenda – Improvement Subgroup – Tuesday, 1 December 2026". */
  title: string;
  /** e.g. "Improvement Subgroup, 1 December 2026". */
  subject: string;
  /** The authority's name. */
  author: string;
  /** Printed at the top of every page when the document is exempt (members' edition only). */
  notForPublication?: string;
};

/** One generated document: its facts and its blocks, in reading order. */
export type DocumentModel = { info: DocumentInfo; blocks: Block[] };

/** The authority's house style, applied by both renderers. */
export type HouseStyle = {
  fontFamily: FontFamily;
  bodySizePt: number;
  /** "#12395B": headings and rules. */
  accentColour: string;
};
