import type { WorkProgrammeItem } from '../../../shared/api/methods/work-programme';
import type { WorkspaceDatabase } from '../db/connection';
import { CoreError } from '../errors';
import { deleteRow, insertRow, mapRow, mapRows, updateRow } from './rows';

type WorkProgrammeValues = Partial<Pick<WorkProgrammeItem, 'item' | 'purpose' | 'leadOfficer' | 'executiveMember' | 'comments'>>;

const SELECT_ITEMS = `
  SELECT w.*, m.meeting_date
  FROM work_programme_items w
  LEFT JOIN meetings m ON m.id = w.meeting_id`;

/** A committee's programme: by meeting date, items to be scheduled last, each list in position order. */
export function listWorkProgramme(db: WorkspaceDatabase, committeeId: number): WorkProgrammeItem[] {
  const rows = db
    .prepare(
      `${SELECT_ITEMS}
       WHERE w.committee_id = ?
       ORDER BY m.meeting_date IS NULL, m.meeting_date, m.start_time NULLS LAST, w.meeting_id, w.position, w.id`,
    )
    .all(committeeId);
  return mapRows<WorkProgrammeItem>(rows);
}

export function getWorkProgrammeItem(db: WorkspaceDatabase, itemId: number): WorkProgrammeItem | null {
  const row = db.prepare(`${SELECT_ITEMS} WHERE w.id = ?`).get(itemId);
  return row === undefined ? null : mapRow<WorkProgrammeItem>(row);
}

/** The items of one list (a meeting of the committee, or those to be scheduled), in position order. */
export function listIdsOf(db: WorkspaceDatabase, committeeId: number, meetingId: number | null): number[] {
  return db
    .prepare('SELECT id FROM work_programme_items WHERE committee_id = ? AND meeting_id IS ? ORDER BY position, id')
    .pluck()
    .all(committeeId, meetingId) as number[];
}

/** Puts the given items in one list at positions 1…n, in the order given. */
export function placeItems(db: WorkspaceDatabase, meetingId: number | null, ids: readonly number[]): void {
  const place = db.prepare('UPDATE work_programme_items SET meeting_id = ?, position = ? WHERE id = ?');
  ids.forEach((itemId, index) => place.run(meetingId, index + 1, itemId));
}

/** A new order for one list; the ids must be exactly that list's items (a stale list is refused). */
export function reorderWorkProgramme(db: WorkspaceDatabase, committeeId: number, meetingId: number | null, ids: readonly number[]): void {
  const current = listIdsOf(db, committeeId, meetingId);
  const given = new Set(ids);
  if (given.size !== ids.length || current.length !== ids.length || current.some((itemId) => !given.has(itemId))) {
    throw new CoreError('conflict', 'The list has changed since it was shown. Reload and try the move again.');
  }
  placeItems(db, meetingId, ids);
}

/** Adds the item at the end of its list. */
export function insertWorkProgrammeItem(
  db: WorkspaceDatabase,
  committeeId: number,
  meetingId: number | null,
  values: WorkProgrammeValues & { item: string },
  at: string,
): number {
  const position = db
    .prepare('SELECT coalesce(max(position), 0) + 1 FROM work_programme_items WHERE committee_id = ? AND meeting_id IS ?')
    .pluck()
    .get(committeeId, meetingId) as number;
  return insertRow(db, 'work_programme_items', { ...values, committeeId, meetingId, position, createdAt: at, updatedAt: at });
}

export function updateWorkProgrammeItem(db: WorkspaceDatabase, itemId: number, values: WorkProgrammeValues, at: string): boolean {
  return updateRow(db, 'work_programme_items', itemId, { ...values, updatedAt: at });
}

export function deleteWorkProgrammeItem(db: WorkspaceDatabase, itemId: number): boolean {
  return deleteRow(db, 'work_programme_items', itemId);
}
