import type { ApiParsedInput } from '../../../shared/api/contract';
import type { MinuteEntry, Minutes, MinutesApproval, Renumbering } from '../../../shared/api/methods/minutes';
import { dateFromIso, formatDate } from '../../../shared/format/dates';
import { CoreError } from '../errors';
import { numberMinutes, numberingYearOf, type EntryNumber, type MeetingMinutes, type MinuteNumber } from '../domain/minute-numbering';
import { listAttendanceBounds, listAttendanceByStatus } from '../repositories/attendance';
import { listMeetingDecisions } from '../repositories/decisions';
import { listMeetingFollowUps } from '../repositories/follow-ups';
import {
  deleteMinuteEntry,
  getAgendaItemMeetingId,
  getCommitteePrefix,
  getMinuteEntry,
  getMinutesMeeting,
  getNumberingSettings,
  getPreviousMinutesMeeting,
  insertMinuteEntry,
  listCommitteeEntries,
  listCommitteesWithMinutes,
  listMeetingEntries,
  listReferencesHeldElsewhere,
  reorderMeetingEntries,
  updateMinuteEntry,
  writeEntryNumbers,
  type MinutesMeeting,
} from '../repositories/minutes';
import { audit, found, inTransaction, todayOf, type ServiceContext } from './unit-of-work';

/** The minutes of a meeting in seven queries, whatever their size. */
export function getMinutes(ctx: ServiceContext, meetingId: number): Minutes {
  const meeting = found(getMinutesMeeting(ctx.db, meetingId), 'meeting', meetingId);
  const previous = getPreviousMinutesMeeting(ctx.db, meeting.committeeId, meeting.meetingDate);
  const attendance = listAttendanceByStatus(ctx.db, meetingId);
  const entries = listMeetingEntries(ctx.db, meetingId);
  const decisions = listMeetingDecisions(ctx.db, meetingId);
  const followUps = listMeetingFollowUps(ctx.db, meetingId, todayOf(ctx));
  return {
    meetingId,
    meetingDate: meeting.meetingDate,
    startTime: meeting.startTime,
    status: meeting.status,
    committeeId: meeting.committeeId,
    committeeName: meeting.committeeName,
    minutePrefix: meeting.minutePrefix,
    attendance,
    entries: entries.map((entry) => ({
      ...entry,
      decisions: decisions
        .filter((decision) => decision.minuteEntryId === entry.id)
        .map((decision) => ({ ...decision, followUps: followUps.filter((followUp) => followUp.decisionId === decision.id) })),
    })),
    approval: approvalOf(meeting),
    previousMinutes: previous === null ? null : { meetingId: previous.id, meetingDate: previous.meetingDate, approval: approvalOf(previous) },
  };
}

/** How the meeting's minutes were approved, or null while they are open. */
export function approvalOf(meeting: MinutesMeeting): MinutesApproval | null {
  if (meeting.minutesApprovedMeetingId === null) return null;
  const approvingMeetingDate = meeting.approvingMeetingDate ?? meeting.minutesApprovedOn ?? meeting.meetingDate;
  return {
    approvingMeetingId: meeting.minutesApprovedMeetingId,
    approvingMeetingDate,
    approvedOn: meeting.minutesApprovedOn ?? approvingMeetingDate,
    lockReason: `The minutes of the ${describeMeeting(meeting)} were approved as a correct record at the meeting of ${readableIsoDate(approvingMeetingDate)}, so they cannot be changed.`,
  };
}

export function addMinuteEntry(ctx: ServiceContext, input: ApiParsedInput<'minutes/addEntry'>): MinuteEntry & Renumbering {
  const { meetingId, ...values } = input;
  return inTransaction(ctx, () => {
    const meeting = loadWritableMeeting(ctx, meetingId);
    checkAgendaItem(ctx, meetingId, values.agendaItemId);
    const provisional = { reference: '(new minute)', numberingYear: numberingYearOf(meeting.meetingDate, getNumberingSettings(ctx.db)), sequenceNumber: 1 };
    const entryId = insertMinuteEntry(ctx.db, meetingId, values, provisional, ctx.now().toISOString());
    const renumbered = countOtherMeetings(renumberCommitteeMinutes(ctx, meeting.committeeId), meetingId);
    const entry = found(getMinuteEntry(ctx.db, entryId), 'minute entry', entryId);
    audit(ctx, 'create', 'minute_entry', entryId, `${entry.reference} ${entry.heading}${describeRenumbering(renumbered)}`);
    return { ...entry, renumbered };
  });
}

