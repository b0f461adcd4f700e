import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Meeting, MeetingDetail, MeetingStatus, MeetingSummary, MeetingWithWarnings, Paper } from '../../../shared/api/methods/meetings';
import { dateFromIso, formatDate } from '../../../shared/format/dates';
import { meetingDateWarnings } from '../domain/agenda-dates';
import { CoreError } from '../errors';
import { listAgendaItems } from '../repositories/agenda-items';
import {
  countIssuedPacks,
  deleteMeeting,
  findMeetingOnDate,
  getMeeting,
  getMeetingCommittee,
  getMeetingWithCommittee,
  hasMinutes,
  insertMeeting,
  listMeetings,
  listMinutesApprovedAt,
  updateMeeting,
  type MeetingCommittee,
} from '../repositories/meetings';
import { listMeetingEntries } from '../repositories/minutes';
import { listPapersOfMeeting } from '../repositories/papers';
import { listIdsOf, placeItems } from '../repositories/work-programme';
import { derivedReportDeadline, nonWorkingCalendarOf } from './calendar';
import { renumberCommitteeMinutes } from './minutes';
import { audit, found, inTransaction, mustExist, refuseIfInUse, todayOf, type ServiceContext } from './unit-of-work';

const STATUS_ORDER: readonly MeetingStatus[] = ['draft', 'issued', 'held', 'minuted'];

/** "2018-10-02" → "2 October 2018", for messages. */
export function readableDate(isoDate: string): string {
  return formatDate(dateFromIso(isoDate));
}

/**
 * The meeting, refusing one that is minuted (its minutes are the record of
 * what was on it) or cancelled (it stays on record as it stood when called
 * off). `field` names the input that pointed at it, if any.
 */
export function meetingOpenForChange(ctx: ServiceContext, meetingId: number, field: string | null, consequence: string): Meeting {
  if (field !== null) mustExist(ctx, 'meetings', meetingId, field, 'meeting');
  const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
  if (meeting.status === 'minuted') {
    throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} is minuted, so ${consequence}.`);
  }
  if (meeting.status === 'cancelled') {
    throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} was cancelled, so ${consequence}. Reinstate the meeting first if it is going ahead.`);
  }
  return meeting;
}

/** What is worth a second look about a meeting on that date (the meeting is saved all the same). */
function dateWarnings(ctx: ServiceContext, meetingDate: string): string[] {
  return meetingDateWarnings(meetingDate, todayOf(ctx), nonWorkingCalendarOf(ctx));
}

export function listMeetingsService(ctx: ServiceContext, input: ApiParsedInput<'meetings/list'>): MeetingSummary[] {
  if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
    throw new CoreError('invalid_input', `from: the range starts (${input.from}) after it ends (${input.to}). Swap the two dates.`);
  }
  return listMeetings(ctx.db, input);
}

/** The meeting with its agenda and papers: three queries, however long the agenda. */
export function getMeetingService(ctx: ServiceContext, meetingId: number): MeetingDetail {
  const meeting = found(getMeetingWithCommittee(ctx.db, meetingId), 'meeting', meetingId);
  const papersByItem = new Map<number, Paper[]>();
  for (const paper of listPapersOfMeeting(ctx.db, meetingId)) {
    const papers = papersByItem.get(paper.agendaItemId);
    if (papers) papers.push(paper);
    else papersByItem.set(paper.agendaItemId, [paper]);
  }
  const agendaItems = listAgendaItems(ctx.db, meetingId).map((item) => ({ ...item, papers: papersByItem.get(item.id) ?? [] }));
  return { ...meeting, agendaItems };
}

/** The authority's rule, not counting weekends, bank holidays or the authority's own non-working days. */
function derivedDeadline(ctx: ServiceContext, meetingDate: string): string {
  return derivedReportDeadline(ctx, meetingDate);
}

function refuseDeadlineAfterMeeting(deadline: string | null, meetingDate: string): void {
  if (deadline !== null && deadline > meetingDate) {
    throw new CoreError(
      'invalid_input',
      `reportDeadline: the report deadline (${readableDate(deadline)}) is after the meeting (${readableDate(meetingDate)}). Give an earlier date, or reset it to the authority’s rule.`,
    );
  }
}

function refuseSecondMeeting(ctx: ServiceContext, committee: MeetingCommittee, meetingDate: string, exceptId: number | null): void {
  const other = findMeetingOnDate(ctx.db, committee.id, meetingDate, exceptId);
  if (other !== null) {
    throw new CoreError('conflict', `${committee.name} already has a meeting on ${readableDate(meetingDate)} (meeting ${other}). Open that meeting, or choose another date.`);
  }
}

function committeeOf(ctx: ServiceContext, committeeId: number): MeetingCommittee {
  return found(getMeetingCommittee(ctx.db, committeeId), 'committee', committeeId);
}

