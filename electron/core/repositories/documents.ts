import type { Document, DocumentKind, DocumentMeeting, DocumentStatus, DocumentSummary, ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { RichText } from '../../../shared/api/schema';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, mapRow, mapRows, toColumns, updateRow } from './rows';

const PAPER_COUNT = '(SELECT count(*) FROM papers p WHERE p.document_id = d.id) AS used_by_paper_count';

export type DocumentFilter = {
  kind?: DocumentKind | undefined;
  committeeId?: number | undefined;
  actionPlanId?: number | undefined;
  status?: DocumentStatus | undefined;
  author?: string | undefined;
  meetingId?: number | undefined;
  /** Only these documents (the ones a search found); undefined for no limit. */
  ids?: readonly number[] | undefined;
};

/** Summaries, most recently changed first; the body and cover sheet are never read, so long reports cost nothing here. */
export function listDocuments(db: WorkspaceDatabase, filter: DocumentFilter): DocumentSummary[] {
  if (filter.ids?.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT d.id, d.kind, d.title, d.status, d.committee_id, c.name AS committee_name, d.action_plan_id, d.author, d.created_at, d.updated_at, ${PAPER_COUNT}
       FROM documents d
       LEFT JOIN committees c ON c.id = d.committee_id
       WHERE (@kind IS NULL OR d.kind = @kind)
         AND (@committeeId IS NULL OR d.committee_id = @committeeId)
         AND (@actionPlanId IS NULL OR d.action_plan_id = @actionPlanId)
         AND (@status IS NULL OR d.status = @status)
         AND (@author IS NULL OR d.author = @author)
         AND (@meetingId IS NULL OR EXISTS (
               SELECT 1 FROM papers p JOIN agenda_items ai ON ai.id = p.agenda_item_id
               WHERE p.document_id = d.id AND ai.meeting_id = @meetingId))
         AND (@ids IS NULL OR d.id IN (SELECT value FROM json_each(@ids)))
       ORDER BY d.updated_at DESC, d.id DESC`,
    )
    .all({
      kind: filter.kind ?? null,
      committeeId: filter.committeeId ?? null,
      actionPlanId: filter.actionPlanId ?? null,
      status: filter.status ?? null,
      author: filter.author ?? null,
      meetingId: filter.meetingId ?? null,
      ids: filter.ids ? JSON.stringify(filter.ids) : null,
    });
  return withMeetings(db, mapRows<Omit<DocumentSummary, 'meetings'>>(rows));
}

export function getDocument(db: WorkspaceDatabase, documentId: number): Document | null {
  const row = db.prepare(`SELECT d.*, c.name AS committee_name, ${PAPER_COUNT} FROM documents d LEFT JOIN committees c ON c.id = d.committee_id WHERE d.id = ?`).get(documentId);
  if (row === undefined) return null;
  const [document] = withMeetings(db, [mapRow<Omit<Document, 'meetings'>>(row)]);
  return document ?? null;
}

/**
 * The meetings whose agendas use each document, read for all of them in one
 * query (not one per row), earliest meeting first, each meeting once.
 */
function withMeetings<T extends { id: number; usedByPaperCount: number }>(db: WorkspaceDatabase, documents: T[]): (T & { meetings: DocumentMeeting[] })[] {
  const used = documents.filter((document) => document.usedByPaperCount > 0).map((document) => document.id);
  const byDocument = new Map<number, DocumentMeeting[]>();
  if (used.length > 0) {
    const rows = db
      .prepare(
        `SELECT DISTINCT p.document_id, m.id, m.meeting_date, c.name AS committee_name,
                EXISTS (SELECT 1 FROM issued_packs ip WHERE ip.meeting_id = m.id) AS is_pack_issued
         FROM papers p
         JOIN agenda_items ai ON ai.id = p.agenda_item_id
         JOIN meetings m ON m.id = ai.meeting_id
         JOIN committees c ON c.id = m.committee_id
         WHERE p.document_id IN (SELECT value FROM json_each(?))
         ORDER BY m.meeting_date, m.id`,
      )
      .all(JSON.stringify(used));
    for (const { documentId, ...meeting } of mapRows<DocumentMeeting & { documentId: number }>(rows)) {
      const list = byDocument.get(documentId);
      if (list) list.push(meeting);
      else byDocument.set(documentId, [meeting]);
    }
  }
  return documents.map((document) => ({ ...document, meetings: byDocument.get(document.id) ?? [] }));
}

/**
 * The documents with `word` in their title, text or cover sheet (through the
 * workspace's full-text index, `match` being the word as an FTS5 prefix
 * query) or at the start of a word of their author's name.
 */
export function findDocumentIdsWithWord(db: WorkspaceDatabase, match: string, word: string): number[] {
  return db
    .prepare(
      // Documents' rows in the index have rowid = id * 8 + 1 (migration 0007).
      `SELECT rowid / 8 FROM search_index WHERE search_index MATCH @match AND rowid % 8 = 1
       UNION
       SELECT id FROM documents WHERE ' ' || author LIKE '% ' || @word || '%'`,
    )
    .pluck()
    .all({ match, word }) as number[];
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
