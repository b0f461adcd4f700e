import { z } from 'zod';
import { method } from '../method';
import { requiredLine } from '../schema';

export const SEARCH_KINDS = ['document', 'recommendation', 'action', 'progress_update', 'minute_entry', 'decision', 'agenda_item'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where a hit opens in the app: a section and the record to show there. */
export type SearchTarget = {
  section: 'documents' | 'inspections' | 'meetings';
  /** The record the section opens (document, inspection, action plan or meeting). */
  recordKind: 'document' | 'inspection' | 'action_plan' | 'meeting';
  recordId: number;
};

/** Text with the matched words marked, as plain segments: never HTML. */
export type Highlighted = { text: string; isMatch: boolean }[];

export type SearchHit = {
  kind: SearchKind;
  id: number;
  title: Highlighted;
  snippet: Highlighted;
  /** Where the hit lives, in words: "Ofsted Subgroup, 2 October 2018". */
  context: string;
  target: SearchTarget | null;
};

export type SearchResults = {
  query: string;
  hits: SearchHit[];
  /** Hits per kind across the whole workspace (not only those returned). */
  countsByKind: Partial<Record<SearchKind, number>>;
  tookMs: number;
};

export const searchMethods = {
  'search/query': method<SearchResults>()(
    z
      .object({
        text: requiredLine('some words to search for', 200),
        kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
        limit: z.number().int().min(1, 'limit: at least 1.').max(200, 'limit: at most 200.').optional(),
      })
      .strict(),
    'Search documents, recommendations, actions, progress updates, minutes, decisions and agenda items',
  ),
} as const;
