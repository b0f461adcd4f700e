import type { AuditAction } from '../../../shared/api/methods/records';
import type { WorkspaceDatabase } from '../db/connection';
import { ukDateOf } from '../domain/calendar';
import { CoreError } from '../errors';
import type { Table } from '../repositories/rows';

/** What a service needs: the open workspace and the clock. */
export type ServiceContext = {
  db: WorkspaceDatabase;
  now: () => Date;
};

export type { AuditAction };

/**
 * Runs a use case in one write transaction (taken at once, so two writers
 * never deadlock half-way): all of it is saved, or none.
 */
export function inTransaction<T>(ctx: ServiceContext, work: () => T): T {
  return ctx.db.transaction(work).immediate();
}

/** Appends to the audit trail; the author is the name in Settings. Call inside the use case's transaction. */
export function audit(ctx: ServiceContext, action: AuditAction, entity: string, entityId: number | null, summary: string): void {
  ctx.db
    .prepare(
      `INSERT INTO audit_log (at, author, action, entity, entity_id, summary)
       VALUES (?, (SELECT author_name FROM authority_settings WHERE id = 1), ?, ?, ?, ?)`,
    )
    .run(ctx.now().toISOString(), action, entity, entityId, summary.slice(0, 500));
}

/** The row, or a not_found error that names what was looked for. */
export function found<T>(value: T | null | undefined, what: string, rowId: number): T {
  if (value === null || value === undefined) {
    throw new CoreError('not_found', `There is no ${what} with id ${rowId}. It may have been deleted; reload and try again.`);
  }
  return value;
}

/**
 * Checks that a referenced row exists before it is linked, so an unknown id is
 * refused with the field's name (`parentId: there is no committee with id 9`).
 */
export function mustExist(ctx: ServiceContext, table: Table, rowId: number | null | undefined, field: string, what: string): void {
  if (rowId === null || rowId === undefined) return;
  if (ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(rowId) === undefined) {
    throw new CoreError('not_found', `${field}: there is no ${what} with id ${rowId}.`);
  }
}

/** Turns a foreign-key refusal into a message: something still uses the row. */
export function refuseIfInUse(error: unknown, what: string): never {
  const { code, message } = error as { code?: unknown; message?: unknown };
  // A reference declared ON DELETE RESTRICT fails from inside SQLite's action
  // program, so it reports SQLITE_CONSTRAINT_TRIGGER with the foreign-key message.
  const isForeignKey = code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || (code === 'SQLITE_CONSTRAINT_TRIGGER' && message === 'FOREIGN KEY constraint failed');
  if (isForeignKey) {
    throw new CoreError('conflict', `This ${what} is still used elsewhere in the workspace, so it cannot be deleted. Remove those uses first, or archive it instead.`);
  }
  throw error;
}

/** Today's date (YYYY-MM-DD, UK calendar) by the context's clock. */
export function todayOf(ctx: ServiceContext): string {
  return ukDateOf(ctx.now());
}

/** How a long use case reports its steps and learns it was cancelled (both optional). */
export type TaskProgress = { signal?: AbortSignal; step?: (done: number, total: number) => void };
