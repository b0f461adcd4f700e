import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { invoke } from '../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../electron/core/context';
import { silentLogger } from '../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api/contract';
import { makeTempDir } from './temp';

export type TestWorkspace = {
  ctx: CoreContext;
  file: string;
  /** Calls a method through the same validation as every door; throws on failure (for set-up). */
  call: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;
  /** Calls a method and returns the raw result, for tests about failures. */
  attempt: (method: string, input: unknown) => ReturnType<typeof invoke>;
  /** A hash of every row in the workspace, to prove a rejected call wrote nothing. */
  snapshot: () => string;
  close: () => void;
};

/** A real, new workspace file in a temporary folder, opened through the API. */
export async function openTestWorkspace(label: string, now: () => Date = () => new Date('2026-11-22T10:00:00Z')): Promise<TestWorkspace> {
  const dir = makeTempDir(label);
  const file = path.join(dir, `${label}.scrutiny`);
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now });
  const created = await invoke(ctx, 'workspace/create', { path: file });
  if (!created.ok) throw new Error(created.error.message);
  return {
    ctx,
    file,
    call: async (method, input) => {
      const result = await invoke(ctx, method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
      return result.value as never;
    },
    attempt: (method, input) => invoke(ctx, method, input),
    snapshot: () => snapshotOf(ctx.workspace.current().db),
    close: () => {
      ctx.workspace.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every table (the search index aside) as one string: equal before and after means nothing was written. */
export function snapshotOf(db: Database.Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all()]), (_key, value: unknown) =>
    Buffer.isBuffer(value) ? value.toString('base64') : value,
  );
}

/** How many statements `run` prepares: the same for a few rows and for many means no query per row. */
export async function statementsFor(db: Database.Database, run: () => Promise<unknown>): Promise<number> {
  const original = db.prepare.bind(db);
  let count = 0;
  db.prepare = ((sql: string) => {
    count += 1;
    return original(sql);
  });
  try {
    await run();
  } finally {
    db.prepare = original;
  }
  return count;
}
