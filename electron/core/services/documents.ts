import type { ApiParsedInput } from '../../../shared/api/contract';
import { DOCUMENT_TITLE_MAX, type Document, type DocumentStatus, type DocumentSummary } from '../../../shared/api/methods/documents';
import { formatDate } from '../../../shared/format/dates';
import { CoreError } from '../errors';
import { findAgendaUses, type AgendaUse } from '../repositories/attachments';
import { deleteDocument, findDocumentIdsWithWord, getDocument, insertDocument, listDocuments, updateDocument } from '../repositories/documents';
import { toMatchQuery } from './search';
import { audit, found, inTransaction, mustExist, refuseIfInUse, type ServiceContext } from './unit-of-work';

/** More words than this in a search are ignored: each costs a query, and a dozen already pins a document down. */
const MAX_QUERY_WORDS = 12;

/**
 * Documents for the list, newest first, without bodies. Words in `query` are
 * looked up in the workspace's full-text index (title, text and cover sheet,
 * kept in step by triggers, prefix matching like the workspace search) and in
 * the author's name; a document must have every word somewhere.
 */
export function listDocumentsService(ctx: ServiceContext, input: ApiParsedInput<'documents/list'>): DocumentSummary[] {
  const { query, ...filter } = input;
  return listDocuments(ctx.db, { ...filter, ids: query === undefined ? undefined : documentsWithEveryWord(ctx, query) });
}

/** The ids of documents that have every word of `query`; undefined when it has no words to look for. */
function documentsWithEveryWord(ctx: ServiceContext, query: string): number[] | undefined {
  const words = [...new Set(query.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, MAX_QUERY_WORDS);
  const perWord = words.flatMap((word) => {
    const match = toMatchQuery(word);
    return match === null ? [] : [{ match, word }];
  });
  const [first, ...rest] = perWord;
  if (first === undefined) return undefined;
  let matching = new Set(findDocumentIdsWithWord(ctx.db, first.match, first.word));
  for (const { match, word } of rest) {
    if (matching.size === 0) break;
    const kept: ReadonlySet<number> = matching;
    matching = new Set(findDocumentIdsWithWord(ctx.db, match, word).filter((documentId) => kept.has(documentId)));
  }
  return [...matching];
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

/**
 * Changes the fields given; the cover sheet and body, when given, replace the
 * stored ones whole. A final document is locked: only its status may change,
 * and reopening it is recorded in the audit trail.
 */
export function updateDocumentService(ctx: ServiceContext, input: ApiParsedInput<'documents/update'>): Document {
  const { id: documentId, ...values } = input;
  return inTransaction(ctx, () => {
    const before = getDocumentService(ctx, documentId);
    const isContentChanged = Object.keys(values).some((field) => field !== 'status');
    if (isContentChanged) refuseIfFinal(before, 'be changed');
    checkLinks(ctx, values);
    updateDocument(ctx.db, documentId, values, ctx.now().toISOString());
    const document = getDocumentService(ctx, documentId);
    audit(ctx, 'update', 'document', documentId, auditSummary(before.status, document));
    return document;
  });
}

/** The audit line of an update: the title, and what happened to a final document's lock. */
function auditSummary(was: DocumentStatus, document: Document): string {
  if (was !== 'final' || document.status === 'final') return document.title;
  return document.status === 'draft' ? `${document.title}: reopened as a draft (it was final)` : `${document.title}: withdrawn (it was final)`;
}

/**
 * Refuses a change to a final document: it is locked until reopened as a
 * draft, which leaves a record in the audit trail. `change` finishes "so it
 * cannot …" ("be changed", "have its sections drafted again").
 */
export function refuseIfFinal(document: Pick<Document, 'title' | 'status'>, change: string): void {
  if (document.status !== 'final') return;
  throw new CoreError('conflict', `“${document.title}” is final, so it cannot ${change}. Reopen it as a draft first (this keeps a record that it was reopened).`);
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
