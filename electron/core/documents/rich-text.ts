// The editor's JSON (TipTap/ProseMirror) as document blocks. Reports number
// their sections the way councils do: a level-1 heading is "1.0", a level-2
// heading "4.1", and a paragraph marked `numbered` takes the next number in
// the section it sits in. Nodes this function does not know keep their words:
// a report must never lose text on its way into a pack.
import type { RichText, RichTextNode } from '../../../shared/api/schema';
import { imageBlock, sniffMediaType } from './builders/images';
import type { Block, Inline, NumberingLevel, TableCell, TableRow, TextRun } from './model';

export type RichTextOptions = {
  /** Number headings and marked paragraphs (report bodies); off for minutes' discussions. */
  isNumbered?: boolean;
  /** Added to every heading level (at most 3), so the text's headings sit below the document's own. */
  headingOffset?: 0 | 1 | 2;
};

type State = { isNumbered: boolean; headingOffset: number; section: 1 | 2 };

/** An inline picture found inside a paragraph: it becomes a block of its own. */
type Piece = Inline | { type: 'image'; node: RichTextNode };

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;
const DATA_URL = /^data:(image\/(?:png|jpe?g));base64,([A-Za-z0-9+/=\s]+)$/i;

/** The blocks of a rich-text document; empty paragraphs are dropped. */
export function richTextToBlocks(doc: RichText, options: RichTextOptions = {}): Block[] {
  const state: State = { isNumbered: options.isNumbered ?? true, headingOffset: options.headingOffset ?? 0, section: 1 };
  return blocksOf(doc.content, state);
}

function blocksOf(nodes: readonly RichTextNode[], state: State): Block[] {
  return nodes.flatMap((node) => blockOf(node, state));
}

function blockOf(node: RichTextNode, state: State): Block[] {
  switch (node.type) {
    case 'paragraph':
      return paragraphOf(node, state);
    case 'heading':
      return headingOf(node, state);
    case 'bulletList':
    case 'orderedList':
      return listOf(node, state);
    case 'table':
      return tableOf(node, state);
    case 'image':
      return [imageOf(node)];
    case 'horizontalRule':
      return [{ type: 'rule' }];
    case 'codeBlock':
      return textParagraphs(piecesOf(node.content ?? []).flatMap(splitNewlines), undefined);
    case 'listItem':
    case 'blockquote':
      return blocksOf(node.content ?? [], state);
    default:
      return unknownBlock(node, state);
  }
}

/** Something the converter does not know: its child blocks if it has some, else its words as a paragraph. */
function unknownBlock(node: RichTextNode, state: State): Block[] {
  const children = node.content ?? [];
  if (children.some((child) => BLOCK_TYPES.has(child.type))) return blocksOf(children, state);
  return textParagraphs(piecesOf([node]), undefined);
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'table', 'blockquote', 'codeBlock', 'horizontalRule']);

function paragraphOf(node: RichTextNode, state: State): Block[] {
  const numbering = state.isNumbered && node.attrs?.['numbered'] === true ? ((state.section === 2 ? 2 : 1) as NumberingLevel) : undefined;
  return textParagraphs(piecesOf(node.content ?? []), numbering, alignOf(node));
}

/** Paragraphs of the pieces, split around any pictures; only the first paragraph takes the number. */
function textParagraphs(pieces: readonly Piece[], numbering: NumberingLevel | undefined, align?: 'centre' | 'right'): Block[] {
  const blocks: Block[] = [];
  let run: Inline[] = [];
  let isNumberUsed = false;
  const flush = () => {
    if (!isEmpty(run)) {
      const numbered = numbering !== undefined && !isNumberUsed ? { numbering } : {};
      isNumberUsed = isNumberUsed || numbering !== undefined;
      blocks.push({ type: 'paragraph', content: trimBreaks(run), ...numbered, ...(align ? { align } : {}) });
    }
    run = [];
  };
  for (const piece of pieces) {
    if (piece.type === 'image') {
      flush();
      blocks.push(imageOf(piece.node));
    } else {
      run.push(piece);
    }
  }
  flush();
  return blocks;
}

function headingOf(node: RichTextNode, state: State): Block[] {
  const level = Math.min(Math.max(Math.trunc(Number(node.attrs?.['level'] ?? 1)) || 1, 1), 6);
  if (level <= 2) state.section = level === 1 ? 1 : 2;
  const content = trimBreaks(piecesOf(node.content ?? []).filter((piece): piece is Inline => piece.type !== 'image'));
  if (isEmpty(content)) return [];
  const shown = Math.min(level + state.headingOffset, 3) as 1 | 2 | 3;
  const numbering: NumberingLevel | undefined = state.isNumbered && level <= 2 ? (level === 1 ? 0 : 1) : undefined;
  return [{ type: 'heading', level: shown, content, ...(numbering === undefined ? {} : { numbering }) }];
}

/** Lists, tables and their contents are never numbered as paragraphs. */
function nested(state: State): State {
  return { ...state, isNumbered: false };
}

function listOf(node: RichTextNode, state: State): Block[] {
  const inner = nested(state);
  const items = (node.content ?? [])
    .map((item) => (item.type === 'listItem' ? blocksOf(item.content ?? [], inner) : blockOf(item, inner)))
    .filter((blocks) => blocks.length > 0);
  return items.length === 0 ? [] : [{ type: 'list', isOrdered: node.type === 'orderedList', items }];
}

