import type { Committee, CommitteeSummary, RationaleItem } from '../../../shared/api/methods/committees';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRow, mapRows, selectRow, updateRow } from './rows';

type CommitteeValues = Partial<Omit<Committee, 'id' | 'createdAt' | 'updatedAt'>>;

const SUMMARY_COLUMNS = `
  c.*,
  parent.name AS parent_name,
  officer.full_name AS contact_officer_name,
  (SELECT count(*) FROM meetings m WHERE m.committee_id = c.id) AS meeting_count,
  (SELECT min(m.meeting_date) FROM meetings m WHERE m.committee_id = c.id AND m.meeting_date >= @today) AS next_meeting_date,
  (SELECT trim(p.honorific || ' ' || p.full_name) FROM memberships ms JOIN people p ON p.id = ms.person_id
    WHERE ms.committee_id = c.id AND ms.municipal_year = @year AND ms.role = 'chair' ORDER BY ms.position LIMIT 1) AS chair_name`;

/** Committees by name with what the list shows; `today` (YYYY-MM-DD) decides the next meeting, `municipalYear` the chair. */
export function listCommitteeSummaries(db: WorkspaceDatabase, filter: { includeArchived: boolean; today: string; municipalYear: number }): CommitteeSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}
       FROM committees c
       LEFT JOIN committees parent ON parent.id = c.parent_id
       LEFT JOIN people officer ON officer.id = c.contact_officer_id
       WHERE (@includeArchived = 1 OR c.archived_at IS NULL)
       ORDER BY c.name COLLATE NOCASE, c.id`,
    )
    .all({ includeArchived: filter.includeArchived ? 1 : 0, today: filter.today, year: filter.municipalYear });
  return mapRows<CommitteeSummary>(rows);
}

export function getCommittee(db: WorkspaceDatabase, committeeId: number): Committee | null {
  return selectRow<Committee>(db, 'committees', committeeId);
}

/** The committee's parent's name, or null when it has none. */
export function getParentName(db: WorkspaceDatabase, parentId: number | null): string | null {
  if (parentId === null) return null;
  return (db.prepare('SELECT name FROM committees WHERE id = ?').pluck().get(parentId) as string | undefined) ?? null;
}

/** The committee (other than `exceptId`) already using a minute prefix, compared without case. */
export function findCommitteeByPrefix(db: WorkspaceDatabase, prefix: string, exceptId: number | null): { id: number; name: string } | null {
  const row = db
    .prepare('SELECT id, name FROM committees WHERE minute_prefix = ? COLLATE NOCASE AND id IS NOT ? LIMIT 1')
    .get(prefix, exceptId);
  return row === undefined ? null : mapRow<{ id: number; name: string }>(row);
}

/** The ids from a committee up through its parents (the committee itself first); stops at a loop. */
export function ancestorIds(db: WorkspaceDatabase, committeeId: number): number[] {
  return db
    .prepare(
      `WITH RECURSIVE chain (id, parent_id) AS (
         SELECT id, parent_id FROM committees WHERE id = ?
         UNION
         SELECT c.id, c.parent_id FROM committees c JOIN chain ON c.id = chain.parent_id
       )
       SELECT id FROM chain`,
    )
    .pluck()
    .all(committeeId) as number[];
}

export function countMeetings(db: WorkspaceDatabase, committeeId: number): number {
  return db.prepare('SELECT count(*) FROM meetings WHERE committee_id = ?').pluck().get(committeeId) as number;
}

export function insertCommittee(db: WorkspaceDatabase, values: CommitteeValues & { name: string; minutePrefix: string }, at: string): number {
  return insertRow(db, 'committees', { ...values, createdAt: at, updatedAt: at });
}

export function updateCommittee(db: WorkspaceDatabase, committeeId: number, values: CommitteeValues, at: string): boolean {
  return updateRow(db, 'committees', committeeId, { ...values, updatedAt: at });
}

export function deleteCommittee(db: WorkspaceDatabase, committeeId: number): boolean {
  return deleteRow(db, 'committees', committeeId);
}

export function listRationaleItems(db: WorkspaceDatabase, committeeId: number): RationaleItem[] {
  const rows = db
    .prepare('SELECT id, position, text FROM committee_rationale_items WHERE committee_id = ? ORDER BY position, id')
    .all(committeeId);
  return mapRows<RationaleItem>(rows);
}

/** Replaces a committee's rationale with these items, numbered 1…n in order. */
export function replaceRationaleItems(db: WorkspaceDatabase, committeeId: number, items: readonly string[]): void {
  db.prepare('DELETE FROM committee_rationale_items WHERE committee_id = ?').run(committeeId);
  const insert = db.prepare('INSERT INTO committee_rationale_items (committee_id, position, text) VALUES (?, ?, ?)');
  items.forEach((text, index) => insert.run(committeeId, index + 1, text));
}
