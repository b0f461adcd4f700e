// `npm run bench`: figures, not assertions. Each scenario prints median, min,
// max and peak RSS; missed targets are flagged in the table, never failed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, it } from 'vitest';
import { invoke } from '../../electron/core/api';
import { createCoreContext } from '../../electron/core/context';
import { openWorkspaceDatabase } from '../../electron/core/db/connection';
import { silentLogger } from '../../electron/core/logger';
import { openStartupWorkspace } from '../../electron/core/workspace/startup';
import { openBrowser } from '../helpers/browser';
import { makeTempDir } from '../helpers/temp';
import { startHostProcess } from '../helpers/web-host-process';
import { ensureLargeWorkspace } from './large-workspace';
import { measure, report, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const userData = makeTempDir('bench');
const figures: Figure[] = [];
afterAll(() => { fs.rmSync(userData, { recursive: true, force: true }); });

it('measures the app shell', async () => {
  const ctx = createCoreContext({ door: 'cli', userDataDir: userData, log: silentLogger });
  const status = await openStartupWorkspace(ctx, { kind: 'demo' });
  if (!status.isOpen) throw new Error('The demo workspace did not open');

  // A workspace is locked while open, so the session lets go of it while the opening is timed.
  ctx.workspace.close();
  figures.push(await measure('open a workspace (the demo workspace)', { runs: 15, targetMs: 300 }, () => {
    openWorkspaceDatabase(status.path, { isNew: false, log: silentLogger, now: () => new Date() }).close();
  }));
  ctx.workspace.open(status.path);
  figures.push(await measure('API call in process: workspace/status', { runs: 200 }, () => invoke(ctx, 'workspace/status', {})));
  ctx.workspace.close();

  // The shell is timed on the large workspace, as an authority years in would have it.
  const large = ensureLargeWorkspace(root);
  const host = await startHostProcess({ userDataDir: userData, args: ['--workspace', large.file] });
  const browser = await openBrowser();
  try {
    const api = `${host.origin}/api/invoke`;
    figures.push(await measure('API call over the browser host (HTTP round trip): app/info', { runs: 100 }, async () => {
      const response = await fetch(api, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` }, body: '{"method":"app/info"}' });
      await response.json();
    }));
    await browser.page.goto(host.url);
    figures.push(await measure('app shell first render in Chromium through the browser host', { runs: 7, targetMs: 1000, note: `large workspace (${large.sizeMb} MB): navigation start → first heading visible, fresh page each run` }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${host.origin}/#/committees`);
      await page.getByRole('heading', { level: 1, name: 'Committees' }).waitFor();
      await page.close();
    }));
    figures.push(await measure('the Home dashboard filled in, through the browser host', { runs: 7, targetMs: 1000, note: 'the start page: navigation start → next meetings, overdue follow-ups and actions shown' }, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${host.origin}/`);
      await page.getByRole('heading', { level: 2, name: 'Overdue actions' }).waitFor();
      await page.locator('.home-card').first().waitFor();
      await page.close();
    }));
  } finally {
    await browser.close();
    await host.stop();
  }

  console.log(`\n${report(figures, { jsonFile: path.join(root, 'bench-results.json'), section: 'app-shell' })}\n\nWritten to bench-results.json (section app-shell).`);
}, 120_000);
