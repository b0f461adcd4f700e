import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupIfDue } from '../../../electron/core/workspace/backups';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-11-22T10:00:00Z');
  ws = await openTestWorkspace('info', () => clock);
});
afterEach(() => { ws.close(); });

describe('workspace info', () => {
  it('reports the schema, WAL mode, a clean integrity check and rows per kind', async () => {
    await ws.call('people/create', { fullName: 'Dora Achterberg' });
    const info = await ws.call('workspace/info', {});
    expect(info).toMatchObject({ integrity: 'ok', foreignKeyProblems: 0, journalMode: 'wal' });
    expect(info.counts).toMatchObject({ people: 1, authoritySettings: 1, committees: 0, auditEntries: 1 });
  });
});

describe('rolling backups', () => {
  it('backs up when due, not twice in a day, and keeps the newest few', async () => {
    expect(await backupIfDue(ws.ctx)).not.toBeNull();
    expect(await backupIfDue(ws.ctx)).toBeNull();
    clock = new Date('2026-11-23T10:30:00Z');
    expect(await backupIfDue(ws.ctx)).not.toBeNull();

    for (let day = 24; day < 24 + BACKUPS_KEPT + 2; day += 1) {
      clock = new Date(Date.UTC(2026, 10, day, 10, 30));
      await ws.call('workspace/backupNow', {});
    }
    const { backups } = await ws.call('workspace/backups', {});
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups[0]?.createdAt).toBe(clock.toISOString().replace(/\.\d{3}Z$/, '.000Z'));
    const newest = new Database(backups[0]?.path ?? '', { readonly: true });
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    newest.close();
  });
});
