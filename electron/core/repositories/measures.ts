import type { Measure } from '../../../shared/api/methods/action-plans';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, nextPosition, selectRow, updateRow } from './rows';

export type MeasureValues = Partial<Omit<Measure, 'id' | 'entryId' | 'position'>>;

export function listMeasures(db: WorkspaceDatabase, entryId: number): Measure[] {
  return mapRows<Measure>(db.prepare('SELECT * FROM measures WHERE entry_id = ? ORDER BY position, id').all(entryId));
}

/** Every measure of a plan, entry by entry in order. */
export function listMeasuresOfPlan(db: WorkspaceDatabase, planId: number): Measure[] {
  const rows = db
    .prepare('SELECT m.* FROM measures m JOIN plan_entries e ON e.id = m.entry_id WHERE e.plan_id = ? ORDER BY m.entry_id, m.position, m.id')
    .all(planId);
  return mapRows<Measure>(rows);
}

export function getMeasure(db: WorkspaceDatabase, measureId: number): Measure | null {
  return selectRow<Measure>(db, 'measures', measureId);
}

export function insertMeasure(db: WorkspaceDatabase, entryId: number, values: MeasureValues & { description: string }): number {
  return insertRow(db, 'measures', { ...values, entryId, position: nextPosition(db, 'measures', 'entry_id', entryId) });
}

export function updateMeasure(db: WorkspaceDatabase, measureId: number, values: MeasureValues): boolean {
  return updateRow(db, 'measures', measureId, values);
}

export function deleteMeasure(db: WorkspaceDatabase, measureId: number): boolean {
  return deleteRow(db, 'measures', measureId);
}
