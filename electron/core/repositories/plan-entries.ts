import type { PlanEntry } from '../../../shared/api/methods/action-plans';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, nextPosition, selectRow, updateRow } from './rows';

export type EntryValues = Partial<Omit<PlanEntry, 'id' | 'planId' | 'position' | 'createdAt' | 'updatedAt'>>;

/** A plan's entries in order, archived ones included. */
export function listEntries(db: WorkspaceDatabase, planId: number): PlanEntry[] {
  return mapRows<PlanEntry>(db.prepare('SELECT * FROM plan_entries WHERE plan_id = ? ORDER BY position, id').all(planId));
}

export function getEntry(db: WorkspaceDatabase, entryId: number): PlanEntry | null {
  return selectRow<PlanEntry>(db, 'plan_entries', entryId);
}

/** Adds an entry at the end of its plan. */
export function insertEntry(db: WorkspaceDatabase, planId: number, values: EntryValues & { heading: string }, at: string): number {
  const position = nextPosition(db, 'plan_entries', 'plan_id', planId);
  return insertRow(db, 'plan_entries', { ...values, planId, position, createdAt: at, updatedAt: at });
}

export function updateEntry(db: WorkspaceDatabase, entryId: number, values: EntryValues, at: string): boolean {
  return updateRow(db, 'plan_entries', entryId, { ...values, updatedAt: at });
}

export function deleteEntry(db: WorkspaceDatabase, entryId: number): boolean {
  return deleteRow(db, 'plan_entries', entryId);
}

export function countEntryProgressUpdates(db: WorkspaceDatabase, entryId: number): number {
  return db
    .prepare('SELECT count(*) FROM progress_updates u JOIN actions a ON a.id = u.action_id WHERE a.entry_id = ?')
    .pluck()
    .get(entryId) as number;
}

/** Entries of a plan linked to a recommendation of any inspection other than the one given. */
export function countEntriesLinkedOutside(db: WorkspaceDatabase, planId: number, inspectionId: number | null): number {
  return db
    .prepare(
      `SELECT count(*) FROM plan_entries e JOIN recommendations r ON r.id = e.recommendation_id
       WHERE e.plan_id = ? AND r.inspection_id IS NOT ?`,
    )
    .pluck()
    .get(planId, inspectionId) as number;
}
