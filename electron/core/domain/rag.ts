// RAG ratings (red, amber, green) of actions, rolled up to entries and plans.
import type { ActionStatus, RagRollUp } from '../../../shared/api/methods/action-plans';
import type { Rag } from '../../../shared/api/schema';

/** Counts per rating, and the overall: red if any red, else amber if any amber, else green when every action is rated; null otherwise (or with no actions). */
export function rollUpRag(ratings: readonly (Rag | null)[]): RagRollUp {
  const counts = { red: 0, amber: 0, green: 0, unrated: 0 };
  for (const rating of ratings) counts[rating ?? 'unrated'] += 1;
  return { ...counts, overall: overallOf(counts, ratings.length) };
}

function overallOf(counts: Omit<RagRollUp, 'overall'>, total: number): Rag | null {
  if (counts.red > 0) return 'red';
  if (counts.amber > 0) return 'amber';
  if (total > 0 && counts.green === total) return 'green';
  return null;
}

/** An action is overdue when its due date has passed (before `today`, YYYY-MM-DD) and it is not complete. */
export function isOverdue(action: { dueDate: string | null; status: ActionStatus }, today: string): boolean {
  return action.dueDate !== null && action.dueDate < today && action.status !== 'complete';
}
