import type { AuthoritySettings } from '../../../shared/api/methods/settings';
import type { WorkspaceDatabase } from '../db/connection';
import { mapRow, updateRow } from './rows';

type SettingsValues = Partial<Omit<AuthoritySettings, 'logoFileName' | 'updatedAt'>>;

/** The one settings row (created by the first migration), with the logo's file name. */
export function getSettings(db: WorkspaceDatabase): AuthoritySettings {
  const row = db
    .prepare(
      `SELECT s.name, s.address, s.logo_attachment_id, a.file_name AS logo_file_name, s.font_family, s.body_font_size_pt,
              s.accent_colour, s.minute_numbering, s.municipal_year_start_month, s.report_deadline_days,
              s.report_deadline_basis, s.author_name, s.updated_at
       FROM authority_settings s LEFT JOIN attachments a ON a.id = s.logo_attachment_id
       WHERE s.id = 1`,
    )
    .get();
  return mapRow<AuthoritySettings>(row);
}

export function updateSettings(db: WorkspaceDatabase, values: SettingsValues, at: string): void {
  updateRow(db, 'authority_settings', 1, { ...values, updatedAt: at });
}

/** An attachment’s name and media type, or null when there is no such attachment. */
export function findAttachmentType(db: WorkspaceDatabase, attachmentId: number): { fileName: string; mediaType: string } | null {
  const row = db.prepare('SELECT file_name, media_type FROM attachments WHERE id = ?').get(attachmentId);
  return row === undefined ? null : mapRow<{ fileName: string; mediaType: string }>(row);
}
