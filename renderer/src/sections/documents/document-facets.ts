// The choices the documents list's filters offer, taken from the documents
// themselves (so no filter offers something that would find nothing), and the
// list's sort orders.
import { DOCUMENT_KINDS, type DocumentKind, type DocumentSummary } from '../../../../shared/api/methods/documents';
import type { DocumentSort } from './document-filters';
import { meetingWords } from './document-words';

export type Choice<T> = { value: T; label: string };

export type DocumentFacets = {
  kinds: DocumentKind[];
  /** Authors by name; '' (no author given) last when any document has none. */
  authors: Choice<string>[];
  committees: Choice<number>[];
  /** Meetings newest first: "Tuesday, 1 December 2026 – Children’s Scrutiny". */
  meetings: Choice<number>[];
};

const byWords = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** What each filter can choose from, for these documents. */
export function facetsOf(documents: readonly DocumentSummary[]): DocumentFacets {
  const authors = new Set<string>();
  const committees = new Map<number, string>();
  const meetings = new Map<number, { date: string; label: string }>();
  for (const document of documents) {
    authors.add(document.author);
    if (document.committeeId !== null) committees.set(document.committeeId, document.committeeName ?? `Committee ${document.committeeId}`);
    for (const meeting of document.meetings) meetings.set(meeting.id, { date: meeting.meetingDate, label: meetingWords(meeting) });
  }
  const named = [...authors].filter((author) => author !== '').sort(byWords.compare);
  return {
    kinds: DOCUMENT_KINDS.filter((kind) => documents.some((document) => document.kind === kind)),
    authors: [...named.map((author) => ({ value: author, label: author })), ...(authors.has('') ? [{ value: '', label: 'No author given' }] : [])],
    committees: [...committees].map(([value, label]) => ({ value, label })).sort((a, b) => byWords.compare(a.label, b.label)),
    meetings: [...meetings].sort(([, a], [, b]) => b.date.localeCompare(a.date)).map(([value, { label }]) => ({ value, label })),
  };
}

/** The documents in the chosen order; equal ones keep the engine's order (newest change first). */
export function sortDocuments(documents: readonly DocumentSummary[], sort: DocumentSort): DocumentSummary[] {
  const sorted = [...documents];
  switch (sort) {
    case 'changed-newest':
      return sorted.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    case 'changed-oldest':
      return sorted.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    case 'title-az':
      return sorted.sort((a, b) => byWords.compare(a.title, b.title));
    case 'title-za':
      return sorted.sort((a, b) => byWords.compare(b.title, a.title));
  }
}
