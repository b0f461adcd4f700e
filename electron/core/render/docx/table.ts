// Tables and key–value cover sheets. Widths are fixed in twips from the
// model's fractions, so Word, LibreOffice and viewers that read only the grid
// lay the columns out alike; header rows repeat on every page.
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import type { Block, Inline, TableRow as ModelRow } from '../../documents/model';
import type { BlockPlace, RenderContext } from './context';
import { TABLE_TEXT_STYLE_ID, wordColour } from './styles';
import { xmlSafe } from './text';

/** Renders a cell's blocks; passed in so tables and blocks need not import each other. */
export type RenderCell = (blocks: readonly Block[], place: BlockPlace) => (Paragraph | Table)[];

/** Left and right padding of every cell, in twips. */
const CELL_PADDING = 108;
const KEY_SHARE = 0.32;
/** Tables nested deep in lists and cells still get a width Word can lay out (2 cm). */
const MIN_TABLE_WIDTH = 1134;
const BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
/** Roughly how wide a character of table text is (about 10 pt type), and how many lines fill half an A4 page. */
const CHAR_TWIPS = 100;
const HALF_PAGE_LINES = 24;

/** A model table as a caption paragraph (when it has one) and a Word table. */
export function renderTable(block: Extract<Block, { type: 'table' }>, place: BlockPlace, ctx: RenderContext, renderCell: RenderCell): (Paragraph | Table)[] {
  const rows = [...block.headerRows.map((row) => ({ row, isHeader: true })), ...block.rows.map((row) => ({ row, isHeader: false }))];
  // The model's widths say how many columns there are; rows with more cells than that widen the grid, but a
  // stray span never does (it is cut to the columns left).
  const columnCount = Math.max(block.columnWidths.length, ...rows.map(({ row }) => row.cells.length));
  const caption = block.caption === undefined ? [] : [new Paragraph({ style: 'Caption', children: [new TextRun(xmlSafe(block.caption))] })];
  if (columnCount === 0 || rows.length === 0) return caption;

  const tableWidth = Math.max(place.width, MIN_TABLE_WIDTH);
  const widths = columnTwips(block.columnWidths, columnCount, tableWidth);
  const headerFill = tint(wordColour(ctx.style.accentColour), 0.85);
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: rows.map(({ row, isHeader }) => {
      const cells = fitCells(row, columnCount).map(({ content, columnSpan }, column) => {
        const width = widths.slice(column, column + columnSpan).reduce((sum, twips) => sum + twips, 0);
        const cellPlace: BlockPlace = { isInTable: true, listDepth: 0, isBold: isHeader || place.isBold, width: width - 2 * CELL_PADDING };
        return new TableCell({
          children: cellContent(renderCell(content, cellPlace)),
          width: { size: width, type: WidthType.DXA },
          ...(columnSpan > 1 ? { columnSpan } : {}),
          ...(isHeader ? { shading: { type: ShadingType.CLEAR, fill: headerFill, color: 'auto' } } : {}),
        });
      });
      // As in the PDF, a row moves to the next page whole rather than splitting; one too tall for that may break.
      const cantSplit = isHeader || estimatedLines(row, widths) <= HALF_PAGE_LINES;
      return new TableRow({ children: cells, ...(isHeader ? { tableHeader: true } : {}), ...(cantSplit ? { cantSplit: true } : {}) });
    }),
  });
  return [...caption, table];
}

/** A generous guess at how many lines a row's tallest cell takes: each paragraph or picture starts a line, and text wraps at the cell's width. */
function estimatedLines(row: ModelRow, widths: readonly number[]): number {
  let column = 0;
  let tallest = 0;
  for (const cell of row.cells) {
    const span = cell.columnSpan ?? 1;
    const width = Math.max(widths.slice(column, column + span).reduce((sum, twips) => sum + twips, 0) - 2 * CELL_PADDING, CHAR_TWIPS);
    const perLine = Math.max(1, Math.floor(width / CHAR_TWIPS));
    tallest = Math.max(tallest, linesOf(cell.content, perLine));
    column += span;
  }
  return tallest;
}

