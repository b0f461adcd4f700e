// What the documents list is narrowed to and sorted by. Kept in a store, not
// in the page, so coming back from a document finds the list as it was left.
import { create } from 'zustand';
import type { ApiInput } from '../../../../shared/api/contract';
import type { DocumentKind, DocumentStatus } from '../../../../shared/api/methods/documents';

export type DocumentSort = 'changed-newest' | 'changed-oldest' | 'title-az' | 'title-za';

export type DocumentFilters = {
  /** What is typed in the search box (searched once typing pauses). */
  text: string;
  kind: DocumentKind | null;
  status: DocumentStatus | null;
  /** An author's name; '' for documents with no author; null for anyone. */
  author: string | null;
  committeeId: number | null;
  meetingId: number | null;
  sort: DocumentSort;
};

type FilterState = DocumentFilters & {
  set: (changes: Partial<DocumentFilters>) => void;
  /** Back to every document, keeping the sort. */
  clear: () => void;
};

const NONE = { text: '', kind: null, status: null, author: null, committeeId: null, meetingId: null } as const;

export const useDocumentFilters = create<FilterState>()((set) => ({
  ...NONE,
  sort: 'changed-newest',
  set: (changes) => { set(changes); },
  clear: () => { set(NONE); },
}));

/** Whether anything narrows the list (the sort aside). */
export function isFiltered(filters: DocumentFilters): boolean {
  return filters.text.trim() !== '' || filters.kind !== null || filters.status !== null || filters.author !== null || filters.committeeId !== null || filters.meetingId !== null;
}

/** The list call for the filters, with `query` the words to search for (typed, once typing has paused). */
export function listInputOf(filters: DocumentFilters, query: string): ApiInput<'documents/list'> {
  return {
    ...(query.trim() !== '' ? { query: query.trim().slice(0, 200) } : {}),
    ...(filters.kind !== null ? { kind: filters.kind } : {}),
    ...(filters.status !== null ? { status: filters.status } : {}),
    ...(filters.author !== null ? { author: filters.author } : {}),
    ...(filters.committeeId !== null ? { committeeId: filters.committeeId } : {}),
    ...(filters.meetingId !== null ? { meetingId: filters.meetingId } : {}),
  };
}
