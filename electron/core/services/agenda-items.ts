import type { ApiParsedInput } from '../../../shared/api/contract';
import type { DocumentKind } from '../../../shared/api/methods/documents';
import type { AgendaDraft, AgendaItem, AgendaItemKind, DraftedDocument } from '../../../shared/api/methods/meetings';
import { shortDate } from '../../../shared/format/dates';
import {
  draftInsertIndex,
  MINUTES_ITEM_TITLE,
  minutesSummary,
  MONITOR_ITEM_TITLE,
  MONITOR_SUMMARY,
  PROGRAMME_ITEM_TITLE,
  PROGRAMME_SUMMARY,
} from '../domain/agenda-draft';
import { EXCLUSION_SUMMARY, EXCLUSION_TITLE, NEW_EXCLUSION, planExclusion } from '../domain/agenda-exclusion';
import { CoreError } from '../errors';
import {
  committeeHasFollowUps,
  deleteAgendaItem,
  findCommitteeDocument,
  getAgendaItem,
  insertAgendaItem,
  listAgendaItems,
  renumberAgendaItems,
  reorderAgendaItems,
  updateAgendaItem,
} from '../repositories/agenda-items';
import { getMeeting, previousMeeting } from '../repositories/meetings';
import { insertPaper } from '../repositories/papers';
import { getWorkProgrammeItem, listWorkProgramme } from '../repositories/work-programme';
import { createDocument } from './documents';
import { meetingOpenForChange, readableDate } from './meetings';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

export const AGENDA_IS_RECORD = 'its agenda is part of the record and cannot be changed';

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

/**
 * The exclusion item is placed by the agenda itself, so it cannot be made out
 * of another item or turned into one, nor be exempt (it is the public's notice
 * of why they are asked to leave).
 */
function refuseExclusionChange(item: AgendaItem | null, values: { kind?: AgendaItem['kind'] | undefined; isExempt?: boolean | undefined }): void {
  const isExclusion = (item?.kind ?? values.kind) === 'exclusion_of_public';
  if (item !== null && values.kind !== undefined && (values.kind === 'exclusion_of_public') !== (item.kind === 'exclusion_of_public')) {
    throw new CoreError(
      'invalid_input',
      `kind: the “${EXCLUSION_TITLE}” item is added and removed with the exempt items, so no item can be changed into it or out of it. Mark an item exempt instead.`,
    );
  }
  if (isExclusion && values.isExempt === true) {
    throw new CoreError('invalid_input', `isExempt: the “${EXCLUSION_TITLE}” item is itself public (it says why the public are asked to leave), so it cannot be exempt.`);
  }
}

/**
 * Keeps the exclusion item immediately before the first exempt item after any
 * change to the agenda: added, moved or removed as the rule says, each step
 * in the audit trail. Call inside the change's transaction.
 */
export function keepExclusionInPlace(ctx: ServiceContext, meetingId: number, options: { keepId?: number } = {}): void {
  const items = listAgendaItems(ctx.db, meetingId);
  const plan = planExclusion(items, options);
  if (!plan.isChanged) return;
  const at = ctx.now().toISOString();
  for (const itemId of plan.remove) {
    deleteAgendaItem(ctx.db, itemId);
    audit(ctx, 'delete', 'agenda_item', itemId, `${EXCLUSION_TITLE} (no exempt item left after it)`);
  }
  const order = plan.order.map((itemId) => {
    if (itemId !== NEW_EXCLUSION) return itemId;
    const added = insertAgendaItem(ctx.db, meetingId, { title: EXCLUSION_TITLE, kind: 'exclusion_of_public', summary: EXCLUSION_SUMMARY }, at);
    audit(ctx, 'create', 'agenda_item', added, `${EXCLUSION_TITLE} (before the first exempt item)`);
    return added;
  });
  if (order.length > 0) reorderAgendaItems(ctx.db, meetingId, order);
}

