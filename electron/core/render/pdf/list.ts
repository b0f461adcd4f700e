// Bulleted and numbered lists, nested: L > LI > (Lbl, LBody). The label sits
// in a column of its own beside the item's first line; the item's blocks
// flow in the column to its right and may run over a page.
import type { Block } from '../../documents/model';
import { measure } from './fonts';
import { layoutLines } from './inline';
import { structNode, type LayoutContext, type Region, type Unit } from './units';

const BULLETS = ['•', '–', '•'];

/** Flow units of a list block. */
export function layoutList(block: Extract<Block, { type: 'list' }>, region: Region, context: LayoutContext): Unit[] {
  const depth = listDepth(region);
  const list = structNode('L', region.parent);
  const look = region.isBold ? { ...context.style.paragraphs.body, isBold: true } : context.style.paragraphs.body;
  const labels = block.items.map((_, index) => (block.isOrdered ? ordinal(index + 1, depth) : (BULLETS[depth % BULLETS.length] ?? '•')));
  const font = context.fonts.face(look.isBold, false);
  const widest = Math.max(0, ...labels.map((label) => measure(font, label, look.size)));
  const column = Math.max(look.size * 1.5, widest + look.size * 0.7);
  const units: Unit[] = [];
  block.items.forEach((blocks, index) => {
    const item = structNode('LI', list);
    const labelNode = structNode('Lbl', item);
    const body: Region = { x: region.x + column, width: Math.max(region.width - column, look.size), parent: structNode('LBody', item), ...(region.isBold ? { isBold: true } : {}) };
    const [labelLine] = layoutLines({ content: [{ type: 'text', text: labels[index] ?? '' }], look, node: labelNode }, region.x, column, context);
    const itemUnits = context.layoutBlocks(blocks, body, context);
    const first = itemUnits[0] ?? { gapBefore: 0, height: 0, items: [] };
    if (itemUnits.length === 0) itemUnits.push(first);
    first.gapBefore = index === 0 && depth === 0 ? context.style.paragraphGap : context.style.paragraphGap * 0.5;
    if (labelLine) {
      // Align the label's baseline with the first line of the item.
      const firstText = first.items.find((candidate) => candidate.kind === 'text');
      const y = firstText ? firstText.y + firstText.baseline - labelLine.baseline : 0;
      first.items.unshift({ ...labelLine, y });
      first.height = Math.max(first.height, y + labelLine.height);
    }
    units.push(...itemUnits);
  });
  return units;
}

/** How many lists enclose this region. */
function listDepth(region: Region): number {
  let depth = 0;
  for (let node = region.parent; ; ) {
    if (node.type === 'L') depth += 1;
    if (!node.parent) return depth;
    node = node.parent;
  }
}

/** "1.", then "a.", then "i." for deeper lists, as Word's default outline does. */
function ordinal(value: number, depth: number): string {
  if (depth % 3 === 1) return `${letters(value)}.`;
  if (depth % 3 === 2) return `${roman(value)}.`;
  return `${value}.`;
}

function letters(value: number): string {
  let text = '';
  for (let rest = value; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(97 + ((rest - 1) % 26)) + text;
  return text;
}

function roman(value: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let text = '';
  let rest = value;
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}
