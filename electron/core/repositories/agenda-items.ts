import type { AgendaItem } from '../../../shared/api/methods/meetings';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, nextPosition, reorderRows, selectRow, updateRow } from './rows';

type AgendaItemValues = Partial<Omit<AgendaItem, 'id' | 'meetingId' | 'position' | 'createdAt' | 'updatedAt'>>;

/** A meeting's agenda items in position order. */
export function listAgendaItems(db: WorkspaceDatabase, meetingId: number): AgendaItem[] {
  return mapRows<AgendaItem>(db.prepare('SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id').all(meetingId));
}

export function getAgendaItem(db: WorkspaceDatabase, itemId: number): AgendaItem | null {
  return selectRow<AgendaItem>(db, 'agenda_items', itemId);
}

/** Adds the item at the end of its meeting's agenda. */
export function insertAgendaItem(db: WorkspaceDatabase, meetingId: number, values: AgendaItemValues & { title: string }, at: string): number {
  const position = nextPosition(db, 'agenda_items', 'meeting_id', meetingId);
  return insertRow(db, 'agenda_items', { ...values, meetingId, position, createdAt: at, updatedAt: at });
}

export function updateAgendaItem(db: WorkspaceDatabase, itemId: number, values: AgendaItemValues, at: string): boolean {
  return updateRow(db, 'agenda_items', itemId, { ...values, updatedAt: at });
}

export function deleteAgendaItem(db: WorkspaceDatabase, itemId: number): boolean {
  return deleteRow(db, 'agenda_items', itemId);
}

/** Positions 1…n in the given order; a stale list is refused. */
export function reorderAgendaItems(db: WorkspaceDatabase, meetingId: number, ids: readonly number[]): void {
  reorderRows(db, 'agenda_items', 'meeting_id', meetingId, ids);
}

/** Closes the gap a removed item leaves: positions 1…n in the current order. */
export function renumberAgendaItems(db: WorkspaceDatabase, meetingId: number): void {
  const ids = db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position, id').pluck().all(meetingId) as number[];
  if (ids.length > 0) reorderRows(db, 'agenda_items', 'meeting_id', meetingId, ids);
}

/** The report items (kind 'report') with no paper yet, of several meetings in one query, by meeting and position. */
export function listReportItemsWithoutPapers(db: WorkspaceDatabase, meetingIds: readonly number[]): AgendaItem[] {
  const rows = db
    .prepare(
      `SELECT ai.* FROM agenda_items ai
       WHERE ai.meeting_id IN (SELECT value FROM json_each(?)) AND ai.kind = 'report'
         AND NOT EXISTS (SELECT 1 FROM papers p WHERE p.agenda_item_id = ai.id)
       ORDER BY ai.meeting_id, ai.position, ai.id`,
    )
    .all(JSON.stringify(meetingIds));
  return mapRows<AgendaItem>(rows);
}