export function createMeeting(ctx: ServiceContext, input: ApiParsedInput<'meetings/create'>): MeetingWithWarnings {
  return inTransaction(ctx, () => {
    mustExist(ctx, 'committees', input.committeeId, 'committeeId', 'committee');
    const committee = committeeOf(ctx, input.committeeId);
    if (committee.archivedAt !== null) {
      throw new CoreError('conflict', `${committee.name} is archived, so no meetings can be added to it. Bring the committee back from the archive first.`);
    }
    refuseSecondMeeting(ctx, committee, input.meetingDate, null);
    const deadline = input.reportDeadline ?? derivedDeadline(ctx, input.meetingDate);
    refuseDeadlineAfterMeeting(deadline, input.meetingDate);
    const meetingId = insertMeeting(
      ctx.db,
      {
        ...input,
        venue: input.venue ?? committee.defaultVenue,
        startTime: input.startTime === undefined ? committee.defaultStartTime : input.startTime,
        reportDeadline: deadline,
        isReportDeadlineManual: input.reportDeadline !== undefined,
      },
      ctx.now().toISOString(),
    );
    audit(ctx, 'create', 'meeting', meetingId, `${committee.name}, ${input.meetingDate}`);
    return { ...found(getMeeting(ctx.db, meetingId), 'meeting', meetingId), warnings: dateWarnings(ctx, input.meetingDate) };
  });
}

export function updateMeetingService(ctx: ServiceContext, input: ApiParsedInput<'meetings/update'>): MeetingWithWarnings {
  const { id: meetingId, resetReportDeadline, ...values } = input;
  return inTransaction(ctx, () => {
    const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
    const committee = committeeOf(ctx, meeting.committeeId);
    const meetingDate = values.meetingDate ?? meeting.meetingDate;
    const isNewDate = meetingDate !== meeting.meetingDate;
    if (isNewDate && meeting.status === 'minuted') {
      throw new CoreError('conflict', 'This meeting is minuted, so its date cannot change: its minute references depend on it. Correct the minutes instead.');
    }
    if (isNewDate) refuseSecondMeeting(ctx, committee, meetingDate, meetingId);

    let deadline: Pick<Meeting, 'reportDeadline' | 'isReportDeadlineManual'> = meeting;
    if (resetReportDeadline) deadline = { reportDeadline: derivedDeadline(ctx, meetingDate), isReportDeadlineManual: false };
    else if (values.reportDeadline !== undefined) deadline = { reportDeadline: values.reportDeadline, isReportDeadlineManual: true };
    else if (isNewDate && !meeting.isReportDeadlineManual) deadline = { reportDeadline: derivedDeadline(ctx, meetingDate), isReportDeadlineManual: false };
    refuseDeadlineAfterMeeting(deadline.reportDeadline, meetingDate);

    updateMeeting(
      ctx.db,
      meetingId,
      { ...values, reportDeadline: deadline.reportDeadline, isReportDeadlineManual: deadline.isReportDeadlineManual },
      ctx.now().toISOString(),
    );
    // Minutes number on in date order, so a held meeting that moves may change places.
    if (isNewDate) renumberCommitteeMinutes(ctx, meeting.committeeId);
    audit(ctx, 'update', 'meeting', meetingId, `${committee.name}, ${meetingDate}`);
    // Only a new date is worth warning about: the officer has already seen the old one.
    return { ...found(getMeeting(ctx.db, meetingId), 'meeting', meetingId), warnings: isNewDate ? dateWarnings(ctx, meetingDate) : [] };
  });
}

/** One step on, or one step back (never out of minuted: the minutes are the record). */
function refuseStatusJump(from: MeetingStatus, to: MeetingStatus): void {
  if (from === 'minuted') {
    throw new CoreError('conflict', 'This meeting is minuted: its minutes are the record of it, so its status cannot go back.');
  }
  if (from === 'cancelled' || to === 'cancelled') {
    throw new CoreError('conflict', from === 'cancelled'
      ? 'This meeting was cancelled. Reinstate it first (it comes back as a draft).'
      : 'A meeting is cancelled with its own action, which records the date and the note for the public notice.');
  }
  const step = STATUS_ORDER.indexOf(to) - STATUS_ORDER.indexOf(from);
  if (Math.abs(step) !== 1) {
    const next = STATUS_ORDER[STATUS_ORDER.indexOf(from) + 1];
    const previous = STATUS_ORDER[STATUS_ORDER.indexOf(from) - 1];
    const choices = [next, previous].filter((status) => status !== undefined).join(' or ');
    throw new CoreError('conflict', `A meeting moves one step at a time (draft → issued → held → minuted). This one is ${from}, so it can go to ${choices}, not ${to}.`);
  }
}

export function setMeetingStatus(ctx: ServiceContext, meetingId: number, status: MeetingStatus): Meeting {
  return inTransaction(ctx, () => {
    const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
    if (meeting.status === status) return meeting;
    refuseStatusJump(meeting.status, status);
    if (status === 'minuted' && listMeetingEntries(ctx.db, meetingId).length > 0) {
      // Only approval records which meeting agreed the minutes; marking minuted by hand is for minutes kept outside the workspace.
      throw new CoreError('conflict', `The minutes of the meeting of ${readableDate(meeting.meetingDate)} are in the workspace, so they become the record when a later meeting approves them. Use Approve minutes on the minutes page, which records the meeting that approved them.`);
    }
    const isFirstIssue = status === 'issued' && meeting.agendaIssueDate === null;
    updateMeeting(ctx.db, meetingId, { status, agendaIssueDate: isFirstIssue ? todayOf(ctx) : undefined }, ctx.now().toISOString());
    audit(ctx, 'update', 'meeting', meetingId, `${meeting.meetingDate}: ${meeting.status} → ${status}`);
    return found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
  });
}

