// Pictures: sized from millimetres, kept inside the text column and the
// page, tagged as a Figure with its alternative text. A picture without alt
// text is decoration and becomes an artifact; one that cannot be decoded is
// replaced by its description, so bad data never stops a pack.
import { inflateSync } from 'node:zlib';
import type { Block } from '../../documents/model';
import { layoutLines } from './inline';
import type { PdfImage } from './pdfkit-types';
import { structNode, type LayoutContext, type Region, type Unit } from './units';

const POINTS_PER_MM = 72 / 25.4;

/** The flow unit of an image block. */
export function layoutImage(block: Extract<Block, { type: 'image' }>, region: Region, context: LayoutContext): Unit[] {
  const image = context.openImage(block.data);
  const gapBefore = context.style.paragraphGap;
  if (!image) {
    const spec = { content: [{ type: 'text' as const, text: `[Picture: ${block.alt.trim() || 'no description'}]`, isItalic: true }], look: context.style.paragraphs.small, node: structNode('P', region.parent) };
    return layoutLines(spec, region.x, region.width, context).map((line) => ({ gapBefore, height: line.height, items: [line] }));
  }
  let width = positive(block.widthMm) * POINTS_PER_MM || image.width * 0.75;
  let height = positive(block.heightMm) * POINTS_PER_MM || (width * image.height) / Math.max(image.width, 1);
  const scale = Math.min(1, region.width / width, (context.pageHeight * 0.9) / height);
  width *= scale;
  height *= scale;
  const offset = block.align === 'centre' ? (region.width - width) / 2 : block.align === 'right' ? region.width - width : 0;
  const alt = block.alt.trim();
  const node = alt ? structNode('Figure', region.parent, { alt }) : null;
  return [{ gapBefore, height, items: [{ kind: 'image', y: 0, x: region.x + offset, width, height, image, node }] }];
}

/** Whether png-js will decode the pixels without throwing: the stream inflates and every row has a known filter. */
function isDecodablePng(png: NonNullable<PdfImage['image']>): boolean {
  const pixels = inflateSync(png.imgData);
  if (png.interlaceMethod === 1) return true;
  const rowLength = Math.ceil((png.width * png.pixelBitlength) / 8) + 1;
  if (pixels.length < rowLength * png.height) return false;
  for (let row = 0; row < png.height; row += 1) if ((pixels[row * rowLength] ?? 0) > 4) return false;
  return true;
}

const positive = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0);

/**
 * Parses image bytes with pdfkit, or null when they are not a usable PNG or
 * JPEG. PNG pixel data is inflated once here because pdfkit inflates it
 * later in a callback, where a corrupt stream would throw out of reach.
 */
export function openImage(open: (data: Buffer) => PdfImage, data: Uint8Array): PdfImage | null {
  try {
    const image = open(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (image.image && !isDecodablePng(image.image)) return null;
    return image.width > 0 && image.height > 0 ? image : null;
  } catch {
    return null;
  }
}
