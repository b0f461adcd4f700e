// Bulleted and numbered lists. Every numbered list is an instance of its own,
// so each one counts from 1; nested lists go one Word list level deeper.
import type { Block } from '../../documents/model';
import type { BlockPlace, RenderContext } from './context';
import type { Flow } from './flow';
import { renderInlines } from './inline';
import { BULLET_NUMBERING, LIST_HANGING, LIST_LEVELS, listTextIndent, ORDERED_NUMBERING, REPORT_TEXT_INDENT } from './numbering';
import { paragraphOptions, textStyle } from './paragraphs';

type ListBlock = Extract<Block, { type: 'list' }>;

/** Adds a list's items to a flow; `addOther` renders item blocks that are not paragraphs or lists. */
export function renderList(
  list: ListBlock,
  place: BlockPlace,
  ctx: RenderContext,
  flow: Flow,
  addOther: (block: Block, place: BlockPlace) => void,
): void {
  const level = Math.min(place.listDepth, LIST_LEVELS - 1);
  const numbering = list.isOrdered
    ? { reference: ORDERED_NUMBERING, level, instance: ctx.instances.nextOrderedList(), custom: true }
    : { reference: BULLET_NUMBERING, level, custom: true };
  // In a report with numbered paragraphs, lists sit under the paragraphs' text, not under their numbers.
  const base = !place.isInTable && ctx.labels.size > 0 ? REPORT_TEXT_INDENT : 0;
  const textIndent = base + listTextIndent(level);
  // The place's width is already narrowed by the list around this one, if any.
  const outerIndent = place.listDepth === 0 ? 0 : base + listTextIndent(level - 1);
  const inner: BlockPlace = { ...place, listDepth: place.listDepth + 1, width: place.width - (textIndent - outerIndent) };

  for (const item of list.items) {
    ctx.signal?.throwIfAborted();
    const [first, ...rest] = item;
    const isFirstText = first !== undefined && (first.type === 'paragraph' || first.type === 'heading');
    if (isFirstText) {
      flow.paragraph({ ...paragraphOptions(first, inner, ctx), numbering, indent: { left: textIndent, hanging: LIST_HANGING } }, renderInlines(first.content, inner), first.anchor);
    } else {
      // The number or bullet needs a paragraph of its own when the item starts with something else.
      flow.paragraph({ style: textStyle('body', place), numbering, indent: { left: textIndent, hanging: LIST_HANGING } }, []);
    }
    for (const block of isFirstText ? rest : item) {
      if (block.type === 'paragraph' || block.type === 'heading') {
        flow.paragraph({ ...paragraphOptions(block, inner, ctx), indent: { left: textIndent } }, renderInlines(block.content, inner), block.anchor);
      } else if (block.type === 'list') {
        renderList(block, inner, ctx, flow, addOther);
      } else {
        addOther(block, inner);
      }
    }
  }
}
