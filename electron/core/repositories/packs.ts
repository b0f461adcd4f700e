import type { IssuedPack } from '../../../shared/api/methods/records';
import type { WorkspaceDatabase } from '../db/connection';
import { insertRow, mapRow, mapRows } from './rows';

const PACK_COLUMNS = `p.id, p.meeting_id, p.kind, p.edition, p.format, p.version, p.file_name, p.page_count,
  p.issued_at, p.issued_by, c.size, c.sha256`;

/** A meeting's issued packs, newest first, with the size and hash of each frozen file (never the file itself). */
export function listIssuedPacks(db: WorkspaceDatabase, meetingId: number): IssuedPack[] {
  const rows = db
    .prepare(`SELECT ${PACK_COLUMNS} FROM issued_packs p JOIN attachment_contents c ON c.id = p.content_id WHERE p.meeting_id = ? ORDER BY p.id DESC`)
    .all(meetingId);
  return mapRows<IssuedPack>(rows);
}

export function getIssuedPack(db: WorkspaceDatabase, packId: number): IssuedPack | null {
  const row = db.prepare(`SELECT ${PACK_COLUMNS} FROM issued_packs p JOIN attachment_contents c ON c.id = p.content_id WHERE p.id = ?`).get(packId);
  return row === undefined ? null : mapRow<IssuedPack>(row);
}

type PackKey = Pick<IssuedPack, 'meetingId' | 'kind' | 'edition' | 'format'>;

/** The version the next issue of this kind, edition and format gets: 1, then one more each time. */
export function nextPackVersion(db: WorkspaceDatabase, key: PackKey): number {
  return db
    .prepare('SELECT coalesce(max(version), 0) + 1 FROM issued_packs WHERE meeting_id = ? AND kind = ? AND edition = ? AND format = ?')
    .pluck()
    .get(key.meetingId, key.kind, key.edition, key.format) as number;
}

/** Records an issued pack; issued_by is the author name in Settings at that moment. */
export function insertIssuedPack(
  db: WorkspaceDatabase,
  values: PackKey & { version: number; fileName: string; contentId: number; pageCount: number | null; issuedAt: string },
): number {
  const packId = insertRow(db, 'issued_packs', values);
  db.prepare("UPDATE issued_packs SET issued_by = coalesce((SELECT author_name FROM authority_settings WHERE id = 1), '') WHERE id = ?").run(packId);
  return packId;
}

/** The frozen bytes of an issued pack. */
export function getIssuedPackData(db: WorkspaceDatabase, packId: number): { fileName: string; data: Buffer } | null {
  const row = db.prepare('SELECT p.file_name, c.data FROM issued_packs p JOIN attachment_contents c ON c.id = p.content_id WHERE p.id = ?').get(packId) as
    | { file_name: string; data: Buffer }
    | undefined;
  return row === undefined ? null : { fileName: row.file_name, data: row.data };
}
