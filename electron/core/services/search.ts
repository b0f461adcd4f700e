import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Highlighted, SearchHit, SearchKind, SearchResults, SearchTarget } from '../../../shared/api/methods/search';
import { dateFromIso, formatDate } from '../../../shared/format/dates';
import { MATCH_END, MATCH_START, countHitsByKind, findContexts, findHits } from '../repositories/search';
import type { ServiceContext } from './unit-of-work';

const DEFAULT_LIMIT = 50;

const TARGETS: Record<SearchKind, Omit<SearchTarget, 'recordId'>> = {
  document: { section: 'documents', recordKind: 'document' },
  recommendation: { section: 'inspections', recordKind: 'inspection' },
  action: { section: 'inspections', recordKind: 'action_plan' },
  progress_update: { section: 'inspections', recordKind: 'action_plan' },
  minute_entry: { section: 'meetings', recordKind: 'meeting' },
  decision: { section: 'meetings', recordKind: 'meeting' },
  agenda_item: { section: 'meetings', recordKind: 'meeting' },
};

/**
 * Turns what people type into a safe FTS5 query: every word is quoted (so
 * quotes, dashes and operators in the text are just text), all words must
 * match, and each matches as a prefix ("plac" finds placement, "placement"
 * finds placements) — no stemmer, since stemmed prefixes miss half-typed words.
 */
export function toMatchQuery(text: string): string | null {
  const words = text.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `"${word}"*`).join(' ');
}

/** Splits marked text into plain segments for the UI to render without HTML. */
export function toHighlighted(marked: string): Highlighted {
  const segments: Highlighted = [];
  for (const [index, part] of marked.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (part !== '') segments.push({ text: part, isMatch: index % 2 === 1 });
  }
  return segments;
}

/** Search across the workspace, best matches first, each hit with where it lives and what to open. */
export function searchWorkspace(ctx: ServiceContext, input: ApiParsedInput<'search/query'>): SearchResults {
  const started = performance.now();
  const match = toMatchQuery(input.text);
  if (match === null) return { query: input.text, hits: [], countsByKind: {}, tookMs: 0 };

  const raw = findHits(ctx.db, match, input.kinds ?? null, input.limit ?? DEFAULT_LIMIT);
  const byKind = new Map<SearchKind, number[]>();
  for (const hit of raw) byKind.set(hit.kind, [...(byKind.get(hit.kind) ?? []), hit.entityId]);
  const contexts = new Map([...byKind].map(([kind, ids]) => [kind, findContexts(ctx.db, kind, ids)]));

  const hits: SearchHit[] = raw.map((hit) => {
    const found = contexts.get(hit.kind)?.get(hit.entityId);
    return {
      kind: hit.kind,
      id: hit.entityId,
      title: toHighlighted(hit.title),
      snippet: toHighlighted(hit.snippet),
      context: found ? readableContext(found.context) : '',
      target: found?.recordId ? { ...TARGETS[hit.kind], recordId: found.recordId } : null,
    };
  });
  const countsByKind = Object.fromEntries(countHitsByKind(ctx.db, match).map(({ kind, count }) => [kind, count]));
  return { query: input.text, hits, countsByKind, tookMs: Math.round((performance.now() - started) * 100) / 100 };
}

/** Dates in contexts read the UK way: "2018-10-02" → "2 October 2018". */
function readableContext(context: string): string {
  return context
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, (isoDate) => formatDate(dateFromIso(isoDate)))
    .replace(/^(report|minutes|agenda|action_plan|terms_of_reference|work_programme|other)(?= · |$)/, (kind: string) => kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()));
}
