import type { MeetingStatus, MinuteEntry } from '../../../shared/api/methods/minutes';
import type { RichText } from '../../../shared/api/schema';
import type { WorkspaceDatabase } from '../db/connection';
import type { EntryNumber, NumberingSettings } from '../domain/minute-numbering';
import { deleteRow, insertRow, mapRow, mapRows, nextPosition, reorderRows, selectRow, updateRow } from './rows';

/** A meeting as the minutes need it: its committee and the prefix of its references. */
export type MinutesMeeting = {
  id: number;
  committeeId: number;
  committeeName: string;
  minutePrefix: string;
  meetingDate: string;
  startTime: string | null;
  status: MeetingStatus;
  /** The later meeting that approved these minutes, its date and the date recorded; null until approved. */
  minutesApprovedMeetingId: number | null;
  approvingMeetingDate: string | null;
  minutesApprovedOn: string | null;
};

/** A minute entry's current number, with the meeting that orders it. */
export type NumberedEntry = {
  entryId: number;
  meetingId: number;
  meetingDate: string;
  startTime: string | null;
  reference: string;
  numberingYear: number;
  sequenceNumber: number;
  /** Its meeting's minutes are approved, so this number is kept. */
  isApproved: boolean;
};

export type { EntryNumber };

type EntryValues = {
  heading?: string | undefined;
  agendaItemId?: number | null | undefined;
  isPublicExcluded?: boolean | undefined;
  discussion?: RichText | undefined;
};

const MINUTES_MEETING = `
  SELECT m.id, m.committee_id, c.name AS committee_name, c.minute_prefix, m.meeting_date, m.start_time, m.status,
         m.minutes_approved_meeting_id, a.meeting_date AS approving_meeting_date, m.minutes_approved_on
  FROM meetings m
  JOIN committees c ON c.id = m.committee_id
  LEFT JOIN meetings a ON a.id = m.minutes_approved_meeting_id`;

export function getMinutesMeeting(db: WorkspaceDatabase, meetingId: number): MinutesMeeting | null {
  const row = db.prepare(`${MINUTES_MEETING} WHERE m.id = ?`).get(meetingId);
  return row === undefined ? null : mapRow<MinutesMeeting>(row);
}

/**
 * The committee's latest meeting before a date that has minutes: the minutes
 * the next meeting's "Minutes" item takes for approval, and the ones its pack
 * prints.
 */
export function getPreviousMinutesMeeting(db: WorkspaceDatabase, committeeId: number, before: string): MinutesMeeting | null {
  const row = db
    .prepare(
      `${MINUTES_MEETING}
       WHERE m.committee_id = ? AND m.meeting_date < ? AND EXISTS (SELECT 1 FROM minute_entries e WHERE e.meeting_id = m.id)
       ORDER BY m.meeting_date DESC, m.start_time DESC NULLS LAST, m.id DESC
       LIMIT 1`,
    )
    .get(committeeId, before);
  return row === undefined ? null : mapRow<MinutesMeeting>(row);
}

/** The committee's meetings after a date, in date order, with their state: the meetings that could approve minutes of that date. */
export function listLaterMeetings(db: WorkspaceDatabase, committeeId: number, after: string): MinutesMeeting[] {
  const rows = db
    .prepare(`${MINUTES_MEETING} WHERE m.committee_id = ? AND m.meeting_date > ? ORDER BY m.meeting_date, m.start_time NULLS LAST, m.id`)
    .all(committeeId, after);
  return mapRows<MinutesMeeting>(rows);
}

export function getNumberingSettings(db: WorkspaceDatabase): NumberingSettings {
  const row = db.prepare('SELECT minute_numbering, municipal_year_start_month FROM authority_settings WHERE id = 1').get();
  return mapRow<NumberingSettings>(row);
}

export function getMinuteEntry(db: WorkspaceDatabase, entryId: number): MinuteEntry | null {
  return selectRow<MinuteEntry>(db, 'minute_entries', entryId);
}

export function listMeetingEntries(db: WorkspaceDatabase, meetingId: number): MinuteEntry[] {
  return mapRows<MinuteEntry>(db.prepare('SELECT * FROM minute_entries WHERE meeting_id = ? ORDER BY position, id').all(meetingId));
}

/** Adds an entry at the end of its meeting under a provisional number; the caller renumbers at once. */
export function insertMinuteEntry(db: WorkspaceDatabase, meetingId: number, values: EntryValues & { heading: string }, provisional: EntryNumber, at: string): number {
  const position = nextPosition(db, 'minute_entries', 'meeting_id', meetingId);
  return insertRow(db, 'minute_entries', { ...values, ...provisional, meetingId, position, createdAt: at, updatedAt: at });
}

