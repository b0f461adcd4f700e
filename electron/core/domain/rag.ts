// RAG ratings (red, amber, green) of actions, rolled up to entries and plans.
import type { ActionStatus, RagCounts, RagRollUp } from '../../../shared/api/methods/action-plans';
import type { Rag } from '../../../shared/api/schema';
import { daysBefore } from './action-dates';

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

/** Where an action sits on the overview and its chart. */
export type RagCategory = keyof RagCounts;

/** A finished action counts as complete whatever rating it last had; an unfinished one by its rating, or unrated. */
export function ragCategoryOf(action: { rag: Rag | null; status: ActionStatus }): RagCategory {
  if (action.status === 'complete') return 'complete';
  return action.rag ?? 'unrated';
}

/** Actions by category (see ragCategoryOf). */
export function countRagCategories(actions: readonly { rag: Rag | null; status: ActionStatus }[]): RagCounts {
  const counts: RagCounts = { red: 0, amber: 0, green: 0, complete: 0, unrated: 0 };
  for (const action of actions) counts[ragCategoryOf(action)] += 1;
  return counts;
}

/**
 * An unfinished action is stale when nothing has been recorded for it for
 * longer than `weeks` before `asAt`: its last update's date or, with none,
 * the day it was added (a new action is not stale yet).
 */
export function isStale(action: { status: ActionStatus; lastRecordDate: string }, asAt: string, weeks: number): boolean {
  return action.status !== 'complete' && action.lastRecordDate < daysBefore(asAt, weeks * 7);
}