function linesOf(blocks: readonly Block[], perLine: number): number {
  let lines = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') {
      const chars = block.content.reduce((sum, inline) => sum + charsOf(inline), 0);
      lines += Math.max(1, Math.ceil(chars / perLine));
    } else if (block.type === 'list') {
      lines += block.items.reduce((sum, item) => sum + linesOf(item, perLine), 0);
    } else if (block.type === 'table') {
      lines += [...block.headerRows, ...block.rows].reduce((sum, row) => sum + Math.max(1, ...row.cells.map((cell) => linesOf(cell.content, perLine))), 0);
    } else if (block.type === 'image') {
      // About 5 mm a line.
      lines += Math.ceil(block.heightMm / 5);
    } else {
      lines += 1;
    }
  }
  return lines;
}

function charsOf(inline: Inline): number {
  if (inline.type === 'text') return inline.text.length;
  if (inline.type === 'link') return inline.content.reduce((sum, run) => sum + run.text.length, 0);
  return inline.type === 'pageRange' ? 7 : 0;
}

/** A cover sheet's key–value lines as a borderless two-column table, keys in bold. */
export function renderKeyValue(block: Extract<Block, { type: 'keyValue' }>, place: BlockPlace, _ctx: RenderContext, renderCell: RenderCell): Table[] {
  if (block.rows.length === 0) return [];
  const tableWidth = Math.max(place.width, MIN_TABLE_WIDTH);
  const keyWidth = Math.round(tableWidth * KEY_SHARE);
  const widths = [keyWidth, tableWidth - keyWidth];
  const margins = { left: 0, right: CELL_PADDING * 2, top: 0, bottom: 0 };
  return [
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: tableWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
      rows: block.rows.map(({ key, value }) => {
        const keyCell = new TableCell({
          width: { size: keyWidth, type: WidthType.DXA },
          margins,
          children: [new Paragraph({ style: TABLE_TEXT_STYLE_ID, children: [new TextRun(boldRun(key))] })],
        });
        const valuePlace: BlockPlace = { isInTable: true, listDepth: 0, isBold: place.isBold, width: (widths[1] ?? 0) - margins.right };
        const valueCell = new TableCell({ width: { size: widths[1] ?? 0, type: WidthType.DXA }, margins, children: cellContent(renderCell(value, valuePlace)) });
        return new TableRow({ children: [keyCell, valueCell], cantSplit: true });
      }),
    }),
  ];
}

function boldRun(text: string): IRunOptions {
  return { text: xmlSafe(text), bold: true };
}

function safeSpan(span: number | undefined): number {
  return span !== undefined && Number.isInteger(span) && span > 1 ? span : 1;
}

/** The row's cells with spans that fit the grid, padded with empty cells to the full width. */
function fitCells(row: ModelRow, columnCount: number): { content: Block[]; columnSpan: number }[] {
  const cells: { content: Block[]; columnSpan: number }[] = [];
  let used = 0;
  for (const cell of row.cells) {
    if (used >= columnCount) break;
    const columnSpan = Math.min(safeSpan(cell.columnSpan), columnCount - used);
    cells.push({ content: cell.content, columnSpan });
    used += columnSpan;
  }
  for (; used < columnCount; used += 1) cells.push({ content: [], columnSpan: 1 });
  return cells;
}

/** Column widths in twips: the model's fractions when they are usable, equal columns otherwise. */
function columnTwips(fractions: readonly number[], columnCount: number, total: number): number[] {
  const isUsable = fractions.length === columnCount && fractions.every((share) => Number.isFinite(share) && share > 0);
  const shares = isUsable ? fractions : Array.from({ length: columnCount }, () => 1);
  const sum = shares.reduce((acc, share) => acc + share, 0);
  const twips = shares.map((share) => Math.floor((total * share) / sum));
  // Rounding leftovers go to the last column, so the table is exactly as wide as the text.
  const last = twips.length - 1;
  twips[last] = (twips[last] ?? 0) + total - twips.reduce((acc, width) => acc + width, 0);
  return twips;
}

/** Word needs every cell to end with a paragraph, even an empty cell or one ending in a nested table. */
function cellContent(children: (Paragraph | Table)[]): (Paragraph | Table)[] {
  const last = children.at(-1);
  if (last === undefined || last instanceof Table) return [...children, new Paragraph({ style: TABLE_TEXT_STYLE_ID, children: [] })];
  return children;
}

/** A colour mixed with white: `share` 0.85 keeps 15% of the colour. */
function tint(hex: string, share: number): string {
  const channels = [0, 2, 4].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return channels.map((value) => Math.round(value + (255 - value) * share).toString(16).padStart(2, '0')).join('').toUpperCase();
}
