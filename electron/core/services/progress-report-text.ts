// Small builders for the editor's JSON and the words a progress report uses
// again and again (dates, counts, ratings), so the drafting modules read as
// the report they write.
import type { ActionStatus, RagCounts } from '../../../shared/api/methods/action-plans';
import type { Rag, RichTextNode } from '../../../shared/api/schema';
import { dateFromIso, formatDate } from '../../../shared/format/dates';

/** Plain words; empty text is left out (the editor refuses empty text nodes). */
export const text = (words: string): RichTextNode[] => (words === '' ? [] : [{ type: 'text', text: words }]);

export const bold = (words: string): RichTextNode[] => (words === '' ? [] : [{ type: 'text', text: words, marks: [{ type: 'bold' }] }]);

export const heading = (level: 1 | 2, content: RichTextNode[]): RichTextNode => ({ type: 'heading', attrs: { level }, content });

/** A paragraph the pack numbers within its section (1.1, 4.1.1 …). */
export const numbered = (content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', attrs: { numbered: true }, content });

export const paragraph = (content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

export const bullets = (items: readonly RichTextNode[][]): RichTextNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

/** "1 December 2026". */
export const longDate = (isoDate: string): string => formatDate(dateFromIso(isoDate));

/** "December 2026". */
export const monthOf = (isoDate: string): string => longDate(isoDate).replace(/^\d+ /, '');

/** "1 action", "3 actions". */
export const count = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`;

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "The Improvement Subgroup", without doubling a name that already starts with "The". */
export const theName = (name: string): string => (/^the\s/i.test(name) ? `The ${name.replace(/^the\s+/i, '')}` : `The ${name}`);

/** "the Improvement Subgroup". */
export const theNameInText = (name: string): string => `the ${name.replace(/^the\s+/i, '')}`;

export const RAG_WORDS: Record<Rag, string> = { red: 'red', amber: 'amber', green: 'green' };

/** Counts of actions by how they stand: complete, then each rating. */
export function ragCountsOf(actions: readonly { rag: Rag | null; status: ActionStatus }[]): RagCounts {
  const counts: RagCounts = { red: 0, amber: 0, green: 0, complete: 0, unrated: 0 };
  for (const action of actions) counts[action.status === 'complete' ? 'complete' : (action.rag ?? 'unrated')] += 1;
  return counts;
}

/** "3 complete, 12 green, 3 amber and 2 red" (counts of none left out). */
export function describeCounts(counts: RagCounts): string {
  const parts = [
    [counts.complete, 'complete'],
    [counts.green, 'green'],
    [counts.amber, 'amber'],
    [counts.red, 'red'],
    [counts.unrated, 'not yet rated'],
  ] as const;
  const shown = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return shown.length === 0 ? 'none' : listWords(shown);
}
