import { z } from 'zod';
import { method } from '../method';
import type { DocumentKind } from './documents';
import { clockTime, id, isoDate, line, orderedIds, paragraph, requiredLine } from '../schema';

export const meetingStatus = z.enum(['draft', 'issued', 'held', 'minuted', 'cancelled']);
/** A meeting's life: draft → issued (agenda sent) → held → minuted (minutes approved, locked); or cancelled, kept on record. */
export type MeetingStatus = z.infer<typeof meetingStatus>;

export const agendaItemKind = z.enum(['minutes', 'report', 'exclusion_of_public', 'terms_and_work_programme', 'recommendations_monitor', 'other']);
export type AgendaItemKind = z.infer<typeof agendaItemKind>;

/** One meeting of a committee. */
export type Meeting = {
  id: number;
  committeeId: number;
  meetingDate: string;
  startTime: string | null;
  venue: string;
  accessNotes: string;
  publicNotice: string;
  status: MeetingStatus;
  agendaIssueDate: string | null;
  /** Derived from the authority's rule unless set by hand (isReportDeadlineManual). */
  reportDeadline: string | null;
  isReportDeadlineManual: boolean;
  /** Set when the meeting is cancelled (status `cancelled`), with the note the notice gives. */
  cancelledOn: string | null;
  cancellationNote: string;
  /** The later meeting that approved these minutes as a correct record, and when; the minutes are locked from then on. */
  minutesApprovedMeetingId: number | null;
  minutesApprovedOn: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A meeting in a list, with counts of its agenda items. */
export type MeetingSummary = Meeting & {
  committeeName: string;
  itemCount: number;
  exemptItemCount: number;
  toFollowCount: number;
};

/** One item on a meeting's agenda. */
export type AgendaItem = {
  id: number;
  meetingId: number;
  position: number;
  title: string;
  kind: AgendaItemKind;
  reportOf: string;
  summary: string;
  isExempt: boolean;
  exemptGround: string;
  isToFollow: boolean;
  workProgrammeItemId: number | null;
  createdAt: string;
  updatedAt: string;
};

/** The document a paper points at (the values of the documents table). */
export type PaperDocument = {
  title: string;
  kind: DocumentKind;
  status: 'draft' | 'final' | 'withdrawn';
};

/** The attached file a paper points at. */
export type PaperAttachment = { fileName: string; mediaType: string; size: number };

/** One paper under an agenda item: a generated document or an attached file (narrow on `kind`). */
export type Paper = {
  id: number;
  agendaItemId: number;
  position: number;
  label: string;
} & (
  | { kind: 'document'; documentId: number; document: PaperDocument; attachmentId: null; attachment: null }
  | { kind: 'attachment'; attachmentId: number; attachment: PaperAttachment; documentId: null; document: null }
);

export type AgendaItemWithPapers = AgendaItem & { papers: Paper[] };

/**
 * A meeting as saved by meetings/create or meetings/update, with what is worth
 * a second look about its date (in the past, at a weekend, on a bank holiday or
 * one of the authority's non-working days). The meeting is saved either way.
 */
export type MeetingWithWarnings = Meeting & { warnings: string[] };

/** A document the agenda draft made because the committee had none of that kind. */
export type DraftedDocument = { id: number; kind: DocumentKind; title: string };

/** What agendaItems/draft added: the new items in agenda order, and the papers it had to create. */
export type AgendaDraft = {
  added: AgendaItem[];
  documentsCreated: DraftedDocument[];
  /** The whole agenda afterwards, in order. */
  agenda: AgendaItem[];
};

/** A meeting with its agenda, each item with its papers, in order. */
export type MeetingDetail = Meeting & {
  committeeName: string;
  minutePrefix: string;
  agendaItems: AgendaItemWithPapers[];
};

const meetingDetails = {
  startTime: clockTime.nullable().optional(),
  venue: line(300).optional(),
  accessNotes: paragraph(5_000).optional(),
  publicNotice: paragraph(5_000).optional(),
  agendaIssueDate: isoDate.nullable().optional(),
  reportDeadline: isoDate.optional(),
};

const agendaItemFields = {
  title: requiredLine('the item’s title', 300),
  kind: agendaItemKind.optional(),
  reportOf: line(300).optional(),
  summary: paragraph(20_000).optional(),
  isExempt: z.boolean().optional(),
  exemptGround: line(500).optional(),
  isToFollow: z.boolean().optional(),
};

export const meetingMethods = {
  'meetings/list': method<MeetingSummary[]>()(
    z
      .object({
        committeeId: id.optional(),
        status: meetingStatus.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
      })
      .strict(),
    'Meetings by date and start time, optionally of one committee, in one status or between two dates (inclusive)',
  ),
  'meetings/get': method<MeetingDetail>()(z.object({ id }).strict(), 'One meeting with its agenda items and their papers, in order'),
  'meetings/create': method<MeetingWithWarnings>()(
    z.object({ committeeId: id, meetingDate: isoDate, ...meetingDetails }).strict(),
    'Add a meeting; venue and start time default to the committee’s, the report deadline to the authority’s rule; warnings say if the date is past or a non-working day',
  ),
  'meetings/update': method<MeetingWithWarnings>()(
    z
      .object({ id, meetingDate: isoDate.optional(), ...meetingDetails, resetReportDeadline: z.literal(true).optional() })
      .strict()
      .refine((input) => !(input.reportDeadline !== undefined && input.resetReportDeadline), {
        message: 'Give either a reportDeadline or resetReportDeadline, not both.',
        path: ['resetReportDeadline'],
      }),
    'Change a meeting’s details; a new date re-derives the report deadline unless it was set by hand, and is checked like a new meeting’s',
  ),
  'meetings/setStatus': method<Meeting>()(
    z.object({ id, status: meetingStatus }).strict(),
    'Move a meeting one step on (draft → issued → held → minuted) or one step back (never out of minuted)',
  ),
  'meetings/cancel': method<Meeting>()(
    z.object({ id, note: paragraph(2_000).optional() }).strict(),
    'Cancel a draft or issued meeting: it stays on record as cancelled today, with the note for the public notice',
  ),
  'meetings/reinstate': method<Meeting>()(z.object({ id }).strict(), 'Bring a cancelled meeting back as a draft'),
  'meetings/delete': method<{ id: number }>()(
    z.object({ id }).strict(),
    'Delete a draft meeting with no minutes and no issued packs; its work programme items go back to be scheduled',
  ),

  'agendaItems/create': method<AgendaItem>()(
    z.object({ meetingId: id, ...agendaItemFields, workProgrammeItemId: id.optional() }).strict(),
    'Add an item at the end of a meeting’s agenda (an exempt item goes after the “Exclusion of the public” item, which is added if need be)',
  ),
  'agendaItems/draft': method<AgendaDraft>()(
    z.object({ meetingId: id }).strict(),
    'Draft the agenda: the minutes of the last meeting, the work programme’s items for this meeting, the recommendations monitor and the terms of reference and work programme, each once',
  ),
  'agendaItems/update': method<AgendaItem>()(
    z
      .object({ id, ...agendaItemFields, title: agendaItemFields.title.optional(), workProgrammeItemId: id.nullable().optional() })
      .strict(),
    'Change an agenda item; the “Exclusion of the public” item is kept before the first exempt item',
  ),
  'agendaItems/reorder': method<AgendaItem[]>()(
    z.object({ meetingId: id, ids: orderedIds }).strict(),
    'Put a meeting’s agenda items in a new order (every item, once)',
  ),
  'agendaItems/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Remove an item from an agenda, with its papers (documents and files are kept)'),

  'papers/add': method<Paper>()(
    z
      .object({ agendaItemId: id, documentId: id.optional(), attachmentId: id.optional(), label: line(200).optional() })
      .strict()
      .refine((input) => (input.documentId === undefined) !== (input.attachmentId === undefined), {
        message: 'Give either a documentId or an attachmentId (exactly one).',
        path: ['documentId'],
      }),
    'Add a document or an attached file as the last paper of an agenda item',
  ),
  'papers/update': method<Paper>()(z.object({ id, label: line(200) }).strict(), 'Change the label of a paper, e.g. “Appendix A”'),
  'papers/reorder': method<Paper[]>()(
    z.object({ agendaItemId: id, ids: orderedIds }).strict(),
    'Put an agenda item’s papers in a new order (every paper, once)',
  ),
  'papers/remove': method<{ id: number }>()(
    z.object({ id }).strict(),
    'Take a paper off an agenda item (the document or file itself is kept)',
  ),
} as const;
