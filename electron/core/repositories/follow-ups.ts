import type { FollowUpListing, FollowUpStatus } from '../../../shared/api/methods/minutes';
import type { WorkspaceDatabase } from '../db/connection';
import { deleteRow, insertRow, mapRows, selectRow, updateRow } from './rows';

/** A follow-up as stored. */
export type FollowUpRow = {
  id: number;
  decisionId: number;
  description: string;
  owner: string;
  ownerPersonId: number | null;
  dueDate: string | null;
  status: FollowUpStatus;
  completedOn: string | null;
  reportedMeetingId: number | null;
  notes: string;
};

export type FollowUpValues = Partial<Omit<FollowUpRow, 'id' | 'decisionId'>>;

export type FollowUpFilter = {
  status?: FollowUpStatus | undefined;
  committeeId?: number | undefined;
  meetingId?: number | undefined;
  followUpId?: number | undefined;
};

/**
 * A follow-up with its decision, minute, meeting and committee; overdue means
 * open and due before `today`, and its days overdue are counted from that day.
 */
const LISTING = `
  SELECT f.id, f.decision_id, f.description, f.owner, f.owner_person_id,
         CASE WHEN p.id IS NULL THEN f.owner ELSE trim(p.honorific || ' ' || p.full_name) END AS owner_name,
         f.due_date, f.status, f.completed_on, f.reported_meeting_id, f.notes,
         (f.status = 'open' AND f.due_date IS NOT NULL AND f.due_date < @today) AS is_overdue,
         CASE WHEN f.status = 'open' AND f.due_date IS NOT NULL AND f.due_date < @today
              THEN CAST(julianday(@today) - julianday(f.due_date) AS INTEGER) ELSE 0 END AS days_overdue,
         f.created_at, f.updated_at,
         d.text AS decision_text, d.position AS decision_number,
         e.id AS minute_entry_id, e.reference AS minute_reference, e.heading AS minute_heading,
         e.is_public_excluded AS is_minute_public_excluded,
         m.id AS meeting_id, m.meeting_date, c.id AS committee_id, c.name AS committee_name,
         r.meeting_date AS reported_meeting_date
  FROM follow_ups f
  JOIN decisions d ON d.id = f.decision_id
  JOIN minute_entries e ON e.id = d.minute_entry_id
  JOIN meetings m ON m.id = e.meeting_id
  JOIN committees c ON c.id = m.committee_id
  LEFT JOIN meetings r ON r.id = f.reported_meeting_id
  LEFT JOIN people p ON p.id = f.owner_person_id`;

/** Follow-ups matching the filter, by due date (undated last), then by where they were raised. */
export function listFollowUps(db: WorkspaceDatabase, filter: FollowUpFilter, today: string): FollowUpListing[] {
  const rows = db
    .prepare(
      `${LISTING}
       WHERE (@status IS NULL OR f.status = @status)
         AND (@committeeId IS NULL OR m.committee_id = @committeeId)
         AND (@meetingId IS NULL OR m.id = @meetingId)
         AND (@followUpId IS NULL OR f.id = @followUpId)
       ORDER BY f.due_date IS NULL, f.due_date, m.meeting_date, e.position, d.position, f.id`,
    )
    .all({
      today,
      status: filter.status ?? null,
      committeeId: filter.committeeId ?? null,
      meetingId: filter.meetingId ?? null,
      followUpId: filter.followUpId ?? null,
    });
  return mapRows<FollowUpListing>(rows);
}

/**
 * A committee's follow-ups raised at its meetings before `before`, in the
 * order they were minuted: the candidates for the recommendations monitor.
 */
export function listCommitteeFollowUpsBefore(db: WorkspaceDatabase, committeeId: number, before: string, today: string): FollowUpListing[] {
  const rows = db
    .prepare(`${LISTING} WHERE m.committee_id = @committeeId AND m.meeting_date < @before ORDER BY m.meeting_date, e.position, d.position, f.id`)
    .all({ today, committeeId, before });
  return mapRows<FollowUpListing>(rows);
}

/** The follow-ups raised at one meeting, in the order they were recorded. */
export function listMeetingFollowUps(db: WorkspaceDatabase, meetingId: number, today: string): FollowUpListing[] {
  return mapRows<FollowUpListing>(db.prepare(`${LISTING} WHERE m.id = @meetingId ORDER BY f.id`).all({ today, meetingId }));
}

export function getFollowUp(db: WorkspaceDatabase, followUpId: number): FollowUpRow | null {
  return selectRow<FollowUpRow>(db, 'follow_ups', followUpId);
}

export function insertFollowUp(db: WorkspaceDatabase, decisionId: number, values: FollowUpValues & { description: string }, at: string): number {
  return insertRow(db, 'follow_ups', { ...values, decisionId, createdAt: at, updatedAt: at });
}

export function updateFollowUp(db: WorkspaceDatabase, followUpId: number, values: FollowUpValues, at: string): boolean {
  return updateRow(db, 'follow_ups', followUpId, { ...values, updatedAt: at });
}

export function deleteFollowUp(db: WorkspaceDatabase, followUpId: number): boolean {
  return deleteRow(db, 'follow_ups', followUpId);
}

/** The committee whose meeting raised a decision, or null when there is no such decision. */
export function getDecisionCommitteeId(db: WorkspaceDatabase, decisionId: number): number | null {
  const committeeId = db
    .prepare(
      `SELECT m.committee_id FROM decisions d
       JOIN minute_entries e ON e.id = d.minute_entry_id
       JOIN meetings m ON m.id = e.meeting_id
       WHERE d.id = ?`,
    )
    .pluck()
    .get(decisionId);
  return typeof committeeId === 'number' ? committeeId : null;
}

/** A meeting's committee, or null when there is no such meeting. */
export function getMeetingCommitteeId(db: WorkspaceDatabase, meetingId: number): number | null {
  const committeeId = db.prepare('SELECT committee_id FROM meetings WHERE id = ?').pluck().get(meetingId);
  return typeof committeeId === 'number' ? committeeId : null;
}
