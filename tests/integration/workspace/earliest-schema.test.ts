// Workspaces made by old versions of the app, kept as files
// (tests/fixtures/workspaces, made once by scripts/make-schema-fixture.mjs and
// never regenerated): each opens through the API, migrates to the newest
// schema, and keeps every row and every value it had.
//   schema-0001: the earliest schema there is (only the workspace's own facts).
//   schema-0007: the first full set of data tables (people to packs, search),
//                the schema the first releases wrote; a row in every table.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { makeTempDir } from '../../helpers/temp';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/workspaces');

type Row = Record<string, unknown>;
type Snapshot = Map<string, { columns: string[]; rows: Row[] }>;

let dir: string;
let ctx: CoreContext;
beforeEach(() => {
  dir = makeTempDir('earliest-schema');
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T09:00:00Z') });
});
afterEach(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/** A working copy of a committed fixture; the fixture itself is never opened for writing. */
function copyOf(fixture: string, name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(path.join(FIXTURES, fixture), file);
  return file;
}

/** Every row of every real table (the search index is derived), with the columns the table had. */
function snapshot(db: Database.Database, tables?: Snapshot): Snapshot {
  const names = tables
    ? [...tables.keys()]
    : (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name").pluck().all() as string[]);
  return new Map(names.map((table) => {
    const columns = tables?.get(table)?.columns ?? (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
    const rows = db.prepare(`SELECT ${columns.map((column) => `"${column}"`).join(', ')} FROM "${table}" ORDER BY rowid`).all() as Row[];
    return [table, { columns, rows }];
  }));
}

function readBefore(fixture: string): { version: number; tables: Snapshot } {
  const db = new Database(copyOf(fixture, `before-${fixture}`));
  try {
    return { version: db.pragma('user_version', { simple: true }) as number, tables: snapshot(db) };
  } finally {
    db.close();
  }
}

/** After the app has closed it: the same rows, a sound file, no broken reference. */
function readAfter(file: string, before: Snapshot) {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      tables: snapshot(db, before),
      integrity: db.pragma('integrity_check', { simple: true }) as string,
      brokenReferences: db.pragma('foreign_key_check') as unknown[],
    };
  } finally {
    db.close();
  }
}

const asObject = (tables: Snapshot) => Object.fromEntries([...tables].map(([table, { rows }]) => [table, rows]));

describe('a workspace made by an old version opens, migrates and keeps every row', () => {
  it('schema 1, the earliest: its facts survive every migration since, and the app reads it', async () => {
    const before = readBefore('schema-0001.scrutiny');
    expect(before.version).toBe(1);
    expect([...before.tables.keys()]).toEqual(['workspace_meta']);
    expect(before.tables.get('workspace_meta')?.rows).toHaveLength(2);
    const file = copyOf('schema-0001.scrutiny', 'workspace.scrutiny');

    const status = await call('workspace/open', { path: file });
    expect(status).toMatchObject({ isOpen: true, schemaVersion: LATEST_SCHEMA_VERSION, createdAt: '2025-03-04T09:15:00.000Z' });
    expect(await call('people/list', { includeArchived: true })).toEqual([]);
    expect(await call('committees/list', { includeArchived: true })).toEqual([]);
    expect(await call('settings/get', {})).toMatchObject({ name: '', fontFamily: 'Liberation Sans' });
    const person = await call('people/create', { fullName: 'First person after the upgrade' });
    expect(await call('people/list', {})).toEqual([person]);
    ctx.workspace.close();

    const after = readAfter(file, before.tables);
    expect(after.version).toBe(LATEST_SCHEMA_VERSION);
    expect(asObject(after.tables)).toEqual(asObject(before.tables));
    expect(after.integrity).toBe('ok');
    expect(after.brokenReferences).toEqual([]);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('workspace.scrutiny.schema-1-backup-'))).toHaveLength(1);
  });

  it('schema 7, the first full set of tables: every row of every table keeps its values, and the app reads it', async () => {
    const before = readBefore('schema-0007.scrutiny');
    expect(before.version).toBe(7);
    expect(before.tables.size).toBe(28);
    const empty = [...before.tables].filter(([, { rows }]) => rows.length === 0).map(([table]) => table);
    expect(empty, 'the fixture has rows in every table').toEqual([]);
    const file = copyOf('schema-0007.scrutiny', 'workspace.scrutiny');

    expect(await call('workspace/open', { path: file })).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, createdAt: '2025-03-04T09:15:00.000Z' });
    const people = await call('people/list', { includeArchived: true });
    expect(people.map((person) => person.fullName).sort()).toEqual(['Morgan O’Neill', 'Priya Shah', 'Zoë Achterberg-Nwosu']);
    const committees = await call('committees/list', { includeArchived: true });
    expect(committees.map((committee) => committee.name)).toContain('Ofsted Improvement Subgroup');
    const meeting = await call('meetings/get', { id: 2 });
    expect(meeting.agendaItems.map((item) => [item.title, item.isExempt])).toEqual([['Residential home inspection', true], ['Exclusion of the press and public', false]]);
    const minutes = await call('minutes/get', { meetingId: 1 });
    expect(JSON.stringify(minutes)).toContain('CYP/OIS/25/2');
    expect(JSON.stringify(minutes)).toContain('That a note on foster carer recruitment be circulated.');
    const plan = await call('actionPlans/get', { id: 1, includeArchived: true });
    expect(plan.entries.map((entry) => entry.heading)).toEqual(['Health assessments', 'Foster carers']);
    const history = await call('progress/history', { actionId: 1 });
    expect(history.map((update) => [update.id, update.supersededById])).toEqual([[2, null], [1, 2]]);
    const found = await call('search/query', { text: 'foster' });
    expect(found.hits.map((hit) => hit.kind).sort()).toEqual(['decision', 'minute_entry', 'recommendation']);
    // 0008 moved Liberation Serif to Tinos on purpose: the one value a migration changes.
    expect(await call('settings/get', {})).toMatchObject({ name: 'Castlemere Borough Council', fontFamily: 'Tinos', bodyFontSizePt: 11.5 });
    expect(await call('workspace/info', { isFullCheck: true })).toMatchObject({ integrity: 'ok', foreignKeyProblems: 0 });
    ctx.workspace.close();

    const after = readAfter(file, before.tables);
    expect(after.version).toBe(LATEST_SCHEMA_VERSION);
    const expected = asObject(before.tables);
    expected.authority_settings = (expected.authority_settings ?? []).map((row) => ({ ...row, font_family: 'Tinos' }));
    expect(asObject(after.tables)).toEqual(expected);
    expect(after.integrity).toBe('ok');
    expect(after.brokenReferences).toEqual([]);
  });
});
