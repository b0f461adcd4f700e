// Importing an author's Word report: read it into rich text (a preview the
// officer checks), then save it as a new draft document, and, when it is for
// an agenda item, add it to that item's papers in the same transaction. The
// file is read in full before anything is written, so a file that is refused
// leaves the workspace as it was.
import type { z } from 'zod';
import type { DocxImportResult, DocxPreview, documentImportMethods } from '../../../shared/api/methods/document-import';
import type { Document, DocumentSummary } from '../../../shared/api/methods/documents';
import { decodeBase64Strictly } from '../attachments/base64';
import { readWordReport } from '../documents/docx-import';
import { getAgendaItem } from '../repositories/agenda-items';
import { getDocument, insertDocument } from '../repositories/documents';
import { getMeeting } from '../repositories/meetings';
import { addPaper } from './papers';
import { audit, found, inTransaction, mustExist, type ServiceContext, type TaskProgress } from './unit-of-work';

type Methods = typeof documentImportMethods;
export type PreviewDocxInput = z.output<Methods['documents/previewDocx']['input']>;
export type ImportDocxInput = z.output<Methods['documents/importDocx']['input']>;

/** Reads a Word report without saving it: the suggested title, counts, warnings and the body the import would save. */
export async function previewDocxService(input: PreviewDocxInput, progress: TaskProgress = {}): Promise<DocxPreview> {
  return readWordReport(bytesOf(input.dataBase64), { fileName: input.fileName, signal: progress.signal, step: progress.step });
}

/** Imports a Word report as a new draft document (a paper of the agenda item when one is given); refused files write nothing. */
export async function importDocxService(ctx: ServiceContext, input: ImportDocxInput, progress: TaskProgress = {}): Promise<DocxImportResult> {
  // Unknown ids are refused before the (possibly long) read, and checked again when saving.
  checkLinks(ctx, input);
  const report = await readWordReport(bytesOf(input.dataBase64), { fileName: input.fileName, title: input.title, signal: progress.signal, step: progress.step });
  progress.signal?.throwIfAborted();
  return inTransaction(ctx, () => {
    checkLinks(ctx, input);
    const committeeId = input.committeeId ?? committeeOfItem(ctx, input.agendaItemId);
    const documentId = insertDocument(
      ctx.db,
      { kind: input.kind, title: report.title, status: 'draft', committeeId, body: report.body, author: input.author },
      ctx.now().toISOString(),
    );
    audit(ctx, 'import', 'document', documentId, `${report.title} (from the Word file “${input.fileName}”)`);
    if (input.agendaItemId !== undefined) addPaper(ctx, { agendaItemId: input.agendaItemId, documentId });
    const document = found(getDocument(ctx.db, documentId), 'document', documentId);
    return { document: summaryOf(document), warnings: report.warnings, counts: report.counts };
  });
}

function checkLinks(ctx: ServiceContext, input: ImportDocxInput): void {
  mustExist(ctx, 'committees', input.committeeId, 'committeeId', 'committee');
  mustExist(ctx, 'agenda_items', input.agendaItemId, 'agendaItemId', 'agenda item');
}

/** The committee whose meeting has the agenda item, so a report imported for an item is filed under its committee. */
function committeeOfItem(ctx: ServiceContext, agendaItemId: number | undefined): number | null {
  if (agendaItemId === undefined) return null;
  const item = found(getAgendaItem(ctx.db, agendaItemId), 'agenda item', agendaItemId);
  return getMeeting(ctx.db, item.meetingId)?.committeeId ?? null;
}

/** The document without its cover sheet and body, which the caller already has. */
function summaryOf(document: Document): DocumentSummary {
  const summary: Partial<Document> = { ...document };
  delete summary.coverSheet;
  delete summary.body;
  return summary as DocumentSummary;
}

/** Decoded strictly, as for attachments: a file damaged on the way is refused, never read as other bytes. */
function bytesOf(dataBase64: string): Uint8Array {
  return new Uint8Array(decodeBase64Strictly(dataBase64, 'dataBase64'));
}