export function updateMinuteEntryService(ctx: ServiceContext, input: ApiParsedInput<'minutes/updateEntry'>): MinuteEntry {
  const { id: entryId, ...values } = input;
  return inTransaction(ctx, () => {
    const before = found(getMinuteEntry(ctx.db, entryId), 'minute entry', entryId);
    loadWritableMeeting(ctx, before.meetingId);
    checkAgendaItem(ctx, before.meetingId, values.agendaItemId);
    updateMinuteEntry(ctx.db, entryId, values, ctx.now().toISOString());
    const entry = found(getMinuteEntry(ctx.db, entryId), 'minute entry', entryId);
    audit(ctx, 'update', 'minute_entry', entryId, `${entry.reference} ${entry.heading}`);
    return entry;
  });
}

/** Puts a meeting's minutes in a new order and gives its block of references out again in that order. */
export function reorderMinuteEntries(ctx: ServiceContext, meetingId: number, ids: readonly number[]): MinuteEntry[] {
  return inTransaction(ctx, () => {
    const meeting = loadWritableMeeting(ctx, meetingId);
    reorderMeetingEntries(ctx.db, meetingId, ids);
    const entries = listMeetingEntries(ctx.db, meetingId);
    refuseBackwardAttendance(ctx, meetingId, entries);
    renumberCommitteeMinutes(ctx, meeting.committeeId);
    audit(ctx, 'reorder', 'minute_entry', null, `Minutes of ${describeMeeting(meeting)} put in a new order`);
    return listMeetingEntries(ctx.db, meetingId);
  });
}

/** Deletes a minute with its decisions and follow-ups; the references after it close up. */
export function deleteMinuteEntryService(ctx: ServiceContext, entryId: number): { id: number } & Renumbering {
  return inTransaction(ctx, () => {
    const entry = found(getMinuteEntry(ctx.db, entryId), 'minute entry', entryId);
    const meeting = loadWritableMeeting(ctx, entry.meetingId);
    const bound = listAttendanceBounds(ctx.db, entry.meetingId).find((item) => item.fromMinuteId === entryId || item.toMinuteId === entryId);
    if (bound) {
      throw new CoreError('conflict', `${bound.fullName}’s attendance starts or ends at minute ${entry.reference}. Change the attendance first, then delete the minute.`);
    }
    deleteMinuteEntry(ctx.db, entryId);
    reorderMeetingEntries(ctx.db, entry.meetingId, listMeetingEntries(ctx.db, entry.meetingId).map((remaining) => remaining.id));
    const renumbered = countOtherMeetings(renumberCommitteeMinutes(ctx, meeting.committeeId), entry.meetingId);
    audit(ctx, 'delete', 'minute_entry', entryId, `${entry.reference} ${entry.heading}${describeRenumbering(renumbered)}`);
    return { id: entryId, renumbered };
  });
}

/**
 * The meeting, if its minutes may be written: once it has been held, and
 * until a later meeting approves them. Every write to minutes (entries,
 * attendance, decisions) passes through here, so approved minutes are locked
 * in one place.
 */
export function loadWritableMeeting(ctx: ServiceContext, meetingId: number): MinutesMeeting {
  const meeting = found(getMinutesMeeting(ctx.db, meetingId), 'meeting', meetingId);
  const approval = approvalOf(meeting);
  if (approval !== null) throw new CoreError('conflict', approval.lockReason);
  switch (meeting.status) {
    case 'held':
    case 'minuted':
      return meeting;
    case 'draft':
    case 'issued':
      throw new CoreError('conflict', `The ${describeMeeting(meeting)} has not been held yet (its status is ${meeting.status}). Mark the meeting as held first, then write its minutes.`);
    case 'cancelled':
      throw new CoreError('conflict', `The ${describeMeeting(meeting)} was cancelled, so it has no minutes. Reinstate the meeting first if it did take place.`);
  }
}

/** "Ofsted Subgroup meeting of 26 June 2018", for messages and the audit trail. */
export function describeMeeting(meeting: Pick<MinutesMeeting, 'committeeName' | 'meetingDate'>): string {
  return `${meeting.committeeName} meeting of ${readableIsoDate(meeting.meetingDate)}`;
}

/** "2018-06-26" → "26 June 2018". */
export function readableIsoDate(isoDate: string): string {
  return formatDate(dateFromIso(isoDate));
}