export function updateMinuteEntry(db: WorkspaceDatabase, entryId: number, values: EntryValues, at: string): boolean {
  return updateRow(db, 'minute_entries', entryId, { ...values, updatedAt: at });
}

export function deleteMinuteEntry(db: WorkspaceDatabase, entryId: number): boolean {
  return deleteRow(db, 'minute_entries', entryId);
}

/** Positions 1…n in the order given; a stale list is refused. */
export function reorderMeetingEntries(db: WorkspaceDatabase, meetingId: number, ids: readonly number[]): void {
  reorderRows(db, 'minute_entries', 'meeting_id', meetingId, ids);
}

/** Every minute entry of a committee with its meeting's date, for numbering. */
export function listCommitteeEntries(db: WorkspaceDatabase, committeeId: number): NumberedEntry[] {
  const rows = db
    .prepare(
      `SELECT e.id AS entry_id, e.meeting_id, m.meeting_date, m.start_time, e.reference, e.numbering_year, e.sequence_number,
              m.minutes_approved_meeting_id IS NOT NULL AS is_approved
       FROM minute_entries e JOIN meetings m ON m.id = e.meeting_id
       WHERE m.committee_id = ?
       ORDER BY e.meeting_id, e.position, e.id`,
    )
    .all(committeeId);
  return mapRows<NumberedEntry>(rows);
}

/**
 * References starting with the prefix that other committees' minutes carry:
 * approved minutes keep a committee's old prefix, which another committee may
 * since have taken up.
 */
export function listReferencesHeldElsewhere(db: WorkspaceDatabase, committeeId: number, prefix: string): Set<string> {
  const references = db
    .prepare(
      `SELECT e.reference FROM minute_entries e JOIN meetings m ON m.id = e.meeting_id
       WHERE m.committee_id <> ? AND substr(e.reference, 1, length(?) + 1) = ? || '/'`,
    )
    .pluck()
    .all(committeeId, prefix, prefix) as string[];
  return new Set(references);
}

/** Records that a later meeting approved a meeting's minutes as a correct record, which makes them minuted. */
export function recordMinutesApproval(db: WorkspaceDatabase, meetingId: number, approvingMeetingId: number, approvedOn: string, at: string): void {
  db.prepare(
    `UPDATE meetings SET minutes_approved_meeting_id = ?, minutes_approved_on = ?, status = 'minuted', updated_at = ?
     WHERE id = ?`,
  ).run(approvingMeetingId, approvedOn, at, meetingId);
}

/** The committees that have minutes, with their prefixes. */
export function listCommitteesWithMinutes(db: WorkspaceDatabase): { id: number; minutePrefix: string }[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.minute_prefix FROM committees c
       WHERE EXISTS (SELECT 1 FROM meetings m JOIN minute_entries e ON e.meeting_id = m.id WHERE m.committee_id = c.id)
       ORDER BY c.id`,
    )
    .all();
  return mapRows(rows);
}

export function getCommitteePrefix(db: WorkspaceDatabase, committeeId: number): string | null {
  const prefix = db.prepare('SELECT minute_prefix FROM committees WHERE id = ?').pluck().get(committeeId);
  return typeof prefix === 'string' ? prefix : null;
}

/**
 * Gives entries new numbers without ever breaking the UNIQUE reference: first
 * every moving entry takes a placeholder (no slash, so never a real
 * reference), then each takes its new number.
 */
export function writeEntryNumbers(db: WorkspaceDatabase, numbers: readonly (EntryNumber & { entryId: number })[]): void {
  const park = db.prepare("UPDATE minute_entries SET reference = '(renumbering ' || id || ')' WHERE id = ?");
  const place = db.prepare('UPDATE minute_entries SET reference = @reference, numbering_year = @numberingYear, sequence_number = @sequenceNumber WHERE id = @entryId');
  for (const number of numbers) park.run(number.entryId);
  for (const number of numbers) place.run({ entryId: number.entryId, reference: number.reference, numberingYear: number.numberingYear, sequenceNumber: number.sequenceNumber });
}

/** The agenda item's meeting, or null when there is no such item. */
export function getAgendaItemMeetingId(db: WorkspaceDatabase, agendaItemId: number): number | null {
  const meetingId = db.prepare('SELECT meeting_id FROM agenda_items WHERE id = ?').pluck().get(agendaItemId);
  return typeof meetingId === 'number' ? meetingId : null;
}
