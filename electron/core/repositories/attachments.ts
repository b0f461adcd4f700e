import type { Attachment, AttachmentMediaType } from '../../../shared/api/methods/attachments';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRow, mapRows, updateRow } from './rows';

// size and sha256 come before the blob in attachment_contents, so listing
// them never reads the file data itself.
const ATTACHMENT_COLUMNS = `
  a.id, a.file_name, a.media_type, a.description, a.created_at, c.size, c.sha256,
  (SELECT count(*) FROM papers p WHERE p.attachment_id = a.id)
    + (SELECT count(*) FROM inspections i WHERE i.source_attachment_id = a.id)
    + (SELECT count(*) FROM authority_settings s WHERE s.logo_attachment_id = a.id) AS used_by`;

export function listAttachments(db: WorkspaceDatabase): Attachment[] {
  const rows = db
    .prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN attachment_contents c ON c.id = a.content_id ORDER BY a.file_name COLLATE NOCASE, a.id`)
    .all();
  return mapRows<Attachment>(rows);
}

export function getAttachment(db: WorkspaceDatabase, attachmentId: number): Attachment | null {
  const row = db.prepare(`SELECT ${ATTACHMENT_COLUMNS} FROM attachments a JOIN attachment_contents c ON c.id = a.content_id WHERE a.id = ?`).get(attachmentId);
  return row === undefined ? null : mapRow<Attachment>(row);
}

/** An attachment's name, type and bytes. */
export type AttachmentData = { fileName: string; mediaType: AttachmentMediaType; data: Buffer };

export function getAttachmentData(db: WorkspaceDatabase, attachmentId: number): AttachmentData | null {
  const row = db
    .prepare('SELECT a.file_name, a.media_type, c.data FROM attachments a JOIN attachment_contents c ON c.id = a.content_id WHERE a.id = ?')
    .get(attachmentId);
  return row === undefined ? null : mapRow<AttachmentData>(row);
}

/**
 * Stores content once: returns the id of the row holding these bytes,
 * inserting it only when no row has that hash yet.
 */
export function storeContent(db: WorkspaceDatabase, content: { sha256: string; data: Buffer }): number {
  const existing = db.prepare('SELECT id FROM attachment_contents WHERE sha256 = ?').pluck().get(content.sha256) as number | undefined;
  if (existing !== undefined) return existing;
  return Number(
    db.prepare('INSERT INTO attachment_contents (sha256, size, data) VALUES (?, ?, ?)').run(content.sha256, content.data.length, content.data).lastInsertRowid,
  );
}

/** The number of stored contents (each distinct file once). */
export function countContents(db: WorkspaceDatabase): number {
  return db.prepare('SELECT count(*) FROM attachment_contents').pluck().get() as number;
}

type AttachmentValues = { contentId: number; fileName: string; mediaType: AttachmentMediaType; description?: string | undefined; createdAt: string };

export function insertAttachment(db: WorkspaceDatabase, values: AttachmentValues): number {
  return insertRow(db, 'attachments', values);
}

export function updateAttachment(db: WorkspaceDatabase, attachmentId: number, values: { fileName?: string; mediaType?: AttachmentMediaType; description?: string | undefined }): boolean {
  return updateRow(db, 'attachments', attachmentId, values);
}

export function deleteAttachment(db: WorkspaceDatabase, attachmentId: number): boolean {
  return deleteRow(db, 'attachments', attachmentId);
}

/** Where an attachment is used, in words a refusal can quote. */
export type AttachmentUses = {
  agendas: AgendaUse[];
  inspectionTitles: string[];
  isLogo: boolean;
};

/** An agenda paper: the committee, the meeting date and the item it is filed under. */
export type AgendaUse = { committeeName: string; meetingDate: string; itemTitle: string };

export function findAttachmentUses(db: WorkspaceDatabase, attachmentId: number): AttachmentUses {
  return {
    agendas: findAgendaUses(db, 'attachment_id', attachmentId),
    inspectionTitles: db.prepare('SELECT title FROM inspections WHERE source_attachment_id = ? ORDER BY id').pluck().all(attachmentId) as string[],
    isLogo: db.prepare('SELECT 1 FROM authority_settings WHERE logo_attachment_id = ?').get(attachmentId) !== undefined,
  };
}

/** The agenda papers that use a document or an attachment, oldest meeting first. */
export function findAgendaUses(db: WorkspaceDatabase, column: 'document_id' | 'attachment_id', rowId: number): AgendaUse[] {
  const rows = db
    .prepare(
      `SELECT c.name AS committee_name, m.meeting_date, ai.title AS item_title
       FROM papers p
       JOIN agenda_items ai ON ai.id = p.agenda_item_id
       JOIN meetings m ON m.id = ai.meeting_id
       JOIN committees c ON c.id = m.committee_id
       WHERE p.${column} = ?
       ORDER BY m.meeting_date, ai.position, p.position`,
    )
    .all(rowId);
  return mapRows<AgendaUse>(rows);
}
