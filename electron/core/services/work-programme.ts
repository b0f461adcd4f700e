import type { ApiParsedInput } from '../../../shared/api/contract';
import type { WorkProgrammeItem } from '../../../shared/api/methods/work-programme';
import { CoreError } from '../errors';
import {
  deleteWorkProgrammeItem,
  getWorkProgrammeItem,
  insertWorkProgrammeItem,
  listIdsOf,
  listWorkProgramme,
  placeItems,
  reorderWorkProgramme,
  updateWorkProgrammeItem,
} from '../repositories/work-programme';
import { getMeeting } from '../repositories/meetings';
import { meetingOpenForChange, readableDate } from './meetings';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

/** A meeting an item can be scheduled for: one of the same committee, not yet minuted. */
function refuseUnsuitableMeeting(ctx: ServiceContext, meetingId: number | null | undefined, committeeId: number): void {
  if (meetingId === null || meetingId === undefined) return;
  const meeting = meetingOpenForChange(ctx, meetingId, 'meetingId', 'nothing more can be scheduled for it');
  if (meeting.committeeId !== committeeId) {
    throw new CoreError('invalid_input', 'meetingId: that meeting belongs to another committee. Schedule the item for a meeting of its own committee.');
  }
}

/** An item of a minuted meeting is part of what that meeting considered: it stays where it is. */
function refuseMinutedSource(ctx: ServiceContext, item: WorkProgrammeItem, consequence: string): void {
  if (item.meetingId === null) return;
  const meeting = getMeeting(ctx.db, item.meetingId);
  if (meeting?.status !== 'minuted') return;
  throw new CoreError(
    'conflict',
    `“${item.item}” was on the work programme of the meeting of ${readableDate(meeting.meetingDate)}, whose minutes are approved, so ${consequence}: it is part of the record. To take the subject to a later meeting, add it to the work programme again.`,
  );
}

function getItem(ctx: ServiceContext, itemId: number): WorkProgrammeItem {
  return found(getWorkProgrammeItem(ctx.db, itemId), 'work programme item', itemId);
}

export function listWorkProgrammeService(ctx: ServiceContext, committeeId: number): WorkProgrammeItem[] {
  mustExist(ctx, 'committees', committeeId, 'committeeId', 'committee');
  return listWorkProgramme(ctx.db, committeeId);
}

export function createWorkProgrammeItem(ctx: ServiceContext, input: ApiParsedInput<'workProgramme/create'>): WorkProgrammeItem {
  const { committeeId, meetingId, ...values } = input;
  return inTransaction(ctx, () => {
    mustExist(ctx, 'committees', committeeId, 'committeeId', 'committee');
    refuseUnsuitableMeeting(ctx, meetingId, committeeId);
    const itemId = insertWorkProgrammeItem(ctx.db, committeeId, meetingId ?? null, values, ctx.now().toISOString());
    audit(ctx, 'create', 'work_programme_item', itemId, values.item);
    return getItem(ctx, itemId);
  });
}

export function updateWorkProgrammeItemService(ctx: ServiceContext, input: ApiParsedInput<'workProgramme/update'>): WorkProgrammeItem {
  const { id: itemId, ...values } = input;
  return inTransaction(ctx, () => {
    found(updateWorkProgrammeItem(ctx.db, itemId, values, ctx.now().toISOString()) || null, 'work programme item', itemId);
    const item = getItem(ctx, itemId);
    audit(ctx, 'update', 'work_programme_item', itemId, item.item);
    return item;
  });
}

/**
 * Schedules the item for another meeting (or none: to be scheduled) at a
 * position (default: last); both lists are renumbered 1…n.
 */
export function moveWorkProgrammeItem(ctx: ServiceContext, input: ApiParsedInput<'workProgramme/move'>): WorkProgrammeItem {
  return inTransaction(ctx, () => {
    const item = getItem(ctx, input.id);
    refuseMinutedSource(ctx, item, 'it cannot be moved');
    refuseUnsuitableMeeting(ctx, input.meetingId, item.committeeId);
    const source = listIdsOf(ctx.db, item.committeeId, item.meetingId).filter((itemId) => itemId !== item.id);
    const isSameList = input.meetingId === item.meetingId;
    const target = isSameList ? source : listIdsOf(ctx.db, item.committeeId, input.meetingId);
    const index = Math.min((input.position ?? target.length + 1) - 1, target.length);
    target.splice(index, 0, item.id);
    if (!isSameList) placeItems(ctx.db, item.meetingId, source);
    placeItems(ctx.db, input.meetingId, target);
    updateWorkProgrammeItem(ctx.db, item.id, {}, ctx.now().toISOString());
    const where = input.meetingId === null ? 'to be scheduled' : `meeting of ${getMeeting(ctx.db, input.meetingId)?.meetingDate ?? input.meetingId}`;
    audit(ctx, 'update', 'work_programme_item', item.id, `${item.item} → ${where}, position ${index + 1}`);
    return getItem(ctx, item.id);
  });
}

export function reorderWorkProgrammeService(ctx: ServiceContext, input: ApiParsedInput<'workProgramme/reorder'>): WorkProgrammeItem[] {
  return inTransaction(ctx, () => {
    mustExist(ctx, 'committees', input.committeeId, 'committeeId', 'committee');
    mustExist(ctx, 'meetings', input.meetingId, 'meetingId', 'meeting');
    const meeting = input.meetingId === null ? undefined : getMeeting(ctx.db, input.meetingId);
    if (meeting?.status === 'minuted') {
      throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} is minuted, so the order of its work programme is part of the record and stays as it is.`);
    }
    reorderWorkProgramme(ctx.db, input.committeeId, input.meetingId, input.ids);
    audit(ctx, 'reorder', 'work_programme_item', null, input.meetingId === null ? 'Items to be scheduled' : `Items for meeting ${input.meetingId}`);
    return listWorkProgramme(ctx.db, input.committeeId).filter((item) => item.meetingId === input.meetingId);
  });
}

/** Deletes the item; agenda items that carried it forward keep their place (their link is cleared). */
export function deleteWorkProgrammeItemService(ctx: ServiceContext, itemId: number): { id: number } {
  return inTransaction(ctx, () => {
    const item = getItem(ctx, itemId);
    refuseMinutedSource(ctx, item, 'it cannot be deleted');
    deleteWorkProgrammeItem(ctx.db, itemId);
    placeItems(ctx.db, item.meetingId, listIdsOf(ctx.db, item.committeeId, item.meetingId));
    audit(ctx, 'delete', 'work_programme_item', itemId, item.item);
    return { id: itemId };
  });
}
