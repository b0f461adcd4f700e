import fs from 'node:fs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { makeTempDir } from './temp';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type BrowserSession = {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions seen so far (a CSP violation shows up here). */
  problems: string[];
  close: () => Promise<void>;
};

/**
 * Debian's Chromium, headless, with a fresh profile and no background network;
 * with `today`, the page's clock starts at 9.00 am that day and runs on.
 */
export async function openBrowser(options: { today?: string } = {}): Promise<BrowserSession> {
  const profile = makeTempDir('chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  if (options.today !== undefined) {
    const [year, month, day] = options.today.split('-').map(Number);
    await context.clock.install({ time: new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 9) });
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => { problems.push(error.message); });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
