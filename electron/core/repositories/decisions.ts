import type { Decision } from '../../../shared/api/methods/minutes';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, nextPosition, reorderRows, selectRow, updateRow } from './rows';

export function getDecision(db: WorkspaceDatabase, decisionId: number): Decision | null {
  return selectRow<Decision>(db, 'decisions', decisionId);
}

export function listEntryDecisions(db: WorkspaceDatabase, minuteEntryId: number): Decision[] {
  return mapRows<Decision>(db.prepare('SELECT * FROM decisions WHERE minute_entry_id = ? ORDER BY position, id').all(minuteEntryId));
}

/** Every decision of a meeting, by minute then number. */
export function listMeetingDecisions(db: WorkspaceDatabase, meetingId: number): Decision[] {
  const rows = db
    .prepare(
      `SELECT d.* FROM decisions d JOIN minute_entries e ON e.id = d.minute_entry_id
       WHERE e.meeting_id = ?
       ORDER BY e.position, d.position, d.id`,
    )
    .all(meetingId);
  return mapRows<Decision>(rows);
}

/** Adds a decision after the minute's last one. */
export function insertDecision(db: WorkspaceDatabase, minuteEntryId: number, text: string): number {
  const position = nextPosition(db, 'decisions', 'minute_entry_id', minuteEntryId);
  return insertRow(db, 'decisions', { minuteEntryId, position, text });
}

export function updateDecisionText(db: WorkspaceDatabase, decisionId: number, text: string): boolean {
  return updateRow(db, 'decisions', decisionId, { text });
}

export function deleteDecision(db: WorkspaceDatabase, decisionId: number): boolean {
  return deleteRow(db, 'decisions', decisionId);
}

/** Numbers a minute's decisions 1…n in the order given; a stale list is refused. */
export function reorderEntryDecisions(db: WorkspaceDatabase, minuteEntryId: number, ids: readonly number[]): void {
  reorderRows(db, 'decisions', 'minute_entry_id', minuteEntryId, ids);
}
