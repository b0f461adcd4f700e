import type { Inspection, InspectionEvidence, InspectionSummary, Judgement } from '../../../shared/api/methods/inspections';
import type { Grade } from '../../../shared/api/schema';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, selectRow, updateRow } from './rows';

export type InspectionValues = Partial<Omit<Inspection, 'id' | 'createdAt' | 'updatedAt'>>;
export type JudgementValues = { reference?: string | undefined; area: string; grade?: Grade | null | undefined };
export type EvidenceValues = { text: string; recommendationId: number | null; sourcePage?: number | null | undefined };

export function listInspectionSummaries(db: WorkspaceDatabase): InspectionSummary[] {
  const rows = db
    .prepare(
      `SELECT i.*,
         (SELECT count(*) FROM recommendations r WHERE r.inspection_id = i.id) AS recommendation_count,
         (SELECT count(*) FROM action_plans p WHERE p.inspection_id = i.id AND p.archived_at IS NULL) AS plan_count
       FROM inspections i
       ORDER BY i.inspection_start IS NULL, i.inspection_start DESC, i.id DESC`,
    )
    .all();
  return mapRows<InspectionSummary>(rows);
}

export function getInspection(db: WorkspaceDatabase, inspectionId: number): Inspection | null {
  return selectRow<Inspection>(db, 'inspections', inspectionId);
}

export function insertInspection(db: WorkspaceDatabase, values: InspectionValues & Pick<Inspection, 'framework' | 'title'>, at: string): number {
  return insertRow(db, 'inspections', { ...values, createdAt: at, updatedAt: at });
}

export function updateInspection(db: WorkspaceDatabase, inspectionId: number, values: InspectionValues, at: string): boolean {
  return updateRow(db, 'inspections', inspectionId, { ...values, updatedAt: at });
}

export function deleteInspection(db: WorkspaceDatabase, inspectionId: number): boolean {
  return deleteRow(db, 'inspections', inspectionId);
}

export function listJudgements(db: WorkspaceDatabase, inspectionId: number): Judgement[] {
  return mapRows<Judgement>(db.prepare('SELECT * FROM judgements WHERE inspection_id = ? ORDER BY position, id').all(inspectionId));
}

/** Replaces an inspection's judgements with the list given, positions 1…n. */
export function replaceJudgements(db: WorkspaceDatabase, inspectionId: number, judgements: readonly JudgementValues[]): void {
  db.prepare('DELETE FROM judgements WHERE inspection_id = ?').run(inspectionId);
  judgements.forEach((judgement, index) => insertRow(db, 'judgements', { ...judgement, inspectionId, position: index + 1 }));
}

export function listEvidence(db: WorkspaceDatabase, inspectionId: number): InspectionEvidence[] {
  return mapRows<InspectionEvidence>(db.prepare('SELECT * FROM inspection_evidence WHERE inspection_id = ? ORDER BY position, id').all(inspectionId));
}

/** Appends evidence paragraphs after any already kept. */
export function insertEvidence(db: WorkspaceDatabase, inspectionId: number, evidence: readonly EvidenceValues[]): void {
  const start = db.prepare('SELECT coalesce(max(position), 0) FROM inspection_evidence WHERE inspection_id = ?').pluck().get(inspectionId) as number;
  evidence.forEach((paragraph, index) => insertRow(db, 'inspection_evidence', { ...paragraph, inspectionId, position: start + index + 1 }));
}

/** Action plans that answer the inspection and are not archived. */
export function currentPlansOf(db: WorkspaceDatabase, inspectionId: number): { id: number; title: string }[] {
  return db.prepare('SELECT id, title FROM action_plans WHERE inspection_id = ? AND archived_at IS NULL ORDER BY id').all(inspectionId) as { id: number; title: string }[];
}
