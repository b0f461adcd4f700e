import type { ProgressUpdate } from '../../../shared/api/methods/action-plans';
import type { WorkspaceDatabase } from '../db/connection';
import { insertRow, mapRows, selectRow } from './rows';

/** Rows are only ever inserted: a trigger refuses UPDATE, and a correction is a new row that supersedes the old. */
export type NewProgressUpdate = Omit<ProgressUpdate, 'id'>;

export function listProgressOfAction(db: WorkspaceDatabase, actionId: number): ProgressUpdate[] {
  return mapRows<ProgressUpdate>(db.prepare('SELECT * FROM progress_updates WHERE action_id = ? ORDER BY id').all(actionId));
}

/** Every revision of every progress update of a plan's actions. */
export function listProgressOfPlan(db: WorkspaceDatabase, planId: number): ProgressUpdate[] {
  const rows = db
    .prepare(
      `SELECT u.* FROM progress_updates u JOIN actions a ON a.id = u.action_id JOIN plan_entries e ON e.id = a.entry_id
       WHERE e.plan_id = ? ORDER BY u.id`,
    )
    .all(planId);
  return mapRows<ProgressUpdate>(rows);
}

export function getProgressUpdate(db: WorkspaceDatabase, updateId: number): ProgressUpdate | null {
  return selectRow<ProgressUpdate>(db, 'progress_updates', updateId);
}

export function insertProgressUpdate(db: WorkspaceDatabase, values: NewProgressUpdate): number {
  return insertRow(db, 'progress_updates', values);
}

/** The id of the revision that replaced this one, if any. */
export function supersedingRevisionId(db: WorkspaceDatabase, updateId: number): number | null {
  const found = db.prepare('SELECT id FROM progress_updates WHERE supersedes_id = ? ORDER BY id LIMIT 1').pluck().get(updateId) as number | undefined;
  return found ?? null;
}

export function countActionProgressUpdates(db: WorkspaceDatabase, actionId: number): number {
  return db.prepare('SELECT count(*) FROM progress_updates WHERE action_id = ?').pluck().get(actionId) as number;
}

/** The author name from Settings: who writes an update unless someone else is named. */
export function settingsAuthorName(db: WorkspaceDatabase): string {
  const name = db.prepare('SELECT author_name FROM authority_settings WHERE id = 1').pluck().get() as string | undefined;
  return name ?? '';
}
