import type { WorkspaceDatabase } from '../db/connection';
import { CoreError } from '../errors';

/** Columns holding the editor's JSON; parsed on the way out. */
const JSON_COLUMNS = new Set(['body', 'cover_sheet', 'note', 'discussion']);

/** Column names repeat on every row; converting each once keeps big lists fast. */
const camelNames = new Map<string, string>();

function camel(column: string): string {
  let name = camelNames.get(column);
  if (name === undefined) {
    name = column.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
    camelNames.set(column, name);
  }
  return name;
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Maps a row to its domain type: snake_case → camelCase, `is_x`/`has_x`
 * 0/1 → boolean, JSON columns parsed. The caller names the type it expects.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row's domain type
export function mapRow<T>(row: unknown): T {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row as Record<string, unknown>)) {
    if (/^(is|has)_/.test(column)) out[camel(column)] = value === 1;
    else if (JSON_COLUMNS.has(column) && typeof value === 'string') out[camel(column)] = JSON.parse(value) as unknown;
    else out[camel(column)] = value;
  }
  return out as T;
}

export function mapRows<T>(rows: unknown[]): T[] {
  return rows.map((row) => mapRow<T>(row));
}

/** Turns one domain value into what SQLite stores: booleans as 0/1, objects as JSON. */
function toColumnValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** camelCase fields → bound parameters keyed by snake_case column. */
export function toColumns(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) out[snake(key)] = toColumnValue(value);
  }
  return out;
}

/** The tables a generic helper may touch: names come from code, never from input. */
export type Table =
  | 'people' | 'committees' | 'committee_rationale_items' | 'memberships'
  | 'meetings' | 'agenda_items' | 'papers' | 'minute_entries' | 'attendance' | 'decisions' | 'follow_ups'
  | 'work_programme_items' | 'inspections' | 'judgements' | 'recommendations' | 'inspection_evidence'
  | 'action_plans' | 'plan_entries' | 'measures' | 'actions' | 'progress_updates'
  | 'documents' | 'attachments' | 'issued_packs' | 'authority_settings';

/** INSERT from camelCase values; returns the new row id. */
export function insertRow(db: WorkspaceDatabase, table: Table, values: Record<string, unknown>): number {
  const columns = toColumns(values);
  const names = Object.keys(columns);
  const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`;
  return Number(db.prepare(sql).run(columns).lastInsertRowid);
}

/** UPDATE the given camelCase fields of one row; fields left undefined are untouched. Returns whether the row exists. */
export function updateRow(db: WorkspaceDatabase, table: Table, rowId: number, values: Record<string, unknown>): boolean {
  const columns = toColumns(values);
  const names = Object.keys(columns);
  if (names.length === 0) return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(rowId) !== undefined;
  const sql = `UPDATE ${table} SET ${names.map((name) => `${name} = @${name}`).join(', ')} WHERE id = @__id`;
  return db.prepare(sql).run({ ...columns, __id: rowId }).changes > 0;
}

export function deleteRow(db: WorkspaceDatabase, table: Table, rowId: number): boolean {
  return db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(rowId).changes > 0;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the row's domain type
export function selectRow<T>(db: WorkspaceDatabase, table: Table, rowId: number): T | null {
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(rowId);
  return row === undefined ? null : mapRow<T>(row);
}

/** The position after the last row under a parent (1 for the first). */
export function nextPosition(db: WorkspaceDatabase, table: Table, parentColumn: string, parentId: number | null): number {
  const sql = `SELECT coalesce(max(position), 0) + 1 FROM ${table} WHERE ${parentColumn} IS ?`;
  return db.prepare(sql).pluck().get(parentId) as number;
}

/**
 * Gives the rows under one parent positions 1…n in the order given. The ids
 * must be exactly that parent's rows: a stale list from an old screen is refused.
 */
export function reorderRows(db: WorkspaceDatabase, table: Table, parentColumn: string, parentId: number | null, ids: readonly number[]): void {
  const current = db.prepare(`SELECT id FROM ${table} WHERE ${parentColumn} IS ?`).pluck().all(parentId) as number[];
  const given = new Set(ids);
  if (given.size !== ids.length || current.length !== ids.length || current.some((rowId) => !given.has(rowId))) {
    throw new CoreError('conflict', 'The list has changed since it was shown. Reload and try the move again.');
  }
  const update = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((rowId, index) => update.run(index + 1, rowId));
}