export function createAgendaItem(ctx: ServiceContext, input: ApiParsedInput<'agendaItems/create'>): AgendaItem {
  const { meetingId, ...values } = input;
  return inTransaction(ctx, () => {
    const meeting = meetingOpenForChange(ctx, meetingId, 'meetingId', AGENDA_IS_RECORD);
    refuseExclusionChange(null, values);
    refuseOtherCommitteesWork(ctx, values.workProgrammeItemId, meeting.committeeId);
    const isExclusion = values.kind === 'exclusion_of_public';
    const existing = isExclusion ? listAgendaItems(ctx.db, meetingId).find((item) => item.kind === 'exclusion_of_public') : undefined;
    if (existing) {
      throw new CoreError('conflict', `This agenda already has the “${EXCLUSION_TITLE}” item (item ${existing.position}); it is kept before the first exempt item by itself.`);
    }
    const itemId = insertAgendaItem(ctx.db, meetingId, values, ctx.now().toISOString());
    audit(ctx, 'create', 'agenda_item', itemId, values.title);
    // One added by hand before any item is exempt waits for the exempt item that is coming.
    keepExclusionInPlace(ctx, meetingId, isExclusion ? { keepId: itemId } : {});
    return found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
  });
}

export function updateAgendaItemService(ctx: ServiceContext, input: ApiParsedInput<'agendaItems/update'>): AgendaItem {
  const { id: itemId, ...values } = input;
  return inTransaction(ctx, () => {
    const item = found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
    const meeting = meetingOpenForChange(ctx, item.meetingId, null, AGENDA_IS_RECORD);
    refuseExclusionChange(item, values);
    refuseOtherCommitteesWork(ctx, values.workProgrammeItemId, meeting.committeeId);
    // A ground kept on an item marked not exempt is never printed, and is there again if it is marked exempt once more.
    updateAgendaItem(ctx.db, itemId, values, ctx.now().toISOString());
    const updated = found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
    audit(ctx, 'update', 'agenda_item', itemId, updated.title);
    keepExclusionInPlace(ctx, item.meetingId);
    return found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
  });
}

/** Puts the items in the order given; the exclusion item then takes its place before the first exempt item. */
export function reorderAgendaItemsService(ctx: ServiceContext, meetingId: number, ids: readonly number[]): AgendaItem[] {
  return inTransaction(ctx, () => {
    meetingOpenForChange(ctx, meetingId, null, AGENDA_IS_RECORD);
    reorderAgendaItems(ctx.db, meetingId, ids);
    audit(ctx, 'reorder', 'agenda_item', null, `Agenda of meeting ${meetingId}`);
    keepExclusionInPlace(ctx, meetingId);
    return listAgendaItems(ctx.db, meetingId);
  });
}

/** Removes the item and its papers; the documents and files stay in the workspace. */
export function deleteAgendaItemService(ctx: ServiceContext, itemId: number): { id: number } {
  return inTransaction(ctx, () => {
    const item = found(getAgendaItem(ctx.db, itemId), 'agenda item', itemId);
    meetingOpenForChange(ctx, item.meetingId, null, AGENDA_IS_RECORD);
    const exempt = item.kind === 'exclusion_of_public' ? listAgendaItems(ctx.db, item.meetingId).filter((other) => other.isExempt) : [];
    if (exempt.length > 0) {
      const names = exempt.map((other) => `item ${other.position} (${other.title})`).join(', ');
      throw new CoreError(
        'conflict',
        `The “${EXCLUSION_TITLE}” item stays while any item is exempt: ${names}. Mark ${exempt.length === 1 ? 'that item' : 'those items'} not exempt, and it goes by itself.`,
      );
    }
    deleteAgendaItem(ctx.db, itemId);
    renumberAgendaItems(ctx.db, item.meetingId);
    audit(ctx, 'delete', 'agenda_item', itemId, item.title);
    keepExclusionInPlace(ctx, item.meetingId);
    return { id: itemId };
  });
}

/** An item the draft will add, with the papers it needs (made only if the item is added). */
type DraftLine = {
  values: { title: string; kind: AgendaItemKind; reportOf?: string; summary: string; workProgrammeItemId?: number };
  papers: { kind: DocumentKind; title: string; isTitleExact: boolean }[];
};

