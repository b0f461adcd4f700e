// The set-up every end-to-end test file shares: its own user-data folder, the
// browser host started on it, and a fresh Chromium page; all torn down after.
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type BrowserSession } from './browser';
import { makeTempDir } from './temp';
import { startHostProcess, type HostProcess } from './web-host-process';

export type HostSession = { userData: string; host: HostProcess; browser: BrowserSession };

/**
 * The day every end-to-end test lives on, server and browser alike: the
 * demo's December meeting is eight days off, so deadlines, the dashboard and
 * the timetable read the same whatever the machine's date.
 */
export const TEST_TODAY = '2026-11-23';

type SessionOptions = {
  /** Prepares the user-data folder and returns extra arguments for the host (e.g. a workspace to open); by default the host opens the demo workspace. */
  prepare?: (userData: string) => Promise<string[]>;
  /** Whether the page opens the app's printed address straight away (default true). */
  isOpened?: boolean;
};

/** Starts a host and a browser before this file's tests; the fields are filled in by the time a test runs. */
export function useHostSession(label: string, options: SessionOptions = {}): HostSession {
  const session = {} as HostSession;
  beforeAll(async () => {
    session.userData = makeTempDir(label);
    const args = options.prepare ? await options.prepare(session.userData) : [];
    session.host = await startHostProcess({ userDataDir: session.userData, args: [...args, '--today', TEST_TODAY] });
    session.browser = await openBrowser({ today: TEST_TODAY });
    // The printed address carries the token that lets this browser in.
    if (options.isOpened !== false) await session.browser.page.goto(session.host.url);
  });
  afterAll(async () => {
    // After a failed start some parts are missing; the start's own error is the one to report.
    const started = session as Partial<HostSession>;
    await started.browser?.close();
    await started.host?.stop();
    if (started.userData !== undefined) fs.rmSync(started.userData, { recursive: true, force: true });
  });
  return session;
}
