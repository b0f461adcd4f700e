import type { Paper, PaperDocument } from '../../../shared/api/methods/meetings';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, nextPosition, reorderRows, updateRow } from './rows';

type PaperRow = {
  id: number;
  agenda_item_id: number;
  position: number;
  label: string;
  document_id: number | null;
  attachment_id: number | null;
  document_title: string | null;
  document_kind: PaperDocument['kind'] | null;
  document_status: PaperDocument['status'] | null;
  file_name: string | null;
  media_type: string | null;
  size: number | null;
};

/** Papers with what they point at: the document's title, kind and status, or the file's name, type and size. */
const SELECT_PAPERS = `
  SELECT p.id, p.agenda_item_id, p.position, p.label, p.document_id, p.attachment_id,
         d.title AS document_title, d.kind AS document_kind, d.status AS document_status,
         a.file_name, a.media_type, ac.size
  FROM papers p
  LEFT JOIN documents d ON d.id = p.document_id
  LEFT JOIN attachments a ON a.id = p.attachment_id
  LEFT JOIN attachment_contents ac ON ac.id = a.content_id`;

function toPaper(row: PaperRow): Paper {
  const base = { id: row.id, agendaItemId: row.agenda_item_id, position: row.position, label: row.label };
  if (row.document_id !== null) {
    return {
      ...base,
      kind: 'document',
      documentId: row.document_id,
      document: { title: row.document_title ?? '', kind: row.document_kind ?? 'other', status: row.document_status ?? 'draft' },
      attachmentId: null,
      attachment: null,
    };
  }
  return {
    ...base,
    kind: 'attachment',
    attachmentId: row.attachment_id ?? 0,
    attachment: { fileName: row.file_name ?? '', mediaType: row.media_type ?? '', size: row.size ?? 0 },
    documentId: null,
    document: null,
  };
}

/** Every paper of a meeting's agenda, in agenda order then paper order: one query for the whole agenda. */
export function listPapersOfMeeting(db: WorkspaceDatabase, meetingId: number): Paper[] {
  const rows = db
    .prepare(`${SELECT_PAPERS} JOIN agenda_items ai ON ai.id = p.agenda_item_id WHERE ai.meeting_id = ? ORDER BY ai.position, ai.id, p.position, p.id`)
    .all(meetingId) as PaperRow[];
  return rows.map(toPaper);
}

export function listPapersOfItem(db: WorkspaceDatabase, agendaItemId: number): Paper[] {
  const rows = db.prepare(`${SELECT_PAPERS} WHERE p.agenda_item_id = ? ORDER BY p.position, p.id`).all(agendaItemId) as PaperRow[];
  return rows.map(toPaper);
}

export function getPaper(db: WorkspaceDatabase, paperId: number): Paper | null {
  const row = db.prepare(`${SELECT_PAPERS} WHERE p.id = ?`).get(paperId) as PaperRow | undefined;
  return row === undefined ? null : toPaper(row);
}

/** Whether the item already has this document or file among its papers. */
export function hasPaper(db: WorkspaceDatabase, agendaItemId: number, target: { documentId: number | null; attachmentId: number | null }): boolean {
  const sql = target.documentId !== null
    ? 'SELECT 1 FROM papers WHERE agenda_item_id = ? AND document_id = ?'
    : 'SELECT 1 FROM papers WHERE agenda_item_id = ? AND attachment_id = ?';
  return db.prepare(sql).get(agendaItemId, target.documentId ?? target.attachmentId) !== undefined;
}

/** Adds the paper after the item's last one. */
export function insertPaper(
  db: WorkspaceDatabase,
  agendaItemId: number,
  values: { documentId: number | null; attachmentId: number | null; label: string },
): number {
  const position = nextPosition(db, 'papers', 'agenda_item_id', agendaItemId);
  return insertRow(db, 'papers', { ...values, agendaItemId, position });
}

export function updatePaperLabel(db: WorkspaceDatabase, paperId: number, label: string): boolean {
  return updateRow(db, 'papers', paperId, { label });
}

/** Unlinks the paper; the document or attachment itself stays. */
export function deletePaper(db: WorkspaceDatabase, paperId: number): boolean {
  return deleteRow(db, 'papers', paperId);
}

export function reorderPapers(db: WorkspaceDatabase, agendaItemId: number, ids: readonly number[]): void {
  reorderRows(db, 'papers', 'agenda_item_id', agendaItemId, ids);
}

/** Closes the gap a removed paper leaves. */
export function renumberPapers(db: WorkspaceDatabase, agendaItemId: number): void {
  const ids = db.prepare('SELECT id FROM papers WHERE agenda_item_id = ? ORDER BY position, id').pluck().all(agendaItemId) as number[];
  if (ids.length > 0) reorderRows(db, 'papers', 'agenda_item_id', agendaItemId, ids);
}
