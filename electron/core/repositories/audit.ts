import type { AuditEntry } from '../../../shared/api/methods/records';
import type { WorkspaceDatabase } from '../db/connection';
import { mapRows } from './rows';

export type AuditFilter = {
  entity: string | null;
  entityId: number | null;
  /** Only entries older than this one (the last one shown), for the next page. */
  beforeId: number | null;
  limit: number;
};

/** Audit entries, newest first; ids only ever grow, so "newest" is the highest id. */
export function listAudit(db: WorkspaceDatabase, filter: AuditFilter): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, author, action, entity, entity_id, summary
       FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity)
         AND (@entityId IS NULL OR entity_id = @entityId)
         AND (@beforeId IS NULL OR id < @beforeId)
       ORDER BY id DESC
       LIMIT @limit`,
    )
    .all(filter);
  return mapRows<AuditEntry>(rows);
}
