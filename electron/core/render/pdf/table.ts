// Tables and cover-sheet key–value lines. A table row is one flow unit: it
// moves to the next page whole (unless it is taller than a page), and the
// header rows are repeated above it there, as artifacts. Tagged as
// Table > THead/TBody > TR > TH/TD, with TH scoped to its column.
import type { Block, TableRow } from '../../documents/model';
import { layoutLines } from './inline';
import { joinUnits, stack, structNode, type FrameBox, type HeaderGroup, type Item, type LayoutContext, type Region, type StructNode, type Unit } from './units';

type TableBlock = Extract<Block, { type: 'table' }>;

/** Flow units of a table: caption, header rows, body rows. */
export function layoutTable(block: TableBlock, region: Region, context: LayoutContext): Unit[] {
  const { style } = context;
  const columns = columnEdges(block, region);
  const table = structNode('Table', region.parent);
  const units: Unit[] = [];
  if (block.caption) {
    const look = { ...style.paragraphs.body, isBold: true };
    for (const line of layoutLines({ content: [{ type: 'text', text: block.caption }], look, node: structNode('Caption', table) }, region.x, region.width, context)) {
      units.push({ gapBefore: 0, height: line.height, items: [line], keepWithNext: true });
    }
  }
  const hasHeader = block.headerRows.length > 0;
  const header: HeaderGroup = { units: [] };
  const head = hasHeader ? structNode('THead', table) : null;
  const body = hasHeader ? structNode('TBody', table) : table;
  for (const row of block.headerRows) header.units.push({ ...rowUnit(row, columns, head ?? table, true, context), keepWithNext: true, headerOf: header });
  units.push(...header.units);
  for (const row of block.rows) units.push({ ...rowUnit(row, columns, body, false, context), ...(hasHeader ? { header } : {}) });
  const first = units[0];
  if (first) first.gapBefore = style.paragraphGap * 1.2;
  const firstRow = block.caption ? units.find((unit) => unit.frame) : undefined;
  if (firstRow) firstRow.gapBefore = style.body * 0.3;
  const last = units[units.length - 1];
  if (last) last.keepWithNext = false;
  return units;
}

/** The x of every column edge: the fractions of the text width, normalised, or equal columns when they are unusable. */
function columnEdges(block: TableBlock, region: Region): number[] {
  const count = Math.max(1, block.columnWidths.length, ...[...block.headerRows, ...block.rows].map((row) => row.cells.reduce((sum, cell) => sum + span(cell.columnSpan), 0)));
  const given = block.columnWidths.map((width) => (Number.isFinite(width) && width > 0 ? width : 0));
  const isUsable = given.length === count && given.every((width) => width > 0);
  const fractions = isUsable ? given : Array.from({ length: count }, () => 1);
  const total = fractions.reduce((sum, width) => sum + width, 0);
  const edges = [region.x];
  let x = region.x;
  for (const fraction of fractions) {
    x += (fraction / total) * region.width;
    edges.push(x);
  }
  return edges;
}

const span = (value: number | undefined): number => (value !== undefined && Number.isInteger(value) && value > 1 ? value : 1);

function rowUnit(row: TableRow, edges: readonly number[], parent: StructNode, isHeader: boolean, context: LayoutContext): Unit {
  const { padding, borderHex, headerFillHex, borderWidth } = context.style.table;
  const tr = structNode('TR', parent);
  const columnCount = edges.length - 1;
  const cells: { node: StructNode; items: Item[]; height: number }[] = [];
  const frame: FrameBox[] = [];
  let column = 0;
  const addCell = (blocks: readonly Block[], columnSpan: number) => {
    const first = Math.min(column, columnCount - 1);
    const last = Math.min(column + columnSpan, columnCount);
    column = last;
    const x = edges[first] ?? 0;
    const width = (edges[last] ?? x) - x;
    const node = structNode(isHeader ? 'TH' : 'TD', tr, isHeader ? { scope: 'Column' } : undefined);
    if (last - first > 1) node.colSpan = last - first;
    const region: Region = { x: x + padding, width: Math.max(width - 2 * padding, 1), parent: node, ...(isHeader ? { isBold: true } : {}) };
    const content = stack(context.layoutBlocks(blocks, region, context));
    cells.push({ node, items: content.items, height: content.height });
    frame.push({ x, width, strokeHex: borderHex, strokeWidth: borderWidth, ...(isHeader ? { fillHex: headerFillHex } : {}) });
  };
  for (const cell of row.cells) {
    if (column >= columnCount) break;
    addCell(cell.content, span(cell.columnSpan));
  }
  // A short row is filled with empty cells, so every row has every column (a regular table).
  while (column < columnCount) addCell([], 1);
  const height = Math.max(context.style.body * context.style.lineSpacing, ...cells.map((cell) => cell.height)) + 2 * padding;
  const items: Item[] = [{ kind: 'cells', y: 0, nodes: cells.map((cell) => cell.node) }];
  for (const cell of cells) for (const item of cell.items) items.push({ ...item, y: item.y + padding });
  return { gapBefore: 0, height, items, frame };
}

/** Flow units of cover-sheet lines: the key bold in a left column, the value's blocks beside it. */
export function layoutKeyValue(block: Extract<Block, { type: 'keyValue' }>, region: Region, context: LayoutContext): Unit[] {
  const { style } = context;
  const table = structNode('Table', region.parent);
  const keyWidth = region.width * 0.35;
  const gutter = style.body * 0.8;
  const units: Unit[] = [];
  block.rows.forEach((row, index) => {
    const tr = structNode('TR', table);
    const th = structNode('TH', tr, { scope: 'Row' });
    const td = structNode('TD', tr);
    const look = { ...style.paragraphs.body, isBold: true };
    const key = stack(layoutLines({ content: [{ type: 'text', text: row.key }], look, node: th }, region.x, keyWidth - gutter, context).map((line) => ({ gapBefore: 0, height: line.height, items: [line] })));
    const valueRegion: Region = { x: region.x + keyWidth, width: region.width - keyWidth, parent: td };
    const valueUnits = context.layoutBlocks(row.value, valueRegion, context);
    const first = valueUnits[0] ?? { gapBefore: 0, height: 0, items: [] };
    if (valueUnits.length === 0) valueUnits.push(first);
    first.gapBefore = index === 0 ? style.paragraphGap * 1.2 : style.paragraphGap;
    // The key sits beside the value's first line: align their first baselines.
    const firstText = first.items.find((item) => item.kind === 'text');
    const keyText = key.items.find((item) => item.kind === 'text');
    const dy = firstText && keyText ? firstText.y + firstText.baseline - (keyText.y + keyText.baseline) : 0;
    // A key longer than the value's first line takes the value's next lines along with it.
    for (let next = valueUnits[1]; next && !next.isPageBreak && first.height < key.height + dy; next = valueUnits[1]) {
      joinUnits(first, next);
      valueUnits.splice(1, 1);
    }
    first.items.unshift({ kind: 'cells', y: 0, nodes: [th, td] }, ...key.items.map((item) => ({ ...item, y: item.y + dy })));
    first.height = Math.max(first.height, key.height + dy);
    units.push(...valueUnits);
  });
  return units;
}
