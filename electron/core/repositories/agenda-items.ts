import type { AgendaItem } from '../../../shared/api/methods/meetings';
import type { DocumentKind } from '../../../shared/api/methods/documents';
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

/** Whether any decision of the committee's minutes raised a follow-up (the recommendations monitor has something to show). */
export function committeeHasFollowUps(db: WorkspaceDatabase, committeeId: number): boolean {
  return db
    .prepare(
      `SELECT EXISTS (
         SELECT 1 FROM follow_ups f
         JOIN decisions d ON d.id = f.decision_id
         JOIN minute_entries e ON e.id = d.minute_entry_id
         JOIN meetings m ON m.id = e.meeting_id
         WHERE m.committee_id = ?)`,
    )
    .pluck()
    .get(committeeId) === 1;
}

/** The committee's most recently changed document of a kind (and title, when given) that is not withdrawn. */
export function findCommitteeDocument(db: WorkspaceDatabase, committeeId: number, kind: DocumentKind, title?: string): { id: number; title: string } | null {
  const row = db
    .prepare(
      `SELECT id, title FROM documents
       WHERE committee_id = @committeeId AND kind = @kind AND status <> 'withdrawn' AND (@title IS NULL OR title = @title)
       ORDER BY updated_at DESC, id DESC LIMIT 1`,
    )
    .get({ committeeId, kind, title: title ?? null }) as { id: number; title: string } | undefined;
  return row ?? null;
}