/** The standing items and the work programme's reports the agenda lacks, in running order. */
function linesToDraft(ctx: ServiceContext, meeting: { id: number; committeeId: number; meetingDate: string }, existing: readonly AgendaItem[]): DraftLine[] {
  const hasKind = (kind: AgendaItemKind): boolean => existing.some((item) => item.kind === kind);
  const lines: DraftLine[] = [];
  const previous = previousMeeting(ctx.db, meeting.committeeId, meeting.meetingDate);
  if (previous !== null && !hasKind('minutes')) {
    const when = shortDate(previous.meetingDate);
    lines.push({
      values: { title: MINUTES_ITEM_TITLE, kind: 'minutes', summary: minutesSummary(when) },
      papers: [{ kind: 'minutes', title: `Minutes of the meeting held on ${when}`, isTitleExact: true }],
    });
  }
  const linked = new Set(existing.map((item) => item.workProgrammeItemId));
  for (const work of listWorkProgramme(ctx.db, meeting.committeeId)) {
    if (work.meetingId !== meeting.id || linked.has(work.id)) continue;
    lines.push({ values: { title: work.item, kind: 'report', reportOf: work.leadOfficer, summary: work.purpose, workProgrammeItemId: work.id }, papers: [] });
  }
  if (!hasKind('recommendations_monitor') && committeeHasFollowUps(ctx.db, meeting.committeeId)) {
    lines.push({
      values: { title: MONITOR_ITEM_TITLE, kind: 'recommendations_monitor', summary: MONITOR_SUMMARY },
      papers: [{ kind: 'recommendations_monitor', title: 'Recommendations monitor', isTitleExact: false }],
    });
  }
  if (!hasKind('terms_and_work_programme')) {
    lines.push({
      values: { title: PROGRAMME_ITEM_TITLE, kind: 'terms_and_work_programme', summary: PROGRAMME_SUMMARY },
      papers: [
        { kind: 'terms_of_reference', title: 'Terms of reference', isTitleExact: false },
        { kind: 'work_programme', title: 'Work programme', isTitleExact: false },
      ],
    });
  }
  return lines;
}

/**
 * Drafts a meeting's agenda from its committee's work programme and the
 * standing items; what is already on the agenda (the same work programme
 * item, the same standing item) is left as it is, so drafting twice adds
 * nothing the second time. Generated papers the committee lacks are made.
 */
export function draftAgenda(ctx: ServiceContext, meetingId: number): AgendaDraft {
  return inTransaction(ctx, () => {
    mustExist(ctx, 'meetings', meetingId, 'meetingId', 'meeting');
    const meeting = found(getMeeting(ctx.db, meetingId), 'meeting', meetingId);
    if (meeting.status === 'held' || meeting.status === 'minuted') {
      throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} has been ${meeting.status}, so ${AGENDA_IS_RECORD}.`);
    }
    meetingOpenForChange(ctx, meetingId, null, 'its agenda cannot be drafted');
    const existing = listAgendaItems(ctx.db, meetingId);
    const order: { id: number; kind: AgendaItemKind; isExempt: boolean }[] = existing.map(({ id, kind, isExempt }) => ({ id, kind, isExempt }));
    const addedIds: number[] = [];
    const documentsCreated: DraftedDocument[] = [];
    const at = ctx.now().toISOString();
    for (const line of linesToDraft(ctx, meeting, existing)) {
      const itemId = insertAgendaItem(ctx.db, meetingId, line.values, at);
      audit(ctx, 'create', 'agenda_item', itemId, `${line.values.title} (drafted)`);
      for (const paper of line.papers) {
        const known = findCommitteeDocument(ctx.db, meeting.committeeId, paper.kind, paper.isTitleExact ? paper.title : undefined);
        const documentId = known?.id ?? createDocument(ctx, { kind: paper.kind, title: paper.title, status: 'final', committeeId: meeting.committeeId }).id;
        if (known === null) documentsCreated.push({ id: documentId, kind: paper.kind, title: paper.title });
        const paperId = insertPaper(ctx.db, itemId, { documentId, attachmentId: null, label: '' });
        audit(ctx, 'create', 'paper', paperId, `${known?.title ?? paper.title} on “${line.values.title}”`);
      }
      order.splice(draftInsertIndex(order, line.values.kind), 0, { id: itemId, kind: line.values.kind, isExempt: false });
      addedIds.push(itemId);
    }
    if (addedIds.length > 0) {
      reorderAgendaItems(ctx.db, meetingId, order.map((item) => item.id));
      keepExclusionInPlace(ctx, meetingId);
    }
    const agenda = listAgendaItems(ctx.db, meetingId);
    return { added: agenda.filter((item) => addedIds.includes(item.id)), documentsCreated, agenda };
  });
}
