// The words a progress report uses again and again (dates, counts, ratings),
// with the editor-JSON builders, so the drafting modules read as the report
// they write.
import type { ActionStatus, RagCounts } from '../../../shared/api/methods/action-plans';
import type { Rag } from '../../../shared/api/schema';
import { joinAnd } from '../documents/builders/common';

export { joinAnd };
export { bold, bullets, heading, numbered, paragraph, text } from '../documents/rich-text-nodes';
export { monthYear, shortDate } from '../../../shared/format/dates';

/** "1 action", "3 actions". */
export const count = (n: number, singular: string, plural = `${singular}s`): string => `${n} ${n === 1 ? singular : plural}`;

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
  return shown.length === 0 ? 'none' : joinAnd(shown);
}
