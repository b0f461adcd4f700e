// What the layout produces and the paginator consumes: blocks become flow
// units (a line of a paragraph, a table row, an image), each a stack of
// positioned items. Laying out first and drawing afterwards lets tables know
// a row's height without drawing it, and lets the page count be known
// before the first page is drawn ("Page 1 of N").
import type { Block, Inline } from '../../documents/model';
import type { FontSet } from './fonts';
import type { PdfFont, PdfImage, StructElement, StructOptions } from './pdfkit-types';
import type { PdfStyle, Rgb } from './style';

/** A structure element to be, created in the PDF only when its first content is drawn. */
export type StructNode = {
  type: string;
  parent: StructNode | null;
  options?: StructOptions;
  colSpan?: number;
  element?: StructElement;
};

/** Text in one font and colour, placed on a line. */
export type Fragment = {
  text: string;
  /** `text` as the words and spaces it was measured in: the unit the glyph encoding is cached by. */
  pieces: string[];
  font: PdfFont;
  size: number;
  colour: Rgb;
  x: number;
  width: number;
  /** The element the text belongs to; a `Link` node for link text. */
  node: StructNode;
  link?: LinkTarget;
  /** The link's last fragment: its element can be closed once this is drawn. */
  isLinkEnd?: boolean;
};

/** Where a link goes, and its whole text (annotations describe themselves to assistive technology). */
export type LinkTarget = { href?: string; anchor?: string; description: string };

/** Something drawn at `y`, measured from the top of its unit. */
export type Item =
  | { kind: 'text'; y: number; height: number; baseline: number; fragments: Fragment[] }
  | { kind: 'image'; y: number; x: number; width: number; height: number; image: PdfImage; node: StructNode | null }
  | { kind: 'line'; y: number; x1: number; x2: number; colourHex: string; width: number }
  | { kind: 'box'; y: number; height: number; box: FrameBox }
  | { kind: 'anchor'; y: number; name: string }
  | { kind: 'bookmark'; y: number; level: 1 | 2 | 3; title: string }
  /** Table cells to create in order, so empty cells still exist in the structure. */
  | { kind: 'cells'; y: number; nodes: StructNode[] };

/** A rectangle spanning the whole height a unit takes on a page (cell borders, notice boxes). */
export type FrameBox = { x: number; width: number; fillHex?: string; strokeHex?: string; strokeWidth: number };

/** A table's header rows, repeated as artifacts on every page the table continues on. */
export type HeaderGroup = { units: Unit[] };

/** The smallest thing the paginator places; it splits one only when it is taller than a page. */
export type Unit = {
  gapBefore: number;
  height: number;
  items: Item[];
  keepWithNext?: boolean;
  frame?: FrameBox[];
  /** Set on table body rows: the header to repeat above them on a new page. */
  header?: HeaderGroup;
  /** Set on a table's own header rows. */
  headerOf?: HeaderGroup;
  isPageBreak?: boolean;
};

/** Where blocks go: a column of the page and the structure element they belong to. */
export type Region = { x: number; width: number; parent: StructNode; isBold?: boolean };

/** Everything block layout needs besides the block. */
export type LayoutContext = {
  fonts: FontSet;
  style: PdfStyle;
  labels: ReadonlyMap<Block, string>;
  anchorPages: ReadonlyMap<string, number> | undefined;
  hasBookmarks: boolean;
  /** Height of the page's text area: nothing may be taller. */
  pageHeight: number;
  openImage(data: Uint8Array): PdfImage | null;
  /** The last heading level tagged, so tagged levels never skip (H1 then H3 is tagged H2). */
  headingLevel: number;
  /** Lays out nested blocks (list items, table cells) with the same rules as the page. */
  layoutBlocks(blocks: readonly Block[], region: Region, context: LayoutContext): Unit[];
};

/** A structure node under `parent`. */
export const structNode = (type: string, parent: StructNode | null, options?: StructOptions): StructNode => (options ? { type, parent, options } : { type, parent });

/** Units placed one under another, as the items of one tall box (a table cell, a notice). */
export function stack(units: readonly Unit[]): { items: Item[]; height: number } {
  const items: Item[] = [];
  let y = 0;
  let isFirst = true;
  for (const unit of units) {
    if (unit.isPageBreak) continue;
    if (!isFirst) y += unit.gapBefore;
    isFirst = false;
    for (const box of unit.frame ?? []) items.push({ kind: 'box', y, height: unit.height, box });
    for (const item of unit.items) items.push(shift(item, y));
    y += unit.height;
  }
  return { items, height: y };
}

/** Joins `next` onto the bottom of `unit`, so the two move between pages as one. */
export function joinUnits(unit: Unit, next: Unit): void {
  const top = unit.height + next.gapBefore;
  for (const box of next.frame ?? []) unit.items.push({ kind: 'box', y: top, height: next.height, box });
  for (const item of next.items) unit.items.push(shift(item, top));
  unit.height = top + next.height;
  unit.keepWithNext = next.keepWithNext === true;
}

/** An item moved down by `dy`. */
export function shift(item: Item, dy: number): Item {
  return dy === 0 ? item : { ...item, y: item.y + dy };
}

/** The plain text of inline content, for bookmarks and link descriptions. */
export function plainText(content: readonly Inline[]): string {
  let text = '';
  for (const inline of content) {
    if (inline.type === 'text') text += inline.text;
    else if (inline.type === 'link') text += inline.content.map((run) => run.text).join('');
    else if (inline.type === 'lineBreak') text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}
