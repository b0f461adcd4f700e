import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext } from '../../../electron/core/context';
import { openWorkspaceDatabase } from '../../../electron/core/db/connection';
import { silentLogger } from '../../../electron/core/logger';
import { makeTempDir } from '../../helpers/temp';
import { startHostProcess } from '../../helpers/web-host-process';
import { openTestWorkspace } from '../../helpers/workspace';

let dir: string;
beforeEach(() => { dir = makeTempDir('durability'); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const openFile = (file: string) => openWorkspaceDatabase(file, { isNew: false, log: silentLogger, now: () => new Date() });

async function workspaceWithPeople(name: string, count: number): Promise<string> {
  const ws = await openTestWorkspace(name);
  for (let index = 0; index < count; index += 1) await ws.call('people/create', { fullName: `Person ${index}`, organisation: 'x'.repeat(190) });
  const target = path.join(dir, `${name}.scrutiny`);
  await ws.call('workspace/saveCopy', { path: target });
  ws.close();
  return target;
}

/** Scribbles over the people table's pages near the end of a closed workspace; its length and header stay right. */
function scribbleNearTheEnd(file: string): void {
  const size = fs.statSync(file).size;
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, randomBytes(8192), 0, 8192, size - 3 * 4096);
  fs.closeSync(handle);
}

describe('bad workspace files are refused and left exactly as they were', () => {
  it('a truncated workspace', async () => {
    const file = await workspaceWithPeople('truncated', 400);
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2));
    const before = sha256(file);
    const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user'), log: silentLogger });
    const result = await invoke(ctx, 'workspace/open', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'workspace_invalid' } });
    if (!result.ok) expect(result.error.message).toMatch(/damaged.*backup/);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a cleanly closed workspace opens without a full check, and damage inside it is caught by the next backup', async () => {
    const file = await workspaceWithPeople('damaged-inside', 400);
    scribbleNearTheEnd(file);
    const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user'), log: silentLogger });
    expect(await invoke(ctx, 'workspace/open', { path: file })).toMatchObject({ ok: true });
    const backup = await invoke(ctx, 'workspace/backupNow', {});
    expect(backup).toMatchObject({ ok: false, error: { code: 'workspace_invalid' } });
    if (!backup.ok) expect(backup.error.message).toMatch(/failed its check while being backed up.*open your latest backup/);
    const backups = await invoke(ctx, 'workspace/backups', {});
    expect(backups).toMatchObject({ ok: true, value: { backups: [] } });
    ctx.workspace.close();
  });

  it('a workspace left with a write-ahead log (not closed cleanly) is checked before use', async () => {
    const file = await workspaceWithPeople('crashed', 400);
    scribbleNearTheEnd(file);
    fs.writeFileSync(`${file}-wal`, randomBytes(10));
    const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user'), log: silentLogger });
    const result = await invoke(ctx, 'workspace/open', { path: file });
    expect(result).toMatchObject({ ok: false, error: { code: 'workspace_invalid' } });
  });

  it('random bytes behind an SQLite header, and random bytes alone', async () => {
    const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user'), log: silentLogger });
    const fake = path.join(dir, 'fake.scrutiny');
    fs.writeFileSync(fake, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), randomBytes(8192)]));
    const noise = path.join(dir, 'noise.scrutiny');
    fs.writeFileSync(noise, randomBytes(8192));
    for (const file of [fake, noise]) {
      const before = sha256(file);
      const result = await invoke(ctx, 'workspace/open', { path: file });
      expect(result, file).toMatchObject({ ok: false, error: { code: 'workspace_invalid' } });
      expect(sha256(file)).toBe(before);
    }
  });
});

describe('one app at a time', () => {
  it('refuses a second instance with a clear message while the first has the workspace open', async () => {
    const file = await workspaceWithPeople('shared', 3);
    const host = await startHostProcess({ userDataDir: path.join(dir, 'host-user'), args: ['--workspace', file] });
    try {
      const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user'), log: silentLogger });
      const result = await invoke(ctx, 'workspace/open', { path: file });
      expect(result).toMatchObject({ ok: false, error: { code: 'workspace_locked' } });
      if (!result.ok) expect(result.error.message).toBe('shared.scrutiny is open in another Scrutiny Pack Builder window or program. Close it there, then try again.');
    } finally {
      await host.stop();
    }
    const db = openFile(file);
    expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(3);
    db.close();
  });
});

describe('killing the app mid-write', () => {
  it('loses no acknowledged write and leaves a workspace that opens and passes integrity_check (10 kills)', async () => {
    const file = await workspaceWithPeople('crash', 0);
    let totalAcknowledged = 0;
    for (let round = 0; round < 10; round += 1) {
      const host = await startHostProcess({ userDataDir: path.join(dir, `user-${round}`), args: ['--workspace', file] });
      const acknowledged: number[] = [];
      const killAfterMs = 40 + Math.floor(Math.random() * 250);
      const killer = setTimeout(() => { host.kill('SIGKILL'); }, killAfterMs);
      // Four writers at once, as a busy screen would send them.
      await Promise.all(
        [0, 1, 2, 3].map(async (writer) => {
          for (let index = 0; ; index += 1) {
            try {
              const response = await fetch(`${host.origin}/api/invoke`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
                body: JSON.stringify({ method: 'people/create', input: { fullName: `Round ${round} writer ${writer} #${index}` } }),
              });
              const reply = (await response.json()) as { ok: boolean; value?: { id: number } };
              if (reply.ok && reply.value) acknowledged.push(reply.value.id);
            } catch {
              return; // the process is gone
            }
          }
        }),
      );
      clearTimeout(killer);
      await host.stop();
      totalAcknowledged += acknowledged.length;

      const db = openFile(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set(db.prepare('SELECT id FROM people').pluck().all() as number[]);
        const lost = acknowledged.filter((personId) => !stored.has(personId));
        expect(lost, `round ${round}: ${acknowledged.length} acknowledged`).toEqual([]);
      } finally {
        db.close();
      }
    }
    // The kills must land among real writes, or the test proves nothing.
    expect(totalAcknowledged).toBeGreaterThan(50);
  }, 120_000);
});
