import type { Meeting, MeetingStatus, MeetingSummary } from '../../../shared/api/methods/meetings';
import type { WorkspaceDatabase } from '../db/connection';
import type { ReportDeadlineBasis } from '../domain/report-deadline';
import { deleteRow, insertRow, mapRow, mapRows, selectRow, updateRow } from './rows';

type MeetingValues = Partial<Omit<Meeting, 'id' | 'createdAt' | 'updatedAt'>>;

export type MeetingFilter = {
  committeeId?: number | undefined;
  status?: MeetingStatus | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

/** What a meeting takes from its committee. */
export type MeetingCommittee = {
  id: number;
  name: string;
  minutePrefix: string;
  defaultVenue: string;
  defaultStartTime: string | null;
  archivedAt: string | null;
};

export type MeetingWithCommittee = Meeting & { committeeName: string; minutePrefix: string };

/** Filters joined with AND; each fragment is fixed text with a bound parameter, so the indexes on meetings can be used. */
const FILTERS: Record<keyof MeetingFilter, string> = {
  committeeId: 'm.committee_id = @committeeId',
  status: 'm.status = @status',
  from: 'm.meeting_date >= @from',
  to: 'm.meeting_date <= @to',
};

/** Meetings with their committee's name and agenda counts, in one query. */
export function listMeetings(db: WorkspaceDatabase, filter: MeetingFilter): MeetingSummary[] {
  const params: Record<string, unknown> = {};
  const conditions: string[] = [];
  for (const key of Object.keys(FILTERS) as (keyof MeetingFilter)[]) {
    if (filter[key] === undefined) continue;
    conditions.push(FILTERS[key]);
    params[key] = filter[key];
  }
  const rows = db
    .prepare(
      `SELECT m.*, c.name AS committee_name,
              count(ai.id) AS item_count,
              coalesce(sum(ai.is_exempt), 0) AS exempt_item_count,
              coalesce(sum(ai.is_to_follow), 0) AS to_follow_count
       FROM meetings m
       JOIN committees c ON c.id = m.committee_id
       LEFT JOIN agenda_items ai ON ai.meeting_id = m.id
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       GROUP BY m.id
       ORDER BY m.meeting_date, m.start_time NULLS LAST, m.id`,
    )
    .all(params);
  return mapRows<MeetingSummary>(rows);
}

export function getMeeting(db: WorkspaceDatabase, meetingId: number): Meeting | null {
  return selectRow<Meeting>(db, 'meetings', meetingId);
}

export function getMeetingWithCommittee(db: WorkspaceDatabase, meetingId: number): MeetingWithCommittee | null {
  const row = db
    .prepare(
      `SELECT m.*, c.name AS committee_name, c.minute_prefix
       FROM meetings m JOIN committees c ON c.id = m.committee_id
       WHERE m.id = ?`,
    )
    .get(meetingId);
  return row === undefined ? null : mapRow<MeetingWithCommittee>(row);
}

/** The id of the committee's meeting on that date, other than `exceptId`, if there is one. */
export function findMeetingOnDate(db: WorkspaceDatabase, committeeId: number, meetingDate: string, exceptId: number | null): number | null {
  const found = db
    .prepare('SELECT id FROM meetings WHERE committee_id = ? AND meeting_date = ? AND id IS NOT ? LIMIT 1')
    .pluck()
    .get(committeeId, meetingDate, exceptId) as number | undefined;
  return found ?? null;
}

export function countIssuedPacks(db: WorkspaceDatabase, meetingId: number): number {
  return db.prepare('SELECT count(*) FROM issued_packs WHERE meeting_id = ?').pluck().get(meetingId) as number;
}

/** Whether the meeting has any minutes written: an entry or a line of attendance. */
export function hasMinutes(db: WorkspaceDatabase, meetingId: number): boolean {
  return db
    .prepare('SELECT EXISTS (SELECT 1 FROM minute_entries WHERE meeting_id = @id) OR EXISTS (SELECT 1 FROM attendance WHERE meeting_id = @id)')
    .pluck()
    .get({ id: meetingId }) === 1;
}

/** The dates of the meetings whose minutes this meeting approved as a correct record, earliest first. */
export function listMinutesApprovedAt(db: WorkspaceDatabase, meetingId: number): string[] {
  return db.prepare('SELECT meeting_date FROM meetings WHERE minutes_approved_meeting_id = ? ORDER BY meeting_date').pluck().all(meetingId) as string[];
}

/** The committee's latest meeting before `before` (YYYY-MM-DD) that was not cancelled: the one whose minutes come next. */
export function previousMeeting(db: WorkspaceDatabase, committeeId: number, before: string): Meeting | null {
  const row = db
    .prepare(
      `SELECT * FROM meetings WHERE committee_id = ? AND meeting_date < ? AND status <> 'cancelled'
       ORDER BY meeting_date DESC, start_time DESC NULLS LAST, id DESC LIMIT 1`,
    )
    .get(committeeId, before);
  return row === undefined ? null : mapRow<Meeting>(row);
}

export function getMeetingCommittee(db: WorkspaceDatabase, committeeId: number): MeetingCommittee | null {
  const row = db
    .prepare('SELECT id, name, minute_prefix, default_venue, default_start_time, archived_at FROM committees WHERE id = ?')
    .get(committeeId);
  return row === undefined ? null : mapRow<MeetingCommittee>(row);
}

/** The authority's report-deadline rule (Settings). */
export function getReportDeadlineRule(db: WorkspaceDatabase): { days: number; basis: ReportDeadlineBasis } {
  const row = db.prepare('SELECT report_deadline_days AS days, report_deadline_basis AS basis FROM authority_settings WHERE id = 1').get() as
    | { days: number; basis: ReportDeadlineBasis }
    | undefined;
  return row ?? { days: 11, basis: 'calendar_days' };
}

export function insertMeeting(db: WorkspaceDatabase, values: MeetingValues & { committeeId: number; meetingDate: string }, at: string): number {
  return insertRow(db, 'meetings', { ...values, createdAt: at, updatedAt: at });
}

export function updateMeeting(db: WorkspaceDatabase, meetingId: number, values: MeetingValues, at: string): boolean {
  return updateRow(db, 'meetings', meetingId, { ...values, updatedAt: at });
}

export function deleteMeeting(db: WorkspaceDatabase, meetingId: number): boolean {
  return deleteRow(db, 'meetings', meetingId);
}

/** The meeting with the latest date (the newest one when two share it), or null in an empty workspace. */
export function latestMeetingId(db: WorkspaceDatabase): number | null {
  const value = db.prepare('SELECT id FROM meetings ORDER BY meeting_date DESC, id DESC LIMIT 1').pluck().get();
  return typeof value === 'number' ? value : null;
}

/**
 * The committee's latest meeting before `before` (YYYY-MM-DD) whose agenda
 * carried a report on the action plan: the last time the committee was told
 * how the plan stood.
 */
export function latestMeetingWithPlanReport(db: WorkspaceDatabase, filter: { planId: number; committeeId: number | null; before: string }): Meeting | null {
  const row = db
    .prepare(
      `SELECT m.* FROM meetings m
       WHERE m.meeting_date < @before
         AND (@committeeId IS NULL OR m.committee_id = @committeeId)
         AND EXISTS (
           SELECT 1 FROM agenda_items ai
           JOIN papers p ON p.agenda_item_id = ai.id
           JOIN documents d ON d.id = p.document_id
           WHERE ai.meeting_id = m.id AND d.kind = 'report' AND d.action_plan_id = @planId)
       ORDER BY m.meeting_date DESC, m.id DESC
       LIMIT 1`,
    )
    .get(filter);
  return row === undefined ? null : mapRow<Meeting>(row);
}
