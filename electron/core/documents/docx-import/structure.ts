// The walk's blocks as the editor's document: headings (typed numbers taken
// off, since the pack numbers them), the report's numbered paragraphs as
// `numbered` paragraphs, Word lists as nested bullet and ordered lists,
// tables, and pictures as blocks of their own (filled in later by pictures.ts).
import type { RichTextNode } from '../../../../shared/api/schema';
import type { ListNumbering } from '../../import/readers/docx-styles';
import { dropLeading, leadingText, plainText, segmentsOf, typedHeadingNumber, typedParagraphNumber, type Segment } from './inline';
import { paragraphKind, type StyleSources } from './paragraph-kind';
import { tableNode } from './tables';
import type { PictureReference, WordBlock, WordParagraph } from './word-model';

/** A picture's place in the document: the node is filled in (or made a note) once the pictures are read. */
export type PendingPicture = { node: RichTextNode; picture: PictureReference };

export type StructureSources = StyleSources & { numbering: ListNumbering };

/** The document's blocks, the words of a Title-styled paragraph at its top (taken out), the pictures to read, and how many contents lines were left out. */
export type Structure = { nodes: RichTextNode[]; styledTitle: string | undefined; pictures: PendingPicture[]; contentsLines: number };

type Item =
  | { kind: 'blocks'; nodes: RichTextNode[] }
  | { kind: 'numbered'; depth: 2 | 3; nodes: RichTextNode[]; isShort: boolean }
  | { kind: 'listItem'; isOrdered: boolean; numId: string; level: number; nodes: RichTextNode[]; start: number | undefined };

type State = { sources: StructureSources; pictures: PendingPicture[]; contentsLines: number; section: number; styledTitle: string | undefined; hasContent: boolean };

/** Converts a Word body into the editor's block nodes. */
export function structureOf(blocks: readonly WordBlock[], sources: StructureSources): Structure {
  const state: State = { sources, pictures: [], contentsLines: 0, section: 0, styledTitle: undefined, hasContent: false };
  const nodes = containerNodes(blocks, state, false);
  return { nodes, styledTitle: state.styledTitle, pictures: state.pictures, contentsLines: state.contentsLines };
}

/** The blocks of the body (`isInCell` false) or of a table cell, where nothing is a heading or numbered paragraph. */
function containerNodes(blocks: readonly WordBlock[], state: State, isInCell: boolean): RichTextNode[] {
  const items: Item[] = [];
  for (const block of blocks) {
    let item: Item | null = null;
    if (block.kind === 'table') {
      const table = tableNode(block, (cellBlocks) => containerNodes(cellBlocks, state, true));
      if (table !== null) item = { kind: 'blocks', nodes: [table] };
    } else {
      item = paragraphItem(block, state, isInCell);
    }
    if (item === null) continue;
    items.push(item);
    // A logo above the title is not content before it; words are.
    if (item.nodes.some((node) => node.type !== 'image')) state.hasContent = true;
  }
  return groupLists(isInCell ? items : promoteParents(items));
}

