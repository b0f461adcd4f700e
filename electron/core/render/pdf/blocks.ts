// Blocks to flow units: headings, paragraphs, notices, rules, images and the
// markers (anchors, page breaks). Lists and tables have their own modules.
import type { Block, Inline } from '../../documents/model';
import { layoutImage } from './image';
import { layoutLines, type LinesSpec } from './inline';
import { layoutKeyValue, layoutTable } from './table';
import { layoutList } from './list';
import type { TextLook } from './style';
import { plainText, stack, structNode, type Item, type LayoutContext, type Region, type Unit } from './units';

/** Flow units of `blocks`, in reading order, inside `region`. */
export function layoutBlocks(blocks: readonly Block[], region: Region, context: LayoutContext): Unit[] {
  const units: Unit[] = [];
  for (const block of blocks) units.push(...layoutBlock(block, region, context));
  return units;
}

function layoutBlock(block: Block, region: Region, context: LayoutContext): Unit[] {
  const { style } = context;
  switch (block.type) {
    case 'heading':
      return layoutHeading(block, region, context);
    case 'paragraph': {
      const paragraphStyle = block.style ?? 'body';
      const look = boldIf(style.paragraphs[paragraphStyle], region.isBold);
      const spec: LinesSpec = { content: block.content, look, align: block.align, label: context.labels.get(block), node: structNode('P', region.parent) };
      if (paragraphStyle === 'notice') return [noticeUnit(spec, region, context, block.anchor)];
      const gapBefore = paragraphStyle === 'title' || paragraphStyle === 'subtitle' ? style.paragraphGap * 1.5 : style.paragraphGap;
      return lineUnits(spec, region, context, { gapBefore, isHeading: block.keepWithNext === true, anchor: block.anchor });
    }
    case 'toFollow': {
      const content: Inline[] = [{ type: 'text', text: block.title, isBold: true }, { type: 'text', text: ' – to follow' }];
      return [noticeUnit({ content, look: style.paragraphs.notice, node: structNode('P', region.parent) }, region, context, undefined)];
    }
    case 'list':
      return layoutList(block, region, context);
    case 'table':
      return layoutTable(block, region, context);
    case 'keyValue':
      return layoutKeyValue(block, region, context);
    case 'image':
      return layoutImage(block, region, context);
    case 'rule':
      return [{ gapBefore: style.paragraphGap, height: 1, items: [{ kind: 'line', y: 0.5, x1: region.x, x2: region.x + region.width, colourHex: style.accentHex, width: 0.75 }] }];
    case 'pageBreak':
      return [{ gapBefore: 0, height: 0, items: [], isPageBreak: true }];
    case 'anchor':
      return [{ gapBefore: 0, height: 0, items: [{ kind: 'anchor', y: 0, name: block.name }] }];
  }
}

function layoutHeading(block: Extract<Block, { type: 'heading' }>, region: Region, context: LayoutContext): Unit[] {
  const level = clampLevel(block.level);
  // Tagged levels never skip, whatever the visual level: screen readers list headings by level.
  const tagged = Math.min(level, context.headingLevel + 1);
  context.headingLevel = tagged;
  const label = context.labels.get(block);
  const spec: LinesSpec = { content: block.content, look: context.style.headings[level].look, label, node: structNode(`H${tagged}`, region.parent) };
  const units = lineUnits(spec, region, context, { gapBefore: context.style.headings[level].gapBefore, isHeading: true, anchor: block.anchor });
  const first = units[0];
  if (context.hasBookmarks && first) {
    const title = [label, plainText(block.content)].filter(Boolean).join(' ');
    if (title) first.items.unshift({ kind: 'bookmark', y: 0, level, title });
  }
  return units;
}

const clampLevel = (level: number): 1 | 2 | 3 => (level <= 1 ? 1 : level >= 3 ? 3 : 2);

const boldIf = (look: TextLook, isBold: boolean | undefined): TextLook => (isBold ? { ...look, isBold: true } : look);

/** `isHeading`: every line keeps with what follows (headings, and paragraphs marked keepWithNext). */
type LineOptions = { gapBefore: number; isHeading: boolean; anchor: string | undefined };

/**
 * One unit per line, so paragraphs can break between pages. Headings keep
 * with what follows; a paragraph keeps its first two and last two lines
 * together, so no page starts or ends with a lone line of it.
 */
function lineUnits(spec: LinesSpec, region: Region, context: LayoutContext, options: LineOptions): Unit[] {
  const lines = layoutLines(spec, region.x, region.width, context);
  const units = lines.map((line, index): Unit => {
    const isOrphanGuard = index === 0 && lines.length > 1;
    const isWidowGuard = index === lines.length - 2 && lines.length > 2;
    return { gapBefore: index === 0 ? options.gapBefore : 0, height: line.height, items: [line], keepWithNext: options.isHeading || isOrphanGuard || isWidowGuard };
  });
  const first = units[0];
  if (options.anchor && first) first.items.unshift({ kind: 'anchor', y: 0, name: options.anchor });
  return units;
}

/** A boxed, shaded paragraph: exemption notices and "to follow" placeholders. Kept on one page. */
function noticeUnit(spec: LinesSpec, region: Region, context: LayoutContext, anchor: string | undefined): Unit {
  const { padding, fillHex, borderHex } = context.style.notice;
  const lines = layoutLines(spec, region.x + padding, region.width - 2 * padding, context);
  const body = stack(lines.map((line) => ({ gapBefore: 0, height: line.height, items: [line] })));
  const items: Item[] = body.items.map((item) => ({ ...item, y: item.y + padding }));
  if (anchor) items.unshift({ kind: 'anchor', y: 0, name: anchor });
  return {
    gapBefore: context.style.paragraphGap * 1.5,
    height: body.height + 2 * padding,
    items,
    frame: [{ x: region.x, width: region.width, fillHex, strokeHex: borderHex, strokeWidth: 1 }],
  };
}
