import type { ApiParsedInput } from '../../../shared/api/contract';
import type { FollowUpListing, FollowUpStatus } from '../../../shared/api/methods/minutes';
import { CoreError } from '../errors';
import { readableDate } from './meetings';
import {
  deleteFollowUp,
  getDecisionCommitteeId,
  getFollowUp,
  getMeetingCommitteeId,
  insertFollowUp,
  listFollowUps,
  updateFollowUp,
  type FollowUpRow,
} from '../repositories/follow-ups';
import { audit, found, inTransaction, mustExist, todayOf, type ServiceContext } from './unit-of-work';

export function listFollowUpsService(ctx: ServiceContext, input: ApiParsedInput<'followUps/list'>): FollowUpListing[] {
  return listFollowUps(ctx.db, input, todayOf(ctx));
}

export function createFollowUp(ctx: ServiceContext, input: ApiParsedInput<'followUps/create'>): FollowUpListing {
  const { decisionId, ...values } = input;
  return inTransaction(ctx, () => {
    mustExist(ctx, 'decisions', decisionId, 'decisionId', 'decision');
    mustExist(ctx, 'people', values.ownerPersonId, 'ownerPersonId', 'person');
    const followUpId = insertFollowUp(ctx.db, decisionId, values, ctx.now().toISOString());
    audit(ctx, 'create', 'follow_up', followUpId, values.description);
    return loadListing(ctx, followUpId);
  });
}

/**
 * Changes a follow-up. Done or dropped records the day it was closed (today
 * unless given); open clears it; only a meeting of the same committee can hear it reported back.
 */
export function updateFollowUpService(ctx: ServiceContext, input: ApiParsedInput<'followUps/update'>): FollowUpListing {
  const { id: followUpId, ...values } = input;
  return inTransaction(ctx, () => {
    const before = found(getFollowUp(ctx.db, followUpId), 'follow-up', followUpId);
    mustExist(ctx, 'people', values.ownerPersonId, 'ownerPersonId', 'person');
    checkReportedMeeting(ctx, before.decisionId, values.reportedMeetingId);
    const status = values.status ?? before.status;
    const completedOn = completionDate(ctx, status, before, values.completedOn);
    updateFollowUp(ctx.db, followUpId, { ...values, completedOn }, ctx.now().toISOString());
    const after = loadListing(ctx, followUpId);
    audit(ctx, 'update', 'follow_up', followUpId, `${after.description} (${after.status})`);
    return after;
  });
}

export function deleteFollowUpService(ctx: ServiceContext, followUpId: number): { id: number } {
  return inTransaction(ctx, () => {
    const before = found(getFollowUp(ctx.db, followUpId), 'follow-up', followUpId);
    deleteFollowUp(ctx.db, followUpId);
    audit(ctx, 'delete', 'follow_up', followUpId, before.description);
    return { id: followUpId };
  });
}

function loadListing(ctx: ServiceContext, followUpId: number): FollowUpListing {
  return found(listFollowUps(ctx.db, { followUpId }, todayOf(ctx))[0], 'follow-up', followUpId);
}

function completionDate(ctx: ServiceContext, status: FollowUpStatus, before: FollowUpRow, given: string | null | undefined): string | null {
  if (given !== undefined && given !== null && given > todayOf(ctx)) {
    throw new CoreError('invalid_input', `completedOn: ${readableDate(given)} is after today. Give the day it was done, today or earlier.`);
  }
  switch (status) {
    case 'open':
      if (given !== undefined && given !== null) {
        throw new CoreError('invalid_input', 'completedOn: an open follow-up has no completion date. Mark it done or dropped, or leave the date out.');
      }
      return null;
    case 'done':
      return given ?? (before.status === 'done' ? before.completedOn : null) ?? todayOf(ctx);
    case 'dropped':
      // The day it was closed, so the recommendations monitor can report it once.
      return given ?? before.completedOn ?? todayOf(ctx);
  }
}

function checkReportedMeeting(ctx: ServiceContext, decisionId: number, reportedMeetingId: number | null | undefined): void {
  if (reportedMeetingId === null || reportedMeetingId === undefined) return;
  const committeeId = getMeetingCommitteeId(ctx.db, reportedMeetingId);
  if (committeeId === null) throw new CoreError('not_found', `reportedMeetingId: there is no meeting with id ${reportedMeetingId}.`);
  if (committeeId !== getDecisionCommitteeId(ctx.db, decisionId)) {
    throw new CoreError('invalid_input', `reportedMeetingId: meeting ${reportedMeetingId} belongs to another committee. A follow-up is reported back to the committee that asked for it.`);
  }
}