/**
 * Brings every minute reference of a committee in line with the numbering
 * rule and returns the entries whose number changed. Call it after anything
 * that moves the numbering: minutes added, removed or reordered, a meeting's
 * date changed or a meeting deleted, the committee's prefix changed.
 */
export function renumberCommitteeMinutes(ctx: ServiceContext, committeeId: number): MinuteNumber[] {
  const prefix = getCommitteePrefix(ctx.db, committeeId);
  if (prefix === null) return [];
  return renumber(ctx, [{ id: committeeId, minutePrefix: prefix }]);
}

/** Renumbers the minutes of every committee: for a change to the authority's numbering rule. Returns how many references changed. */
export function renumberAllMinutes(ctx: ServiceContext): number {
  return renumber(ctx, listCommitteesWithMinutes(ctx.db)).length;
}

/** Approved minutes go in with the numbers they carry, which the rule then keeps (see numberMinutes). */
function renumber(ctx: ServiceContext, committees: readonly { id: number; minutePrefix: string }[]): MinuteNumber[] {
  const settings = getNumberingSettings(ctx.db);
  const changed: MinuteNumber[] = [];
  for (const committee of committees) {
    const current = listCommitteeEntries(ctx.db, committee.id);
    const meetings = new Map<number, MeetingMinutes & { entryIds: number[]; approvedNumbers?: EntryNumber[] }>();
    for (const entry of current) {
      const meeting = meetings.get(entry.meetingId) ?? {
        meetingId: entry.meetingId,
        meetingDate: entry.meetingDate,
        startTime: entry.startTime,
        entryIds: [],
        ...(entry.isApproved ? { approvedNumbers: [] } : {}),
      };
      meeting.entryIds.push(entry.entryId);
      meeting.approvedNumbers?.push({ reference: entry.reference, numberingYear: entry.numberingYear, sequenceNumber: entry.sequenceNumber });
      meetings.set(entry.meetingId, meeting);
    }
    const byId = new Map(current.map((entry) => [entry.entryId, entry]));
    const reserved = listReferencesHeldElsewhere(ctx.db, committee.id, committee.minutePrefix);
    for (const number of numberMinutes(committee.minutePrefix, settings, [...meetings.values()], reserved)) {
      const before = byId.get(number.entryId);
      if (before?.reference !== number.reference || before.numberingYear !== number.numberingYear || before.sequenceNumber !== number.sequenceNumber) {
        changed.push(number);
      }
    }
  }
  writeEntryNumbers(ctx.db, changed);
  return changed;
}

/** How many of the changed numbers belong to other meetings than this one. */
export function countOtherMeetings(changed: readonly MinuteNumber[], meetingId: number): number {
  return changed.filter((number) => number.meetingId !== meetingId).length;
}

/** " (3 later minute references renumbered)", for the audit trail; nothing when none moved. */
export function describeRenumbering(renumbered: number): string {
  if (renumbered === 0) return '';
  return ` (${renumbered} later minute ${renumbered === 1 ? 'reference' : 'references'} renumbered)`;
}

function checkAgendaItem(ctx: ServiceContext, meetingId: number, agendaItemId: number | null | undefined): void {
  if (agendaItemId === null || agendaItemId === undefined) return;
  const itemMeetingId = getAgendaItemMeetingId(ctx.db, agendaItemId);
  if (itemMeetingId === null) throw new CoreError('not_found', `agendaItemId: there is no agenda item with id ${agendaItemId}.`);
  if (itemMeetingId !== meetingId) {
    throw new CoreError('invalid_input', `agendaItemId: agenda item ${agendaItemId} is on the agenda of another meeting. Choose an item of this meeting’s agenda.`);
  }
}

/** A new order must not put the end of someone's partial attendance before its start. */
function refuseBackwardAttendance(ctx: ServiceContext, meetingId: number, entries: readonly MinuteEntry[]): void {
  const positions = new Map(entries.map((entry) => [entry.id, entry]));
  for (const bound of listAttendanceBounds(ctx.db, meetingId)) {
    const from = bound.fromMinuteId === null ? undefined : positions.get(bound.fromMinuteId);
    const to = bound.toMinuteId === null ? undefined : positions.get(bound.toMinuteId);
    if (from && to && from.position > to.position) {
      throw new CoreError(
        'conflict',
        `That order would put the end of ${bound.fullName}’s attendance (“${to.heading}”) before its start (“${from.heading}”). Change the attendance first, or choose another order.`,
      );
    }
  }
}
