import type { ApiParsedInput } from '../../../shared/api/contract';
import { DOCUMENT_TITLE_MAX, type Document, type DocumentSummary } from '../../../shared/api/methods/documents';
import { formatDate } from '../../../shared/format/dates';
import { CoreError } from '../errors';
import { findAgendaUses, type AgendaUse } from '../repositories/attachments';
import { deleteDocument, getDocument, insertDocument, listDocuments, updateDocument } from '../repositories/documents';
import { audit, found, inTransaction, mustExist, refuseIfInUse, type ServiceContext } from './unit-of-work';

/** Documents for the list, newest first, without bodies. */
export function listDocumentsService(ctx: ServiceContext, input: ApiParsedInput<'documents/list'>): DocumentSummary[] {
  return listDocuments(ctx.db, input);
}

export function getDocumentService(ctx: ServiceContext, documentId: number): Document {
  return found(getDocument(ctx.db, documentId), 'document', documentId);
}

/** Writes a new document; the committee and action plan, when given, must exist. */
export function createDocument(ctx: ServiceContext, input: ApiParsedInput<'documents/create'>): Document {
  return inTransaction(ctx, () => {
    checkLinks(ctx, input);
    const documentId = insertDocument(ctx.db, input, ctx.now().toISOString());
    audit(ctx, 'create', 'document', documentId, input.title);
    return getDocumentService(ctx, documentId);
  });
}

/** Changes the fields given; the cover sheet and body, when given, replace the stored ones whole. */
export function updateDocumentService(ctx: ServiceContext, input: ApiParsedInput<'documents/update'>): Document {
  const { id: documentId, ...values } = input;
  return inTransaction(ctx, () => {
    getDocumentService(ctx, documentId);
    checkLinks(ctx, values);
    updateDocument(ctx.db, documentId, values, ctx.now().toISOString());
    const document = getDocumentService(ctx, documentId);
    audit(ctx, 'update', 'document', documentId, document.title);
    return document;
  });
}

/** Copies a document as a new draft, "Copy of …", with its cover sheet and body. */
export function duplicateDocument(ctx: ServiceContext, documentId: number): Document {
  return inTransaction(ctx, () => {
    const original = getDocumentService(ctx, documentId);
    const title = copyTitle(original.title);
    const copyId = insertDocument(
      ctx.db,
      {
        kind: original.kind,
        title,
        status: 'draft',
        committeeId: original.committeeId,
        actionPlanId: original.actionPlanId,
        coverSheet: original.coverSheet,
        body: original.body,
        author: original.author,
      },
      ctx.now().toISOString(),
    );
    audit(ctx, 'create', 'document', copyId, `${title} (copied from document ${documentId})`);
    return getDocumentService(ctx, copyId);
  });
}

/** Deletes a document, refusing while an agenda has it as a paper. */
export function deleteDocumentService(ctx: ServiceContext, documentId: number): { id: number } {
  return inTransaction(ctx, () => {
    const document = getDocumentService(ctx, documentId);
    const uses = findAgendaUses(ctx.db, 'document_id', documentId);
    if (uses.length > 0) {
      throw new CoreError('conflict', `“${document.title}” is a paper on ${describeAgendaUses(uses)}, so it cannot be deleted. Remove it from the agenda of ${describeMeetings(uses)} first.`);
    }
    try {
      deleteDocument(ctx.db, documentId);
    } catch (error) {
      refuseIfInUse(error, 'document');
    }
    audit(ctx, 'delete', 'document', documentId, document.title);
    return { id: documentId };
  });
}

/** "the agenda of Ofsted Subgroup on 2 October 2018 (item “Inspection report”)", several joined with "and". */
export function describeAgendaUses(uses: readonly AgendaUse[]): string {
  const described = uses.map((use) => `the agenda of ${meetingName(use)} (item “${use.itemTitle}”)`);
  return joinWords(described);
}

/** "Ofsted Subgroup on 2 October 2018 and Corporate Parenting Panel on 9 October 2018", each meeting once. */
export function describeMeetings(uses: readonly AgendaUse[]): string {
  return joinWords([...new Set(uses.map(meetingName))]);
}

function meetingName(use: AgendaUse): string {
  const [year, month, day] = use.meetingDate.split('-').map(Number);
  return `${use.committeeName} on ${formatDate(new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1))}`;
}

const LISTED = 3;

function joinWords(items: readonly string[]): string {
  const shown = items.slice(0, LISTED);
  if (items.length > LISTED) shown.push(`${items.length - LISTED} more`);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

function checkLinks(ctx: ServiceContext, values: { committeeId?: number | null | undefined; actionPlanId?: number | null | undefined }): void {
  mustExist(ctx, 'committees', values.committeeId, 'committeeId', 'committee');
  mustExist(ctx, 'action_plans', values.actionPlanId, 'actionPlanId', 'action plan');
}

/** The title of a copy, kept within the limit for titles. */
function copyTitle(title: string): string {
  const cut = `Copy of ${title}`.slice(0, DOCUMENT_TITLE_MAX);
  // Never leave half of a character that takes two code units (an emoji, say).
  return (/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd();
}
