import type { WorkspaceDatabase } from '../db/connection';
import type { TimetableMeeting } from '../domain/timetable-checks';
import { mapRow, mapRows } from './rows';

/** A non-working day the authority added, as stored. */
export type AuthorityDay = { id: number; date: string; name: string };

/** The authority's own non-working days, by date; between two dates (inclusive) when given. */
export function listAuthorityDays(db: WorkspaceDatabase, range: { from?: string; to?: string } = {}): AuthorityDay[] {
  const rows = db
    .prepare(
      `SELECT id, date, name FROM non_working_days
       WHERE (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
       ORDER BY date`,
    )
    .all({ from: range.from ?? null, to: range.to ?? null });
  return mapRows<AuthorityDay>(rows);
}

export function findAuthorityDay(db: WorkspaceDatabase, date: string): AuthorityDay | null {
  const row = db.prepare('SELECT id, date, name FROM non_working_days WHERE date = ?').get(date);
  return row === undefined ? null : mapRow<AuthorityDay>(row);
}

/** Adds a non-working day; returns its id. */
export function insertAuthorityDay(db: WorkspaceDatabase, day: { date: string; name: string }, at: string): number {
  return Number(db.prepare('INSERT INTO non_working_days (date, name, created_at) VALUES (?, ?, ?)').run(day.date, day.name, at).lastInsertRowid);
}

export function deleteAuthorityDay(db: WorkspaceDatabase, date: string): boolean {
  return db.prepare('DELETE FROM non_working_days WHERE date = ?').run(date).changes > 0;
}

// Cancelled meetings keep their record but have no timetable; the status
// is compared as text so the query holds whichever statuses the schema allows.
const TIMETABLE_SELECT = `
  SELECT m.id AS meeting_id, m.committee_id, c.name AS committee_name, m.status, m.meeting_date,
         m.report_deadline, m.agenda_issue_date, c.is_executive,
         EXISTS (SELECT 1 FROM agenda_items ai WHERE ai.meeting_id = m.id AND ai.is_exempt = 1) AS has_exempt_item
  FROM meetings m
  JOIN committees c ON c.id = m.committee_id`;

/** One meeting with what its timetable needs, in one query. */
export function getTimetableMeeting(db: WorkspaceDatabase, meetingId: number): TimetableMeeting | null {
  const row = db.prepare(`${TIMETABLE_SELECT} WHERE m.id = ?`).get(meetingId);
  return row === undefined ? null : mapRow<TimetableMeeting>(row);
}

/** Every meeting not cancelled between two dates (inclusive; `to` may be open), by date and time, in one query. */
export function listTimetableMeetings(db: WorkspaceDatabase, range: { from: string; to: string | null }): TimetableMeeting[] {
  const rows = db
    .prepare(
      `${TIMETABLE_SELECT}
       WHERE m.status <> 'cancelled' AND m.meeting_date >= @from AND (@to IS NULL OR m.meeting_date <= @to)
       ORDER BY m.meeting_date, m.start_time NULLS LAST, m.id`,
    )
    .all(range);
  return mapRows<TimetableMeeting>(rows);
}

/** Draft meetings on or after a date whose report deadline follows the authority's rule (not set by hand). */
export function listDerivedDeadlineMeetings(db: WorkspaceDatabase, from: string): { id: number; meetingDate: string; reportDeadline: string | null }[] {
  const rows = db
    .prepare(
      `SELECT id, meeting_date, report_deadline FROM meetings
       WHERE status = 'draft' AND is_report_deadline_manual = 0 AND meeting_date >= ?
       ORDER BY meeting_date, id`,
    )
    .all(from);
  return mapRows<{ id: number; meetingDate: string; reportDeadline: string | null }>(rows);
}

/** Sets a meeting's derived report deadline. */
export function setDerivedReportDeadline(db: WorkspaceDatabase, meetingId: number, reportDeadline: string, at: string): void {
  db.prepare('UPDATE meetings SET report_deadline = ?, updated_at = ? WHERE id = ?').run(reportDeadline, at, meetingId);
}
