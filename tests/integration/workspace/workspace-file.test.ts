import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { invoke } from '../../../electron/core/api';
import { silentLogger } from '../../../electron/core/logger';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { WORKSPACE_APPLICATION_ID } from '../../../electron/core/db/connection';
import type { AppEvent } from '../../../shared/api/types';
import { makeTempDir } from '../../helpers/temp';

let dir: string;
let ctx: CoreContext;
let events: AppEvent[];

beforeEach(() => {
  dir = makeTempDir('workspace-file');
  events = [];
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, emit: (event) => events.push(event) });
});

afterEach(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('workspace files', () => {
  it('creates a workspace that is marked as ours, in WAL mode, at the latest schema', async () => {
    const file = path.join(dir, 'Committee work.scrutiny');
    const result = await invoke(ctx, 'workspace/create', { path: file });
    expect(result).toMatchObject({ ok: true, value: { isOpen: true, path: file, fileName: 'Committee work.scrutiny', schemaVersion: LATEST_SCHEMA_VERSION } });
    ctx.workspace.close();

    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    expect(events.some((event) => event.type === 'workspace/changed')).toBe(true);
  });

  it('refuses to create over an existing file and leaves it untouched', async () => {
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'do not lose me');
    const result = await invoke(ctx, 'workspace/create', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.readFileSync(file, 'utf8')).toBe('do not lose me');
  });

  it('refuses a file that is not a database, with a message naming the file', async () => {
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, '%PDF-1.7\n');
    const result = await invoke(ctx, 'workspace/open', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'workspace_invalid' } });
    if (!result.ok) expect(result.error.message).toContain('report.pdf');
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.7\n');
  });

  it('refuses another program’s SQLite database without changing it', async () => {
    const file = path.join(dir, 'other.db');
    const other = new Database(file);
    other.exec('CREATE TABLE things (id INTEGER PRIMARY KEY)');
    other.close();
    const before = fs.readFileSync(file);
    const result = await invoke(ctx, 'workspace/open', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'workspace_invalid' } });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a workspace from a newer version and says to update, leaving the file as it was', async () => {
    const file = path.join(dir, 'future.scrutiny');
    await invoke(ctx, 'workspace/create', { path: file });
    ctx.workspace.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = fs.readFileSync(file);

    const result = await invoke(ctx, 'workspace/open', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'workspace_newer' } });
    if (!result.ok) expect(result.error.message).toMatch(/newer version.*Update the app/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a missing file as not found', async () => {
    const result = await invoke(ctx, 'workspace/open', { path: path.join(dir, 'nowhere.scrutiny') });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('keeps the open workspace when opening another one fails', async () => {
    const good = path.join(dir, 'good.scrutiny');
    await invoke(ctx, 'workspace/create', { path: good });
    await invoke(ctx, 'workspace/open', { path: path.join(dir, 'missing.scrutiny') });
    expect(await invoke(ctx, 'workspace/status', {})).toMatchObject({ ok: true, value: { isOpen: true, path: good } });
  });

  it('saves a consistent copy with progress, and will not overwrite without being told', async () => {
    const file = path.join(dir, 'main.scrutiny');
    await invoke(ctx, 'workspace/create', { path: file });
    const copy = path.join(dir, 'copy.scrutiny');
    const saved = await invoke(ctx, 'workspace/saveCopy', { path: copy });
    expect(saved).toMatchObject({ ok: true, value: { path: copy } });
    const progress = events.filter((event) => event.type === 'progress');
    expect(progress.at(-1)).toMatchObject({ isFinished: true });

    const raw = new Database(copy, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const again = await invoke(ctx, 'workspace/saveCopy', { path: copy });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const onto = await invoke(ctx, 'workspace/saveCopy', { path: file });
    expect(onto).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('reports a read-only destination clearly and leaves no partial file', async () => {
    const file = path.join(dir, 'main.scrutiny');
    await invoke(ctx, 'workspace/create', { path: file });
    const locked = path.join(dir, 'locked');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
    try {
      const isRoot = process.getuid?.() === 0;
      const result = await invoke(ctx, 'workspace/saveCopy', { path: path.join(locked, 'copy.scrutiny') });
      // root ignores folder permissions; the check still runs for everyone else.
      if (!isRoot) expect(result).toMatchObject({ ok: false, error: { code: 'io_error' } });
      expect(fs.readdirSync(locked).filter((name) => name.endsWith('.partial'))).toEqual([]);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  it('lists recently opened workspaces, newest first', async () => {
    const first = path.join(dir, 'first.scrutiny');
    const second = path.join(dir, 'second.scrutiny');
    await invoke(ctx, 'workspace/create', { path: first });
    await invoke(ctx, 'workspace/create', { path: second });
    const recent = await invoke(ctx, 'workspace/recent', {});
    expect(recent.ok && (recent.value as { path: string }[]).map((entry) => entry.path)).toEqual([second, first]);
  });
});
