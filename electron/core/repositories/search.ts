import type { SearchKind } from '../../../shared/api/methods/search';
import type { WorkspaceDatabase } from '../db/connection';

/** Private-use characters mark matches inside snippets; they never occur in typed text. */
export const MATCH_START = '\uE000';
export const MATCH_END = '\uE001';

export type RawHit = { kind: SearchKind; entityId: number; title: string; snippet: string };

/** Best matches first (BM25, titles weighted above bodies). */
export function findHits(db: WorkspaceDatabase, match: string, kinds: readonly SearchKind[] | null, limit: number): RawHit[] {
  return db
    .prepare(
      `SELECT kind, entity_id AS entityId,
              highlight(search_index, 0, '${MATCH_START}', '${MATCH_END}') AS title,
              snippet(search_index, 1, '${MATCH_START}', '${MATCH_END}', '…', 16) AS snippet
       FROM search_index
       WHERE search_index MATCH @match
         AND (@kinds IS NULL OR kind IN (SELECT value FROM json_each(@kinds)))
       ORDER BY bm25(search_index, 4.0, 1.0)
       LIMIT @limit`,
    )
    .all({ match, kinds: kinds ? JSON.stringify(kinds) : null, limit }) as RawHit[];
}

/** How many hits each kind has, for the filter chips. */
export function countHitsByKind(db: WorkspaceDatabase, match: string): { kind: SearchKind; count: number }[] {
  return db
    // The kind is coded in the rowid (id * 8 + code, see migration 0007): counting on it
    // never reads the stored columns, which matters when a common word matches most rows.
    .prepare(
      `SELECT CASE rowid % 8 WHEN 1 THEN 'document' WHEN 2 THEN 'recommendation' WHEN 3 THEN 'action' WHEN 4 THEN 'progress_update'
              WHEN 5 THEN 'minute_entry' WHEN 6 THEN 'decision' WHEN 7 THEN 'agenda_item' END AS kind, count(*) AS count
       FROM search_index WHERE search_index MATCH ? GROUP BY rowid % 8`,
    )
    .all(match) as { kind: SearchKind; count: number }[];
}

type Context = { id: number; context: string; recordId: number | null };

/** One query per kind for all its hits: where each hit lives and which record opens it. */
const CONTEXT_QUERIES: Record<SearchKind, string> = {
  document: `SELECT d.id, d.kind || coalesce(' · ' || c.name, '') AS context, d.id AS recordId FROM documents d LEFT JOIN committees c ON c.id = d.committee_id WHERE d.id IN (SELECT value FROM json_each(?))`,
  recommendation: `SELECT r.id, i.title AS context, i.id AS recordId FROM recommendations r JOIN inspections i ON i.id = r.inspection_id WHERE r.id IN (SELECT value FROM json_each(?))`,
  action: `SELECT a.id, p.title || ' · ' || e.heading AS context, p.id AS recordId FROM actions a JOIN plan_entries e ON e.id = a.entry_id JOIN action_plans p ON p.id = e.plan_id WHERE a.id IN (SELECT value FROM json_each(?))`,
  progress_update: `SELECT u.id, p.title || ' · ' || a.description AS context, p.id AS recordId FROM progress_updates u JOIN actions a ON a.id = u.action_id JOIN plan_entries e ON e.id = a.entry_id JOIN action_plans p ON p.id = e.plan_id WHERE u.id IN (SELECT value FROM json_each(?))`,
  minute_entry: `SELECT m.id, c.name || ' · ' || mt.meeting_date AS context, mt.id AS recordId FROM minute_entries m JOIN meetings mt ON mt.id = m.meeting_id JOIN committees c ON c.id = mt.committee_id WHERE m.id IN (SELECT value FROM json_each(?))`,
  decision: `SELECT d.id, c.name || ' · ' || mt.meeting_date || ' · ' || m.reference AS context, mt.id AS recordId FROM decisions d JOIN minute_entries m ON m.id = d.minute_entry_id JOIN meetings mt ON mt.id = m.meeting_id JOIN committees c ON c.id = mt.committee_id WHERE d.id IN (SELECT value FROM json_each(?))`,
  agenda_item: `SELECT ai.id, c.name || ' · ' || mt.meeting_date AS context, mt.id AS recordId FROM agenda_items ai JOIN meetings mt ON mt.id = ai.meeting_id JOIN committees c ON c.id = mt.committee_id WHERE ai.id IN (SELECT value FROM json_each(?))`,
};

export function findContexts(db: WorkspaceDatabase, kind: SearchKind, ids: readonly number[]): Map<number, Context> {
  const rows = db.prepare(CONTEXT_QUERIES[kind]).all(JSON.stringify(ids)) as Context[];
  return new Map(rows.map((row) => [row.id, row]));
}
