import type { Document, DocumentKind, DocumentStatus, DocumentSummary, ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { RichText } from '../../../shared/api/schema';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, mapRow, mapRows, toColumns, updateRow } from './rows';

const PAPER_COUNT = '(SELECT count(*) FROM papers p WHERE p.document_id = d.id) AS used_by_paper_count';

export type DocumentFilter = {
  kind?: DocumentKind | undefined;
  committeeId?: number | undefined;
  actionPlanId?: number | undefined;
  status?: DocumentStatus | undefined;
};

/** Summaries, most recently changed first; the body and cover sheet are never read, so long reports cost nothing here. */
export function listDocuments(db: WorkspaceDatabase, filter: DocumentFilter): DocumentSummary[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.kind, d.title, d.status, d.committee_id, d.action_plan_id, d.author, d.updated_at, ${PAPER_COUNT}
       FROM documents d
       WHERE (@kind IS NULL OR d.kind = @kind)
         AND (@committeeId IS NULL OR d.committee_id = @committeeId)
         AND (@actionPlanId IS NULL OR d.action_plan_id = @actionPlanId)
         AND (@status IS NULL OR d.status = @status)
       ORDER BY d.updated_at DESC, d.id DESC`,
    )
    .all({
      kind: filter.kind ?? null,
      committeeId: filter.committeeId ?? null,
      actionPlanId: filter.actionPlanId ?? null,
      status: filter.status ?? null,
    });
  return mapRows<DocumentSummary>(rows);
}

export function getDocument(db: WorkspaceDatabase, documentId: number): Document | null {
  const row = db.prepare(`SELECT d.*, ${PAPER_COUNT} FROM documents d WHERE d.id = ?`).get(documentId);
  return row === undefined ? null : mapRow<Document>(row);
}

export type DocumentValues = {
  kind?: DocumentKind | undefined;
  title?: string | undefined;
  status?: DocumentStatus | undefined;
  committeeId?: number | null | undefined;
  actionPlanId?: number | null | undefined;
  coverSheet?: ReportCoverSheet | undefined;
  body?: RichText | undefined;
  author?: string | undefined;
};

/** Inserts a document; with no author given, the author is the name in Settings. */
export function insertDocument(db: WorkspaceDatabase, values: DocumentValues & { kind: DocumentKind; title: string }, at: string): number {
  const columns = toColumns({ ...values, author: undefined, createdAt: at, updatedAt: at });
  const names = Object.keys(columns);
  const sql = `INSERT INTO documents (${[...names, 'author'].join(', ')})
    VALUES (${names.map((name) => `@${name}`).join(', ')}, coalesce(@__author, (SELECT author_name FROM authority_settings WHERE id = 1), ''))`;
  return Number(db.prepare(sql).run({ ...columns, __author: values.author ?? null }).lastInsertRowid);
}

export function updateDocument(db: WorkspaceDatabase, documentId: number, values: DocumentValues, at: string): boolean {
  return updateRow(db, 'documents', documentId, { ...values, updatedAt: at });
}

export function deleteDocument(db: WorkspaceDatabase, documentId: number): boolean {
  return deleteRow(db, 'documents', documentId);
}

/**
 * The latest meeting date (before `before`) on the cover sheet of a report
 * on the action plan, other than `exceptId`: when the plan was last reported
 * on, for reports never put on an agenda.
 */
export function latestPlanReportDate(db: WorkspaceDatabase, filter: { planId: number; committeeId: number | null; before: string; exceptId: number | null }): string | null {
  const value = db
    .prepare(
      `SELECT max(json_extract(cover_sheet, '$.meetingDate')) FROM documents
       WHERE kind = 'report' AND action_plan_id = @planId AND id IS NOT @exceptId
         AND (@committeeId IS NULL OR committee_id = @committeeId)
         AND json_extract(cover_sheet, '$.meetingDate') < @before`,
    )
    .pluck()
    .get(filter);
  return typeof value === 'string' ? value : null;
}
