// Word tables as editor tables: header rows (Word's "Repeat as header row",
// or a first row set all in bold), merged cells across (gridSpan → colspan),
// and the author's column widths from the table grid. Cells merged down keep
// their place as empty cells, so every row still has every column in the
// pack, which does not draw row spans.
import type { RichTextNode } from '../../../../shared/api/schema';
import type { WordBlock, WordCell, WordRow, WordTable } from './word-model';

const TWIPS_PER_PIXEL = 15;

/** A table node, or null for a table with no cells; `cellContent` converts a cell's blocks. */
export function tableNode(table: WordTable, cellContent: (blocks: readonly WordBlock[]) => RichTextNode[]): RichTextNode | null {
  const rows = table.rows.filter((row) => row.cells.length > 0);
  if (rows.length === 0) return null;
  const headerCount = headerRowCount(rows);
  const gridPx = table.gridTwips.map((twips) => Math.round(twips / TWIPS_PER_PIXEL));
  return {
    type: 'table',
    content: rows.map((row, index) => ({
      type: 'tableRow',
      content: cellsOf(row, index < headerCount, gridPx, cellContent),
    })),
  };
}

function cellsOf(row: WordRow, isHeader: boolean, gridPx: readonly number[], cellContent: (blocks: readonly WordBlock[]) => RichTextNode[]): RichTextNode[] {
  let column = 0;
  return row.cells.map((cell) => {
    const widths = gridPx.slice(column, column + cell.span);
    column += cell.span;
    const content = cell.isMergedFromAbove ? [] : cellContent(cell.blocks);
    const attrs: Record<string, unknown> = {};
    if (cell.span > 1) attrs['colspan'] = cell.span;
    if (widths.length === cell.span && widths.every((width) => width > 0)) attrs['colwidth'] = widths;
    return {
      type: isHeader ? 'tableHeader' : 'tableCell',
      ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
      // The editor's cells hold at least one block.
      content: content.length > 0 ? content : [{ type: 'paragraph' }],
    };
  });
}

/** Leading rows marked to repeat as headers; else a first row all in bold, over other rows, is taken as the header. */
function headerRowCount(rows: readonly WordRow[]): number {
  const marked = rows.findIndex((row) => !row.isHeader);
  if (marked !== 0) return marked === -1 ? rows.length : marked;
  const [first] = rows;
  return rows.length > 1 && first !== undefined && isAllBold(first.cells) ? 1 : 0;
}

function isAllBold(cells: readonly WordCell[]): boolean {
  const runs = cells.flatMap((cell) => cell.blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : [])));
  const worded = runs.filter((run) => run.kind === 'text' && /[\p{L}\p{N}]/u.test(run.text));
  return worded.length > 0 && worded.every((run) => run.kind === 'text' && run.isBold);
}
