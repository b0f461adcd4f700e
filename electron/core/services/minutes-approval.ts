// Minutes are approved as a correct record at a later meeting of the same
// committee (its "Minutes" item). From then on they are the record: they are
// minuted, locked against every change, and their references never move.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ApprovingMeetingChoice, MinutesApproval } from '../../../shared/api/methods/minutes';
import { CoreError } from '../errors';
import { insertDecision, listEntryDecisions } from '../repositories/decisions';
import { getMinuteEntry, getMinutesMeeting, listLaterMeetings, listMeetingEntries, recordMinutesApproval, type MinutesMeeting } from '../repositories/minutes';
import { approvalOf, describeMeeting, loadWritableMeeting, readableIsoDate } from './minutes';
import { audit, found, inTransaction, todayOf, type ServiceContext } from './unit-of-work';

/** The decision the approving meeting records: "To approve as a correct record the minutes of the meeting held on 24 June 2026." */
export function approvalDecisionText(meetingDate: string): string {
  return `To approve as a correct record the minutes of the meeting held on ${readableIsoDate(meetingDate)}.`;
}

/** The committee's later meetings, each saying whether it can approve this meeting's minutes now. */
export function listApprovingMeetings(ctx: ServiceContext, meetingId: number): ApprovingMeetingChoice[] {
  const meeting = found(getMinutesMeeting(ctx.db, meetingId), 'meeting', meetingId);
  const today = todayOf(ctx);
  return listLaterMeetings(ctx.db, meeting.committeeId, meeting.meetingDate).map((later) => ({
    meetingId: later.id,
    meetingDate: later.meetingDate,
    status: later.status,
    refusal: approvingMeetingRefusal(later, today),
  }));
}

/**
 * Records that a later meeting approved a meeting's minutes, in one
 * transaction: the approval and its date (the approving meeting's), the
 * status minuted, the audit line and, when asked, the approving meeting's
 * decision saying so.
 */
export function approveMinutes(ctx: ServiceContext, input: ApiParsedInput<'minutes/approve'>): MinutesApproval {
  const { meetingId, approvingMeetingId, recordOnMinuteEntryId } = input;
  return inTransaction(ctx, () => {
    const meeting = approvableMeeting(ctx, meetingId);
    const approving = approvingMeeting(ctx, meeting, approvingMeetingId);
    const decision = recordOnMinuteEntryId === undefined ? null : recordDecision(ctx, meeting, approving, recordOnMinuteEntryId);
    recordMinutesApproval(ctx.db, meetingId, approving.id, approving.meetingDate, ctx.now().toISOString());
    audit(ctx, 'update', 'meeting', meetingId, `Minutes of the ${describeMeeting(meeting)} approved as a correct record at the meeting of ${readableIsoDate(approving.meetingDate)}`);
    if (decision !== null) audit(ctx, 'create', 'decision', decision.id, `${decision.reference} decision ${decision.position}: ${approvalDecisionText(meeting.meetingDate)}`);
    const approval = approvalOf(found(getMinutesMeeting(ctx.db, meetingId), 'meeting', meetingId));
    if (approval === null) throw new Error('The approval was recorded but cannot be read back.');
    return approval;
  });
}

/**
 * Why a later meeting cannot approve minutes, or null when it can. It must
 * have taken place: held or minuted, or at least dated today or earlier (an
 * officer often records the approval before moving the meeting on to held).
 * A meeting still to come cannot approve anything: the committee may yet
 * amend the minutes when it meets. A cancelled meeting never met.
 */
function approvingMeetingRefusal(later: MinutesMeeting, today: string): string | null {
  const date = readableIsoDate(later.meetingDate);
  if (later.status === 'cancelled') return `The meeting of ${date} was cancelled, so it cannot approve minutes.`;
  if (later.status === 'held' || later.status === 'minuted' || later.meetingDate <= today) return null;
  return `The meeting of ${date} has not taken place yet, so it cannot have approved these minutes. Record the approval once it has been held.`;
}

function approvableMeeting(ctx: ServiceContext, meetingId: number): MinutesMeeting {
  const meeting = found(getMinutesMeeting(ctx.db, meetingId), 'meeting', meetingId);
  const approval = approvalOf(meeting);
  if (approval !== null) {
    throw new CoreError('conflict', `The minutes of the ${describeMeeting(meeting)} were already approved as a correct record at the meeting of ${readableIsoDate(approval.approvingMeetingDate)}.`);
  }
  // Held and not approved: loadWritableMeeting says why anything else has no minutes to approve.
  loadWritableMeeting(ctx, meetingId);
  if (listMeetingEntries(ctx.db, meetingId).length === 0) {
    throw new CoreError('conflict', `The ${describeMeeting(meeting)} has no minutes yet, so there is nothing to approve. Write its minutes first.`);
  }
  return meeting;
}

function approvingMeeting(ctx: ServiceContext, meeting: MinutesMeeting, approvingMeetingId: number): MinutesMeeting {
  const approving = getMinutesMeeting(ctx.db, approvingMeetingId);
  if (approving === null) throw new CoreError('not_found', `approvingMeetingId: there is no meeting with id ${approvingMeetingId}.`);
  const date = readableIsoDate(approving.meetingDate);
  if (approving.id === meeting.id) {
    throw new CoreError('invalid_input', 'approvingMeetingId: a meeting cannot approve its own minutes. Choose a later meeting of the committee.');
  }
  if (approving.committeeId !== meeting.committeeId) {
    throw new CoreError(
      'invalid_input',
      `approvingMeetingId: the meeting of ${date} is a meeting of the ${approving.committeeName}, not the ${meeting.committeeName}. Minutes are approved by a later meeting of the same committee.`,
    );
  }
  if (approving.meetingDate <= meeting.meetingDate) {
    throw new CoreError(
      'invalid_input',
      `approvingMeetingId: the meeting of ${date} is not later than the ${describeMeeting(meeting)}. Minutes are approved at a later meeting of the committee.`,
    );
  }
  const refusal = approvingMeetingRefusal(approving, todayOf(ctx));
  if (refusal !== null) throw new CoreError('conflict', `approvingMeetingId: ${refusal}`);
  return approving;
}

/** Adds the approval decision to the approving meeting's minute, unless that minute already says so. */
function recordDecision(ctx: ServiceContext, meeting: MinutesMeeting, approving: MinutesMeeting, entryId: number): { id: number; position: number; reference: string } | null {
  const entry = getMinuteEntry(ctx.db, entryId);
  if (entry === null) throw new CoreError('not_found', `recordOnMinuteEntryId: there is no minute entry with id ${entryId}.`);
  if (entry.meetingId !== approving.id) {
    throw new CoreError(
      'invalid_input',
      `recordOnMinuteEntryId: minute ${entry.reference} is not one of the minutes of the meeting of ${readableIsoDate(approving.meetingDate)}, which approves them. Choose that meeting’s “Minutes” minute.`,
    );
  }
  loadWritableMeeting(ctx, approving.id);
  const text = approvalDecisionText(meeting.meetingDate);
  if (listEntryDecisions(ctx.db, entryId).some((decision) => decision.text === text)) return null;
  const decisionId = insertDecision(ctx.db, entryId, text);
  const position = listEntryDecisions(ctx.db, entryId).find((decision) => decision.id === decisionId)?.position ?? 0;
  return { id: decisionId, position, reference: entry.reference };
}
