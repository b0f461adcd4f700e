import { z } from 'zod';
import { method } from '../method';
import { id, line, type RichText } from '../schema';
import { dataBase64, fileName } from './attachments';
import { DOCUMENT_TITLE_MAX, type DocumentSummary } from './documents';

/** What an imported Word report brought with it: top-level headings and numbered paragraphs; lists, tables and pictures anywhere. */
export type DocxImportCounts = { headings: number; numberedParagraphs: number; lists: number; tables: number; images: number };

/** A Word report read but not saved: the title it suggests, what it holds, and what was left out (in words). */
export type DocxPreview = { title: string; warnings: string[]; counts: DocxImportCounts; body: RichText };

/** A Word report saved as a new draft document. */
export type DocxImportResult = { document: DocumentSummary; warnings: string[]; counts: DocxImportCounts };

/** The kinds of document a Word report can be imported as. */
export const DOCX_IMPORT_KINDS = ['report', 'other'] as const;

const source = { fileName, dataBase64 };

export const documentImportMethods = {
  'documents/previewDocx': method<DocxPreview>()(
    z.object(source).strict(),
    'Read a Word report (.docx sent as base64) into rich text without saving it: its title, counts of what it holds, warnings and body',
  ),
  'documents/importDocx': method<DocxImportResult>()(
    z
      .object({
        ...source,
        title: line(DOCUMENT_TITLE_MAX).optional(),
        kind: z.enum(DOCX_IMPORT_KINDS, { error: 'Choose "report" or "other".' }).default('report'),
        committeeId: id.optional(),
        agendaItemId: id.optional(),
        author: line(200).optional(),
      })
      .strict(),
    'Import a Word report (.docx sent as base64) as a new draft document in house style; with agendaItemId it also becomes a paper of that item',
  ),
} as const;
