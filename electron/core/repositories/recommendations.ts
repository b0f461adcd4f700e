import type { Recommendation } from '../../../shared/api/methods/inspections';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, selectRow, updateRow } from './rows';

export type RecommendationValues = { number?: number; text?: string; sourcePage?: number | null | undefined };

/** An inspection's recommendations in number order, each with the ids of the plan entries that answer it. */
export function listRecommendations(db: WorkspaceDatabase, inspectionId: number): (Recommendation & { planEntryIds: number[] })[] {
  const recommendations = mapRows<Recommendation>(db.prepare('SELECT * FROM recommendations WHERE inspection_id = ? ORDER BY number').all(inspectionId));
  const links = db
    .prepare(
      `SELECT e.recommendation_id, e.id FROM plan_entries e JOIN recommendations r ON r.id = e.recommendation_id
       WHERE r.inspection_id = ? ORDER BY e.plan_id, e.position, e.id`,
    )
    .raw()
    .all(inspectionId) as [number, number][];
  const entryIds = new Map<number, number[]>();
  for (const [recommendationId, entryId] of links) entryIds.set(recommendationId, [...(entryIds.get(recommendationId) ?? []), entryId]);
  return recommendations.map((recommendation) => ({ ...recommendation, planEntryIds: entryIds.get(recommendation.id) ?? [] }));
}

export function getRecommendation(db: WorkspaceDatabase, recommendationId: number): Recommendation | null {
  return selectRow<Recommendation>(db, 'recommendations', recommendationId);
}

export function recommendationIdByNumber(db: WorkspaceDatabase, inspectionId: number, number: number): number | null {
  const found = db.prepare('SELECT id FROM recommendations WHERE inspection_id = ? AND number = ?').pluck().get(inspectionId, number) as number | undefined;
  return found ?? null;
}

export function nextRecommendationNumber(db: WorkspaceDatabase, inspectionId: number): number {
  return db.prepare('SELECT coalesce(max(number), 0) + 1 FROM recommendations WHERE inspection_id = ?').pluck().get(inspectionId) as number;
}

export function insertRecommendation(db: WorkspaceDatabase, inspectionId: number, values: RecommendationValues & { number: number; text: string }): number {
  return insertRow(db, 'recommendations', { ...values, inspectionId });
}

export function updateRecommendation(db: WorkspaceDatabase, recommendationId: number, values: RecommendationValues): boolean {
  return updateRow(db, 'recommendations', recommendationId, values);
}

export function deleteRecommendation(db: WorkspaceDatabase, recommendationId: number): boolean {
  return deleteRow(db, 'recommendations', recommendationId);
}

/** The plan entries that answer a recommendation, with their plan's title. */
export function entriesAnswering(db: WorkspaceDatabase, recommendationId: number): { id: number; heading: string; planTitle: string }[] {
  return db
    .prepare(
      `SELECT e.id, e.heading, p.title AS planTitle FROM plan_entries e JOIN action_plans p ON p.id = e.plan_id
       WHERE e.recommendation_id = ? ORDER BY p.id, e.position`,
    )
    .all(recommendationId) as { id: number; heading: string; planTitle: string }[];
}

/** The recommendations a plan's entries answer. */
export function listRecommendationsOfPlan(db: WorkspaceDatabase, planId: number): Pick<Recommendation, 'id' | 'number' | 'text'>[] {
  return db
    .prepare('SELECT DISTINCT r.id, r.number, r.text FROM recommendations r JOIN plan_entries e ON e.recommendation_id = r.id WHERE e.plan_id = ?')
    .all(planId) as Pick<Recommendation, 'id' | 'number' | 'text'>[];
}
