// `--today` lets the browser host run as if it were another day, so the
// end-to-end tests read the same deadlines whatever the machine's date. The
// host is started as users start it (the built out/main/web.js).
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardSummary } from '../../../shared/api/methods/dashboard';
import { makeTempDir } from '../../helpers/temp';
import { startHostProcess, type HostProcess } from '../../helpers/web-host-process';

const root = path.resolve(import.meta.dirname, '../../..');
let dir: string;
beforeAll(() => { dir = makeTempDir('today-option'); });
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

/** The dashboard as a host started with `--today` sees it; both hosts share one user-data folder, so the demo is made once. */
async function summaryOn(today: string): Promise<DashboardSummary> {
  const host = await startHostProcess({ userDataDir: dir, args: ['--today', today] });
  try {
    return await askSummary(host);
  } finally {
    await host.stop();
  }
}

async function askSummary(host: HostProcess): Promise<DashboardSummary> {
  const reply = await fetch(`${host.origin}/api/invoke`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ method: 'dashboard/summary', input: {} }),
  });
  const body = (await reply.json()) as { ok: boolean; value: DashboardSummary };
  expect(body.ok).toBe(true);
  return body.value;
}

describe('the browser host’s --today', () => {
  it('makes the engine’s today that day: the demo’s December meeting is next on 23 November 2026 and past by 2 January 2027', async () => {
    const november = await summaryOn('2026-11-23');
    expect(november.today).toBe('2026-11-23');
    expect(november.nextMeetings.map((meeting) => meeting.meetingDate)).toContain('2026-12-01');

    const january = await summaryOn('2027-01-02');
    expect(january.today).toBe('2027-01-02');
    expect(january.nextMeetings.map((meeting) => meeting.meetingDate)).not.toContain('2026-12-01');
  }, 90_000);

  it('refuses a day that does not exist, saying how to write one', () => {
    const dir = makeTempDir('today-option-bad');
    const result = spawnSync(process.execPath, [path.join(root, 'out/main/web.js'), '--today', '2026-02-30'], {
      env: { ...process.env, SCRUTINY_USER_DATA: dir },
      encoding: 'utf8',
      timeout: 20_000,
    });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--today must be a real day written YYYY-MM-DD (for example 2026-11-23), not "2026-02-30"');
  });
});
