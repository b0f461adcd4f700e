import type { Block, NumberingLevel } from './model';

/**
 * The printed number of every numbered heading and paragraph of a document,
 * in the order they appear ("1.0", "1.1", "4.1.1"), counted the way Word's
 * multi-level numbering counts: a level restarts whenever a higher level
 * moves on. Blocks inside lists and tables are not numbered.
 */
export function numberLabels(blocks: readonly Block[]): Map<Block, string> {
  const labels = new Map<Block, string>();
  const counters = [0, 0, 0];
  for (const block of blocks) {
    if ((block.type !== 'heading' && block.type !== 'paragraph') || block.numbering === undefined) continue;
    const level: NumberingLevel = block.numbering;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
    labels.set(block, labelOf(level, counters));
  }
  return labels;
}

function labelOf(level: NumberingLevel, counters: readonly number[]): string {
  const [section = 0, paragraph = 0, clause = 0] = counters;
  if (level === 0) return `${section}.0`;
  if (level === 1) return `${section}.${paragraph}`;
  return `${section}.${paragraph}.${clause}`;
}