const CANCEL_INSTEAD = 'Cancel the meeting instead; it stays on record.';

/**
 * Calls a draft or issued meeting off: it stays on record as cancelled today,
 * with the note the public notice gives. Its agenda and work programme items
 * are kept, so reinstating it brings everything back.
 */
export function cancelMeeting(ctx: ServiceContext, meetingId: number, note: string): Meeting {
  return inTransaction(ctx, () => {
    const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
    if (meeting.status === 'cancelled') {
      throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} was already cancelled on ${readableDate(meeting.cancelledOn ?? meeting.meetingDate)}.`);
    }
    if (meeting.status === 'held' || meeting.status === 'minuted') {
      throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} has been ${meeting.status}, so it cannot be cancelled. If it is marked held by mistake, move it back to issued first.`);
    }
    const approved = approvedHere(ctx, meetingId);
    if (approved !== null) throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} ${approved}, so it took place and cannot be cancelled.`);
    const cancelledOn = todayOf(ctx);
    updateMeeting(ctx.db, meetingId, { status: 'cancelled', cancelledOn, cancellationNote: note.trim() }, ctx.now().toISOString());
    audit(ctx, 'update', 'meeting', meetingId, `${meeting.meetingDate}: cancelled on ${cancelledOn}${note.trim() === '' ? '' : ` (${note.trim()})`}`);
    return found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
  });
}

/** Brings a cancelled meeting back as a draft; the cancellation date and note are cleared. */
export function reinstateMeeting(ctx: ServiceContext, meetingId: number): Meeting {
  return inTransaction(ctx, () => {
    const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
    if (meeting.status !== 'cancelled') {
      throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} is not cancelled (it is ${meeting.status}), so there is nothing to reinstate.`);
    }
    updateMeeting(ctx.db, meetingId, { status: 'draft', cancelledOn: null, cancellationNote: '' }, ctx.now().toISOString());
    audit(ctx, 'update', 'meeting', meetingId, `${meeting.meetingDate}: reinstated as a draft`);
    return found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
  });
}

/** "approved the minutes of the meeting of 14 July 2026" when the meeting approved any minutes, or null. */
function approvedHere(ctx: ServiceContext, meetingId: number): string | null {
  const dates = listMinutesApprovedAt(ctx.db, meetingId).map(readableDate);
  if (dates.length === 0) return null;
  return `approved the minutes of the ${dates.length === 1 ? 'meeting' : 'meetings'} of ${dates.join(' and ')}`;
}

/** Why the meeting must stay on record, or null when it may be deleted. */
function reasonToKeep(ctx: ServiceContext, meeting: Meeting): string | null {
  if (meeting.status === 'minuted') return 'This meeting is minuted, so it is part of the record and cannot be deleted.';
  const approved = approvedHere(ctx, meeting.id);
  if (approved !== null) return `This meeting ${approved}, so it is part of the record and cannot be deleted.`;
  // Only a meeting that has not been held can be called off instead.
  const instead = meeting.status === 'draft' || meeting.status === 'issued' ? ` ${CANCEL_INSTEAD}` : '';
  if (hasMinutes(ctx.db, meeting.id)) return `This meeting has minutes, so it is part of the record and cannot be deleted.${instead}`;
  if (countIssuedPacks(ctx.db, meeting.id) > 0) return `Packs have been issued for this meeting, so it cannot be deleted.${instead}`;
  if (meeting.status !== 'draft' && meeting.status !== 'cancelled') {
    return `Only a draft meeting can be deleted; this one is ${meeting.status}.${instead || ' It took place, so it stays on record.'}`;
  }
  return null;
}

/**
 * Deletes a draft (or cancelled) meeting with no minutes and no issued packs;
 * its agenda goes with it, its work programme items go back to be scheduled.
 */
export function deleteMeetingService(ctx: ServiceContext, meetingId: number): { id: number } {
  return inTransaction(ctx, () => {
    const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
    const reason = reasonToKeep(ctx, meeting);
    if (reason !== null) throw new CoreError('conflict', reason);
    // Explicitly, rather than by ON DELETE SET NULL, so they join the end of the list in their order.
    const scheduled = listIdsOf(ctx.db, meeting.committeeId, meetingId);
    if (scheduled.length > 0) placeItems(ctx.db, null, [...listIdsOf(ctx.db, meeting.committeeId, null), ...scheduled]);
    try {
      deleteMeeting(ctx.db, meetingId);
    } catch (error) {
      refuseIfInUse(error, 'meeting');
    }
    const unscheduled = scheduled.length > 0 ? `; ${scheduled.length} work programme item(s) back to be scheduled` : '';
    audit(ctx, 'delete', 'meeting', meetingId, `${meeting.meetingDate}${unscheduled}`);
    return { id: meetingId };
  });
}