function tableOf(node: RichTextNode, state: State): Block[] {
  const inner = nested(state);
  const rows = (node.content ?? []).map((row) => {
    const cells = (row.content ?? []).filter((cell) => cell.type === 'tableCell' || cell.type === 'tableHeader');
    return {
      isHeader: cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader'),
      row: { cells: cells.map((cell): TableCell => cellOf(cell, inner)) } satisfies TableRow,
      widths: cells.flatMap((cell) => widthsOf(cell)),
    };
  });
  if (rows.length === 0) return [];
  const columns = Math.max(1, ...rows.map(({ row }) => row.cells.reduce((sum, cell) => sum + (cell.columnSpan ?? 1), 0)));
  // Header rows are the leading rows made of header cells: only those can repeat at the top of a page.
  const headerCount = rows.findIndex((row) => !row.isHeader);
  const split = headerCount === -1 ? rows.length : headerCount;
  return [
    {
      type: 'table',
      columnWidths: columnWidthsOf(rows.map((row) => row.widths), columns),
      headerRows: rows.slice(0, split).map((row) => row.row),
      rows: rows.slice(split).map((row) => row.row),
    },
  ];
}

function cellOf(cell: RichTextNode, state: State): TableCell {
  const span = Math.trunc(Number(cell.attrs?.['colspan'] ?? 1));
  const content = blocksOf(cell.content ?? [], state);
  return span > 1 ? { content, columnSpan: span } : { content };
}

/** A cell's column widths in pixels (TipTap's `colwidth`: one number per spanned column), or NaN where unset. */
function widthsOf(cell: RichTextNode): number[] {
  const span = Math.max(1, Math.trunc(Number(cell.attrs?.['colspan'] ?? 1)));
  const widths = cell.attrs?.['colwidth'];
  return Array.from({ length: span }, (_, index) => (Array.isArray(widths) && typeof widths[index] === 'number' ? widths[index] : Number.NaN));
}

/** From the first row whose every column has a width; equal columns otherwise. */
function columnWidthsOf(rowWidths: readonly number[][], columns: number): number[] {
  const known = rowWidths.find((widths) => widths.length === columns && widths.every((width) => Number.isFinite(width) && width > 0));
  if (!known) return Array.from({ length: columns }, () => 1 / columns);
  const total = known.reduce((sum, width) => sum + width, 0);
  return known.map((width) => width / total);
}

function imageOf(node: RichTextNode): Block {
  const alt = stringAttr(node, 'alt') || stringAttr(node, 'title');
  const match = DATA_URL.exec(stringAttr(node, 'src'));
  if (match) {
    const data = new Uint8Array(Buffer.from(match[2] ?? '', 'base64'));
    const mediaType = sniffMediaType(data);
    const width = Number(node.attrs?.['width']);
    const block =
      mediaType === null ? null : imageBlock({ data, mediaType }, alt || 'Picture with no description', Number.isFinite(width) && width > 0 ? { widthMm: (width * 25.4) / 96 } : {});
    if (block) return block;
  }
  return { type: 'paragraph', content: [{ type: 'text', text: alt ? `[Image: ${alt}]` : '[Image]' }] };
}

function stringAttr(node: RichTextNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

function alignOf(node: RichTextNode): 'centre' | 'right' | undefined {
  const align = node.attrs?.['textAlign'];
  if (align === 'center') return 'centre';
  if (align === 'right') return 'right';
  return undefined;
}

/** Inline content with its marks; pictures are kept as pieces so the paragraph can be split around them. */
function piecesOf(nodes: readonly RichTextNode[]): Piece[] {
  const pieces: Piece[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text) addRun(pieces, node);
    } else if (node.type === 'hardBreak') {
      pieces.push({ type: 'lineBreak' });
    } else if (node.type === 'image') {
      pieces.push({ type: 'image', node });
    } else if (node.content && node.content.length > 0) {
      // An unknown inline, or block content met where inline was expected: keep its words.
      if (pieces.length > 0 && BLOCK_TYPES.has(node.type)) pieces.push({ type: 'lineBreak' });
      pieces.push(...piecesOf(node.content));
    } else {
      const words = node.text ?? stringAttr(node, 'label');
      if (words !== '') pieces.push({ type: 'text', text: words });
    }
  }
  return pieces;
}

function addRun(pieces: Piece[], node: RichTextNode): void {
  const marks = new Set((node.marks ?? []).map((mark) => mark.type));
  const run: TextRun = {
    type: 'text',
    text: node.text ?? '',
    ...(marks.has('bold') || marks.has('strong') ? { isBold: true } : {}),
    ...(marks.has('italic') || marks.has('em') ? { isItalic: true } : {}),
  };
  const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.['href'];
  if (typeof href !== 'string' || !SAFE_HREF.test(href.trim())) {
    pieces.push(run);
    return;
  }
  const previous = pieces.at(-1);
  if (previous?.type === 'link' && previous.href === href.trim()) previous.content.push(run);
  else pieces.push({ type: 'link', href: href.trim(), content: [run] });
}

/** A code block's newlines as line breaks. */
function splitNewlines(piece: Piece): Piece[] {
  if (piece.type !== 'text' || !piece.text.includes('\n')) return [piece];
  return piece.text.split('\n').flatMap((part, index): Piece[] => [...(index > 0 ? [{ type: 'lineBreak' } as const] : []), ...(part === '' ? [] : [{ ...piece, text: part }])]);
}

function isEmpty(content: readonly Inline[]): boolean {
  return content.every((inline) => {
    if (inline.type === 'text') return inline.text.trim() === '';
    if (inline.type === 'link') return inline.content.every((run) => run.text.trim() === '');
    return inline.type === 'lineBreak';
  });
}

/** Line breaks at the start or end of a paragraph print as blank lines: drop them. */
function trimBreaks(content: readonly Inline[]): Inline[] {
  let start = 0;
  let end = content.length;
  while (start < end && content[start]?.type === 'lineBreak') start += 1;
  while (end > start && content[end - 1]?.type === 'lineBreak') end -= 1;
  return content.slice(start, end);
}
