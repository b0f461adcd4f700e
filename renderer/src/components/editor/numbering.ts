// The numbers a report's headings and paragraphs print with, counted in the
// editor so the author sees "4.1.1" exactly where the pack will print it.
// The rules are the pack's own (electron/core/documents/rich-text.ts and
// numbering.ts): a level-1 heading is "1.0", a level-2 heading "4.1", and a
// paragraph marked `numbered` takes the next number in its section ("1.1"
// under a level-1 heading, "4.1.1" under a level-2 one). Headings and
// paragraphs with no words print nothing and take no number; nothing inside
// lists or tables is numbered.
import type { RichText, RichTextNode } from '../../../../shared/api/schema';

export type NumberingCounter = {
  /** The heading's label ("2.0", "4.1"), or null for a level-3 heading or one with no words. */
  heading: (level: number, hasWords: boolean) => string | null;
  /** The paragraph's label ("1.1", "4.1.1"), or null when it is not marked numbered or has no words. */
  paragraph: (isNumbered: boolean, hasWords: boolean) => string | null;
};

/** A counter to feed a document's headings and paragraphs in order. */
export function createNumberingCounter(): NumberingCounter {
  const counters = [0, 0, 0];
  // Paragraphs under a level-2 heading take three-part numbers, even when a
  // heading with no words moved the section on: the pack counts the same way.
  let section: 1 | 2 = 1;
  const next = (level: 0 | 1 | 2): string => {
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper += 1) counters[deeper] = 0;
    const [major = 0, minor = 0, clause = 0] = counters;
    if (level === 0) return `${major}.0`;
    if (level === 1) return `${major}.${minor}`;
    return `${major}.${minor}.${clause}`;
  };
  return {
    heading: (level, hasWords) => {
      const clamped = Math.min(Math.max(Math.trunc(level) || 1, 1), 6);
      if (clamped <= 2) section = clamped === 1 ? 1 : 2;
      if (!hasWords || clamped > 2) return null;
      return next(clamped === 1 ? 0 : 1);
    },
    paragraph: (isNumbered, hasWords) => (isNumbered && hasWords ? next(section === 2 ? 2 : 1) : null),
  };
}

/** Block types whose children are counted as if they stood in the document itself. */
export const COUNTED_CONTAINERS = new Set(['blockquote']);

/** The labels of a stored document, in order, with the words they number (for tests and previews). */
export function numberLabelsOf(doc: RichText): { label: string; text: string }[] {
  const counter = createNumberingCounter();
  const labels: { label: string; text: string }[] = [];
  const visit = (nodes: readonly RichTextNode[]) => {
    for (const node of nodes) {
      const text = wordsOf(node);
      let label: string | null = null;
      if (node.type === 'heading') label = counter.heading(Number(node.attrs?.['level'] ?? 1), text.trim() !== '');
      else if (node.type === 'paragraph') label = counter.paragraph(node.attrs?.['numbered'] === true, text.trim() !== '');
      else if (COUNTED_CONTAINERS.has(node.type)) visit(node.content ?? []);
      if (label !== null) labels.push({ label, text });
    }
  };
  visit(doc.content);
  return labels;
}

function wordsOf(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(wordsOf).join('');
}
