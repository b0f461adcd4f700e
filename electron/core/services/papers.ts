import type { ApiParsedInput } from '../../../shared/api/contract';
import type { AgendaItem, Paper } from '../../../shared/api/methods/meetings';
import { CoreError } from '../errors';
import { getAgendaItem } from '../repositories/agenda-items';
import {
  deletePaper,
  getPaper,
  hasPaper,
  insertPaper,
  listPapersOfItem,
  renumberPapers,
  reorderPapers,
  updatePaperLabel,
} from '../repositories/papers';
import { meetingOpenForChange } from './meetings';
import { audit, found, inTransaction, mustExist, type ServiceContext } from './unit-of-work';

const PAPERS_ARE_RECORD = 'the papers of its agenda are part of the record and cannot be changed';

/** The agenda item, refusing one whose meeting is minuted. */
function itemOpenForChange(ctx: ServiceContext, agendaItemId: number, field: string | null): AgendaItem {
  if (field !== null) mustExist(ctx, 'agenda_items', agendaItemId, field, 'agenda item');
  const item = found(getAgendaItem(ctx.db, agendaItemId), 'agenda item', agendaItemId);
  meetingOpenForChange(ctx, item.meetingId, null, PAPERS_ARE_RECORD);
  return item;
}

function describePaper(paper: Paper): string {
  return paper.kind === 'document' ? paper.document.title : paper.attachment.fileName;
}

export function addPaper(ctx: ServiceContext, input: ApiParsedInput<'papers/add'>): Paper {
  const documentId = input.documentId ?? null;
  const attachmentId = input.attachmentId ?? null;
  if ((documentId === null) === (attachmentId === null)) {
    throw new CoreError('invalid_input', 'documentId: give either a documentId or an attachmentId (exactly one).');
  }
  return inTransaction(ctx, () => {
    const item = itemOpenForChange(ctx, input.agendaItemId, 'agendaItemId');
    mustExist(ctx, 'documents', documentId, 'documentId', 'document');
    mustExist(ctx, 'attachments', attachmentId, 'attachmentId', 'attachment');
    if (hasPaper(ctx.db, item.id, { documentId, attachmentId })) {
      throw new CoreError('conflict', `That ${documentId !== null ? 'document' : 'file'} is already a paper of “${item.title}”.`);
    }
    const paperId = insertPaper(ctx.db, item.id, { documentId, attachmentId, label: input.label ?? '' });
    const paper = found(getPaper(ctx.db, paperId), 'paper', paperId);
    audit(ctx, 'create', 'paper', paperId, `${describePaper(paper)} on “${item.title}”`);
    return paper;
  });
}

export function relabelPaper(ctx: ServiceContext, paperId: number, label: string): Paper {
  return inTransaction(ctx, () => {
    const paper = found(getPaper(ctx.db, paperId), 'paper', paperId);
    itemOpenForChange(ctx, paper.agendaItemId, null);
    updatePaperLabel(ctx.db, paperId, label);
    audit(ctx, 'update', 'paper', paperId, `${describePaper(paper)}: label “${label}”`);
    return found(getPaper(ctx.db, paperId), 'paper', paperId);
  });
}

export function reorderPapersService(ctx: ServiceContext, agendaItemId: number, ids: readonly number[]): Paper[] {
  return inTransaction(ctx, () => {
    const item = itemOpenForChange(ctx, agendaItemId, null);
    reorderPapers(ctx.db, agendaItemId, ids);
    audit(ctx, 'reorder', 'paper', null, `Papers of “${item.title}”`);
    return listPapersOfItem(ctx.db, agendaItemId);
  });
}

/** Takes the paper off its item; the document or attachment itself is never deleted here. */
export function removePaper(ctx: ServiceContext, paperId: number): { id: number } {
  return inTransaction(ctx, () => {
    const paper = found(getPaper(ctx.db, paperId), 'paper', paperId);
    const item = itemOpenForChange(ctx, paper.agendaItemId, null);
    deletePaper(ctx.db, paperId);
    renumberPapers(ctx.db, paper.agendaItemId);
    audit(ctx, 'delete', 'paper', paperId, `${describePaper(paper)} off “${item.title}”`);
    return { id: paperId };
  });
}
