import { z } from 'zod';
import { method } from '../method';
import { id, isoDate, line, paragraph, requiredLine, richText, updateOf, type RichText } from '../schema';

export const DOCUMENT_KINDS = ['agenda', 'minutes', 'report', 'action_plan', 'terms_of_reference', 'work_programme', 'recommendations_monitor', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_STATUSES = ['draft', 'final', 'withdrawn'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** The longest title a document may have. */
export const DOCUMENT_TITLE_MAX = 300;

/** The cover sheet of a report, as councils print it before the numbered sections. Every field is optional. */
export const reportCoverSheet = z
  .object({
    reportTo: line(300).optional(),
    meetingDate: isoDate.optional(),
    subject: line(500).optional(),
    reportOf: line(300).optional(),
    reportType: z.enum(['for_information', 'for_resolution'], { error: 'Choose "for_information" or "for_resolution".' }).optional(),
    summary: paragraph().optional(),
    recommendations: z.array(paragraph(5_000)).max(100, 'Keep to 100 recommendations or fewer.').optional(),
    wardsAffected: line(1_000).optional(),
    strategyAlignment: z
      .array(z.object({ priority: line(500), contribution: paragraph(5_000) }).strict())
      .max(50, 'Keep to 50 priorities or fewer.')
      .optional(),
    contactOfficers: z
      .array(z.object({ name: line(200), jobTitle: line(200), phone: line(40), email: line(254) }).strict())
      .max(20, 'Keep to 20 contact officers or fewer.')
      .optional(),
    backgroundDocuments: z.array(line(1_000)).max(100, 'Keep to 100 background documents or fewer.').optional(),
    isExempt: z.boolean().optional(),
    exemptGround: line(500).optional(),
  })
  .strict();

export type ReportCoverSheet = z.infer<typeof reportCoverSheet>;

/** A meeting whose agenda has the document as a paper. */
export type DocumentMeeting = {
  id: number;
  /** YYYY-MM-DD. */
  meetingDate: string;
  committeeName: string;
  /** Whether a pack of this meeting has been issued (the document may have been added after). */
  isPackIssued: boolean;
};

/** One row of the documents list: everything but the cover sheet and body. */
export type DocumentSummary = {
  id: number;
  kind: DocumentKind;
  title: string;
  status: DocumentStatus;
  committeeId: number | null;
  committeeName: string | null;
  actionPlanId: number | null;
  author: string;
  createdAt: string;
  updatedAt: string;
  /** How many agenda papers use this document; it cannot be deleted while any do. */
  usedByPaperCount: number;
  /** The meetings whose agendas use it, earliest first, each once. */
  meetings: DocumentMeeting[];
};

/** A document with its cover sheet and rich-text body. */
export type Document = DocumentSummary & {
  coverSheet: ReportCoverSheet;
  body: RichText;
};

const kind = z.enum(DOCUMENT_KINDS, { error: `Choose one of: ${DOCUMENT_KINDS.join(', ')}.` });
const status = z.enum(DOCUMENT_STATUSES, { error: `Choose one of: ${DOCUMENT_STATUSES.join(', ')}.` });

/** Optional fields left out keep their stored value (update) or the column default (create). */
export const documentFields = z
  .object({
    kind,
    title: requiredLine('a title', DOCUMENT_TITLE_MAX),
    status: status.optional(),
    committeeId: id.nullable().optional(),
    actionPlanId: id.nullable().optional(),
    coverSheet: reportCoverSheet.optional(),
    body: richText.optional(),
    author: line(200).optional(),
  })
  .strict();

export const documentMethods = {
  'documents/list': method<DocumentSummary[]>()(
    z
      .object({
        kind: kind.optional(),
        committeeId: id.optional(),
        actionPlanId: id.optional(),
        status: status.optional(),
        /** Words that must each be found in the title, text, cover sheet or author (as the start of a word there). */
        query: line(200).optional(),
        /** Exactly this author ("" for documents with none). */
        author: line(200).optional(),
        /** Only papers on this meeting's agenda. */
        meetingId: id.optional(),
      })
      .strict(),
    'Documents, most recently changed first, without their bodies; filtered by kind, committee, action plan, status, author, meeting or words',
  ),
  'documents/get': method<Document>()(z.object({ id }).strict(), 'One document with its cover sheet and body'),
  'documents/create': method<Document>()(documentFields, 'Write a new document (a draft unless a status is given)'),
  'documents/update': method<Document>()(
    updateOf(documentFields),
    'Change any of a document’s fields; the cover sheet and body are replaced whole. A final document is locked: only its status may change (reopening it as a draft)',
  ),
  'documents/duplicate': method<Document>()(z.object({ id }).strict(), 'Copy a document as a new draft called “Copy of …”'),
  'documents/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a document that no agenda uses'),
} as const;

