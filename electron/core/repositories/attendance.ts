import type { AttendanceStatus, Attendee, Minutes } from '../../../shared/api/methods/minutes';
import type { WorkspaceDatabase } from '../db/connection';
import { insertRow, mapRows } from './rows';

export type AttendanceValues = {
  personId: number;
  status: AttendanceStatus;
  capacity?: string | undefined;
  isChair?: boolean | undefined;
  fromMinuteId?: number | null | undefined;
  toMinuteId?: number | null | undefined;
};

/** Someone whose partial attendance starts or ends at a minute. */
export type AttendanceBound = { fullName: string; fromMinuteId: number | null; toMinuteId: number | null };

/** A meeting's attendance in list order, with each person's name and the references bounding a partial attendance. */
export function listAttendance(db: WorkspaceDatabase, meetingId: number): Attendee[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.person_id, p.honorific, p.full_name, a.status, a.capacity, a.is_chair, a.position,
              a.from_minute_id, f.reference AS from_reference, a.to_minute_id, t.reference AS to_reference
       FROM attendance a
       JOIN people p ON p.id = a.person_id
       LEFT JOIN minute_entries f ON f.id = a.from_minute_id
       LEFT JOIN minute_entries t ON t.id = a.to_minute_id
       WHERE a.meeting_id = ?
       ORDER BY a.position, a.id`,
    )
    .all(meetingId);
  return mapRows<Attendee>(rows);
}

/** Replaces a meeting's whole attendance list, keeping the order given. */
export function replaceAttendance(db: WorkspaceDatabase, meetingId: number, attendees: readonly AttendanceValues[]): void {
  db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
  attendees.forEach((attendee, index) => {
    insertRow(db, 'attendance', { ...attendee, meetingId, position: index + 1 });
  });
}

/** The partial attendances of a meeting, to check they still run forwards. */
export function listAttendanceBounds(db: WorkspaceDatabase, meetingId: number): AttendanceBound[] {
  const rows = db
    .prepare(
      `SELECT p.full_name, a.from_minute_id, a.to_minute_id
       FROM attendance a JOIN people p ON p.id = a.person_id
       WHERE a.meeting_id = ? AND (a.from_minute_id IS NOT NULL OR a.to_minute_id IS NOT NULL)
       ORDER BY a.position`,
    )
    .all(meetingId);
  return mapRows<AttendanceBound>(rows);
}

/** Which of the given people exist. */
export function existingPersonIds(db: WorkspaceDatabase, personIds: readonly number[]): Set<number> {
  const ids = db.prepare('SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(personIds)) as number[];
  return new Set(ids);
}

/** A meeting's attendance grouped by status, each group in list order. */
export function listAttendanceByStatus(db: WorkspaceDatabase, meetingId: number): Minutes['attendance'] {
  const groups: Minutes['attendance'] = { present: [], apologies: [], alsoAttending: [], absent: [] };
  for (const attendee of listAttendance(db, meetingId)) {
    groups[attendee.status === 'also_attending' ? 'alsoAttending' : attendee.status].push(attendee);
  }
  return groups;
}
