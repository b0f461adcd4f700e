import type { ApiParsedInput } from '../../../shared/api/contract';
import type { AgendaItem } from '../../../shared/api/methods/meetings';
import { CoreError } from '../errors';
import {
  deleteAgendaItem,
  getAgendaItem,
  insertAgendaItem,
  listAgendaItems,
  renumberAgendaItems,
  reorderAgendaItems,
  updateAgendaItem,
} from '../repositories/agenda-items';
import { getWorkProgrammeItem } from '../repositories/work-programme';
import { meetingOpenForChange } from './meetings';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

const AGENDA_IS_RECORD = 'its agenda is part of the record and cannot be changed';

function refuseExemptWithoutGround(isExempt: boolean, exemptGround: string): void {
  if (isExempt && exemptGround === '') {
    throw new CoreError(
      'invalid_input',
      'exemptGround: an exempt item needs the ground it is exempt on, for example “Paragraph 2 of Part 1 of Schedule 12A to the Local Government Act 1972”.',
    );
  }
}

/** An agenda item may only carry forward an item of its own committee's work programme. */
function refuseOtherCommitteesWork(ctx: ServiceContext, workProgrammeItemId: number | null | undefined, committeeId: number): void {
  if (workProgrammeItemId === null || workProgrammeItemId === undefined) return;
  mustExist(ctx, 'work_programme_items', workProgrammeItemId, 'workProgrammeItemId', 'work programme item');
  const work = found(getWorkProgrammeItem(ctx.db, workProgrammeItemId), 'work programme item', workProgrammeItemId);
  if (work.committeeId !== committeeId) {
    throw new CoreError(
      'invalid_input',
      `workProgrammeItemId: “${work.item}” is on another committee’s work programme. Link an item from this meeting’s committee.`,
    );
  }
}

export function createAgendaItem(ctx: ServiceContext, input: ApiParsedInput<'agendaItems/create'>): AgendaItem {
  const { meetingId, ...values } = input;
  return inTransaction(ctx, () => {
    const meeting = meetingOpenForChange(ctx, meetingId, 'meetingId', AGENDA_IS_RECORD);
    refuseExemptWithoutGround(values.isExempt ?? false, values.exemptGround ?? '');
    refuseOtherCommitteesWork(ctx, values.workProgrammeItemId, meeting.committeeId);
    const itemId = insertAgendaItem(ctx.db, meetingId, values, ctx.now().toISOString());
    audit(ctx, 'create', 'agenda_item', itemId, values.title);
    return found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
  });
}

export function updateAgendaItemService(ctx: ServiceContext, input: ApiParsedInput<'agendaItems/update'>): AgendaItem {
  const { id: itemId, ...values } = input;
  return inTransaction(ctx, () => {
    const item = found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
    const meeting = meetingOpenForChange(ctx, item.meetingId, null, AGENDA_IS_RECORD);
    refuseExemptWithoutGround(values.isExempt ?? item.isExempt, values.exemptGround ?? item.exemptGround);
    refuseOtherCommitteesWork(ctx, values.workProgrammeItemId, meeting.committeeId);
    updateAgendaItem(ctx.db, itemId, values, ctx.now().toISOString());
    const updated = found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
    audit(ctx, 'update', 'agenda_item', itemId, updated.title);
    return updated;
  });
}

export function reorderAgendaItemsService(ctx: ServiceContext, meetingId: number, ids: readonly number[]): AgendaItem[] {
  return inTransaction(ctx, () => {
    meetingOpenForChange(ctx, meetingId, null, AGENDA_IS_RECORD);
    reorderAgendaItems(ctx.db, meetingId, ids);
    audit(ctx, 'reorder', 'agenda_item', null, `Agenda of meeting ${meetingId}`);
    return listAgendaItems(ctx.db, meetingId);
  });
}

/** Removes the item and its papers; the documents and files stay in the workspace. */
export function deleteAgendaItemService(ctx: ServiceContext, itemId: number): { id: number } {
  return inTransaction(ctx, () => {
    const item = found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
    meetingOpenForChange(ctx, item.meetingId, null, AGENDA_IS_RECORD);
    deleteAgendaItem(ctx.db, itemId);
    renumberAgendaItems(ctx.db, item.meetingId);
    audit(ctx, 'delete', 'agenda_item', itemId, item.title);
    return { id: itemId };
  });
}