function paragraphItem(paragraph: WordParagraph, state: State, isInCell: boolean): Item | null {
  const kind = paragraphKind(paragraph, state.sources);
  // Word counts every numbered paragraph, so the counters are kept even for those the pack renumbers.
  const marker = kind.list === undefined ? undefined : state.sources.numbering.markerFor(kind.list);
  switch (kind.kind) {
    case 'contents':
      state.contentsLines += 1;
      return null;
    case 'title':
      if (!isInCell && !state.hasContent && state.styledTitle === undefined) {
        const words = plainText(firstInline(segmentsOf(paragraph.runs))).trim();
        if (words !== '') {
          state.styledTitle = words;
          return null;
        }
      }
      return blocksItem(segmentsOf(paragraph.runs), state);
    case 'heading':
      return isInCell ? blocksItem(segmentsOf(paragraph.runs), state) : headingItem(paragraph, kind.level, state);
    case 'report': {
      if (isInCell) return blocksItem(withMarker(segmentsOf(paragraph.runs), marker), state);
      const segments = segmentsOf(paragraph.runs);
      const words = plainText(firstInline(segments)).trim();
      if (kind.depth === 1 && words.length <= 120 && !/[.;:,]$/.test(words)) return headingItem(paragraph, 1, state);
      if (kind.depth === 1) return numberedItem(segments, 2, state);
      return numberedItem(segments, kind.depth, state);
    }
    case 'list': {
      const nodes = blockNodes(segmentsOf(paragraph.runs), { type: 'paragraph' }, state);
      if (nodes.length === 0) return null;
      const start = kind.isOrdered ? Number(/^\(?(\d+)/.exec(marker ?? '')?.[1] ?? 1) : undefined;
      return { kind: 'listItem', isOrdered: kind.isOrdered, numId: kind.numId, level: kind.level, nodes, start };
    }
    case 'body': {
      const typed = isInCell ? null : typedParagraphNumber(leadingText(paragraph.runs), state.section);
      if (typed !== null) return numberedItem(withoutLeading(segmentsOf(paragraph.runs), typed.length), typed.depth === 3 ? 3 : 2, state);
      return blocksItem(segmentsOf(paragraph.runs), state);
    }
  }
}

function headingItem(paragraph: WordParagraph, level: 1 | 2 | 3, state: State): Item | null {
  let segments = segmentsOf(paragraph.runs, { isPlain: true });
  const typed = typedHeadingNumber(leadingText(paragraph.runs));
  if (typed !== null) segments = withoutLeading(segments, typed.length);
  if (level === 1) state.section = typed === null ? state.section + 1 : typed.section;
  const nodes = blockNodes(segments, { type: 'heading', attrs: { level } }, state);
  return nodes.length === 0 ? null : { kind: 'blocks', nodes };
}

function numberedItem(segments: Segment[], depth: 2 | 3, state: State): Item | null {
  const nodes = blockNodes(segments, { type: 'paragraph', attrs: { numbered: true } }, state);
  if (nodes.length === 0) return null;
  const words = plainText(firstInline(segments)).trim();
  return { kind: 'numbered', depth, nodes, isShort: words.length <= 120 && !/[.;:,]$/.test(words) };
}

function blocksItem(segments: Segment[], state: State): Item | null {
  const nodes = blockNodes(segments, { type: 'paragraph' }, state);
  return nodes.length === 0 ? null : { kind: 'blocks', nodes };
}

/**
 * The paragraph's blocks: its words in one block of the given shape (heading,
 * numbered paragraph), then pictures and any words after them as blocks of
 * their own. Empty paragraphs (Word's spacing) give none.
 */
function blockNodes(segments: readonly Segment[], shape: RichTextNode, state: State): RichTextNode[] {
  const nodes: RichTextNode[] = [];
  let isShapeUsed = false;
  for (const segment of segments) {
    if (segment.kind === 'picture') {
      const node: RichTextNode = { type: 'image', attrs: {} };
      state.pictures.push({ node, picture: segment.picture });
      nodes.push(node);
    } else {
      nodes.push({ ...(isShapeUsed ? { type: 'paragraph' } : shape), content: segment.nodes });
      isShapeUsed = true;
    }
  }
  return nodes;
}

function firstInline(segments: readonly Segment[]): RichTextNode[] {
  const first = segments.find((segment) => segment.kind === 'inline');
  return first?.kind === 'inline' ? first.nodes : [];
}

function withoutLeading(segments: readonly Segment[], count: number): Segment[] {
  const index = segments.findIndex((segment) => segment.kind === 'inline');
  const first = segments[index];
  if (first?.kind !== 'inline') return [...segments];
  const rest = dropLeading(first.nodes, count);
  const copy = [...segments];
  if (rest.length > 0) copy[index] = { kind: 'inline', nodes: rest };
  else copy.splice(index, 1);
  return copy;
}

/** Inside a table a report number cannot be renumbered, so its words keep it ("1.1 The council…"). */
function withMarker(segments: Segment[], marker: string | undefined): Segment[] {
  if (marker === undefined) return segments;
  const index = segments.findIndex((segment) => segment.kind === 'inline');
  const first = segments[index];
  if (first?.kind !== 'inline') return segments;
  const copy = [...segments];
  copy[index] = { kind: 'inline', nodes: [{ type: 'text', text: `${marker} ` }, ...first.nodes] };
  return copy;
}

/**
 * The pack numbers three levels only under a level-2 heading, so a short
 * "1.1" paragraph that has "1.1.1" paragraphs under it becomes a level-2
 * heading: its children then number 1.1.1, 1.1.2 as in Word.
 */
function promoteParents(items: Item[]): Item[] {
  return items.map((item, index) => {
    if (item.kind !== 'numbered' || item.depth !== 2 || !item.isShort) return item;
    let after = index + 1;
    while (items[after]?.kind === 'listItem') after += 1;
    const next = items[after];
    if (next?.kind !== 'numbered' || next.depth !== 3) return item;
    const [first, ...rest] = item.nodes;
    return first === undefined ? item : { kind: 'blocks', nodes: [{ type: 'heading', attrs: { level: 2 }, content: (first.content ?? []).map(unbold) }, ...rest] };
  });
}

function unbold(node: RichTextNode): RichTextNode {
  if (node.marks === undefined) return node;
  const copy = { ...node, marks: node.marks.filter((mark) => mark.type !== 'bold') };
  if (copy.marks.length === 0) delete (copy as RichTextNode).marks;
  return copy;
}

type OpenList = { level: number; isOrdered: boolean; numId: string; node: RichTextNode };

/** Runs of list items as nested lists (by Word's list level); everything else as it is. */
function groupLists(items: readonly Item[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  const open: OpenList[] = [];
  for (const item of items) {
    if (item.kind !== 'listItem') {
      open.length = 0;
      out.push(...item.nodes);
      continue;
    }
    while ((open.at(-1)?.level ?? -1) > item.level) open.pop();
    const top = open.at(-1);
    // Bullets at one level run on whatever list Word filed them under; numbers restart with a new list.
    const isSameList = top?.level === item.level && top.isOrdered === item.isOrdered && (!item.isOrdered || top.numId === item.numId);
    const listItem: RichTextNode = { type: 'listItem', content: item.nodes };
    if (top !== undefined && isSameList) {
      top.node.content?.push(listItem);
      continue;
    }
    if (top?.level === item.level) open.pop();
    const start = item.start !== undefined && item.start !== 1 && Number.isFinite(item.start) ? { attrs: { start: item.start } } : {};
    const list: RichTextNode = { type: item.isOrdered ? 'orderedList' : 'bulletList', ...start, content: [listItem] };
    const parentItem = open.at(-1)?.node.content?.at(-1);
    if (parentItem !== undefined) parentItem.content = [...(parentItem.content ?? []), list];
    else out.push(list);
    open.push({ level: item.level, isOrdered: item.isOrdered, numId: item.numId, node: list });
  }
  return out;
}
