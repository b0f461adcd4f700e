// Blocks of the document model as Word paragraphs and tables.
import { BorderStyle, ImageRun, TextRun, type Paragraph, type Table } from 'docx';
import type { Block } from '../../documents/model';
import type { BlockPlace, RenderContext } from './context';
import { createFlow, type Flow } from './flow';
import { renderInlines } from './inline';
import { renderList } from './list';
import { TEXT_HEIGHT } from './sections';
import { ALIGNMENTS, numberPrefix, paragraphOptions, textStyle } from './paragraphs';
import { PARAGRAPH_STYLE_IDS, wordColour } from './styles';
import { renderKeyValue, renderTable } from './table';
import { xmlSafe } from './text';

/** The Word content of a sequence of blocks: a document's body, a cell, a list item's extra blocks. */
export function renderBlocks(blocks: readonly Block[], place: BlockPlace, ctx: RenderContext): (Paragraph | Table)[] {
  const flow = createFlow(ctx, !place.isInTable);
  addBlocks(blocks, place, ctx, flow);
  return flow.finish();
}

/** Adds blocks to a flow, checking for cancellation between them. */
export function addBlocks(blocks: readonly Block[], place: BlockPlace, ctx: RenderContext, flow: Flow): void {
  for (const block of blocks) {
    ctx.signal?.throwIfAborted();
    addBlock(block, place, ctx, flow);
  }
}

function addBlock(block: Block, place: BlockPlace, ctx: RenderContext, flow: Flow): void {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      flow.paragraph(paragraphOptions(block, place, ctx), [...numberPrefix(block, place, ctx), ...renderInlines(block.content, place)], block.anchor);
      return;
    case 'list':
      renderList(block, place, ctx, flow, (item, itemPlace) => addBlock(item, itemPlace, ctx, flow));
      return;
    case 'table':
      renderTable(block, place, ctx, (blocks, cellPlace) => renderBlocks(blocks, cellPlace, ctx)).forEach((child) => flow.block(child));
      return;
    case 'keyValue':
      renderKeyValue(block, place, ctx, (blocks, cellPlace) => renderBlocks(blocks, cellPlace, ctx)).forEach((child) => flow.block(child));
      return;
    case 'image':
      addImage(block, place, ctx, flow);
      return;
    case 'rule':
      flow.paragraph(
        {
          style: textStyle('body', place),
          border: { bottom: { style: BorderStyle.SINGLE, size: 8, space: 1, color: wordColour(ctx.style.accentColour) } },
          spacing: { before: 0 },
        },
        [],
      );
      return;
    case 'pageBreak':
      flow.pageBreak();
      return;
    case 'toFollow':
      flow.paragraph({ style: PARAGRAPH_STYLE_IDS.notice }, [new TextRun(`${xmlSafe(block.title)} – to follow`)]);
      return;
    case 'anchor':
      flow.anchor(block.name);
      return;
  }
}

const TWIPS_PER_MM = 1440 / 25.4;
const PIXELS_PER_MM = 96 / 25.4;
/** Pictures deep in lists and cells are never squeezed below 1 cm. */
const MIN_IMAGE_WIDTH = 567;

function addImage(block: Extract<Block, { type: 'image' }>, place: BlockPlace, ctx: RenderContext, flow: Flow): void {
  const alt = xmlSafe(block.alt);
  const isSized = Number.isFinite(block.widthMm) && Number.isFinite(block.heightMm) && block.widthMm > 0 && block.heightMm > 0;
  const type = imageType(block.data);
  if (!isSized || type === undefined) {
    // Nothing Word could draw: keep what the picture was meant to say.
    flow.paragraph({ style: textStyle('body', place) }, [new TextRun(alt)]);
    return;
  }
  // A picture wider or taller than the text area would run off the page: scale it down, keeping its shape.
  const scale = Math.min(1, Math.max(place.width, MIN_IMAGE_WIDTH) / (block.widthMm * TWIPS_PER_MM), TEXT_HEIGHT / (block.heightMm * TWIPS_PER_MM));
  const pixels = (mm: number): number => Math.max(1, Math.round(mm * scale * PIXELS_PER_MM));
  const id = ctx.drawings.next();
  const image = new ImageRun({
    type,
    data: block.data,
    transformation: { width: pixels(block.widthMm), height: pixels(block.heightMm) },
    altText: { id: String(id), name: `Picture ${id}`, title: alt, description: alt },
  });
  flow.paragraph({ style: textStyle('body', place), alignment: ALIGNMENTS[block.align ?? 'left'] }, [image]);
}

/** The picture's format from its first bytes: Word shows a broken picture for data that is neither. */
function imageType(data: Uint8Array): 'png' | 'jpg' | undefined {
  const starts = (signature: number[]): boolean => signature.every((byte, at) => data[at] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpg';
  return undefined;
}
