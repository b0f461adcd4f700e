import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';

const SECTIONS = [
  { link: 'Home', hash: '#/home', heading: 'Home' },
  { link: 'Committees', hash: '#/committees', heading: 'Committees' },
  { link: 'Meetings', hash: '#/meetings', heading: 'Meetings' },
  { link: 'Inspections & action plans', hash: '#/inspections', heading: 'Inspections & action plans' },
  { link: 'Documents', hash: '#/documents', heading: 'Documents' },
  { link: 'Settings', hash: '#/settings', heading: 'Settings' },
] as const;

const screenshots = path.resolve(import.meta.dirname, '../.tmp/screenshots');

const session = useHostSession('e2e-user-data', { isOpened: false });

beforeAll(() => {
  fs.mkdirSync(screenshots, { recursive: true });
});

async function expectHeading(page: Page, text: string) {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

function focusedText(page: Page) {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** Moves focus with Tab, or Shift+Tab when the target is behind, as a keyboard user would (16 presses: past the six navigation links and a page's first controls). */
async function focusByKeyboard(page: Page, name: string) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let presses = 0; presses < 16; presses += 1) {
      if ((await focusedText(page)) === name) return;
      await page.keyboard.press(key);
    }
  }
  expect(await focusedText(page)).toBe(name);
}

describe('the app shell in Chromium through the browser host', () => {
  it('opens from the printed URL and drops the token from the address bar', async () => {
    const { page } = session.browser;
    await page.goto(session.host.url);
    await expectHeading(page, 'Home');
    expect(page.url()).not.toContain('token=');
    await expect.poll(() => page.getByText('Workspace: Demo workspace.scrutiny (demo)').count()).toBe(1);
  });

  it('visits every section by click, each under its own heading and with no serious accessibility issue', async () => {
    const { page } = session.browser;
    for (const section of SECTIONS) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: section.link, exact: true }).click();
      await expectHeading(page, section.heading);
      expect(page.url()).toContain(section.hash);
      await expect.poll(() => page.getByRole('link', { name: section.link, exact: true }).getAttribute('aria-current')).toBe('page');
      await page.screenshot({ path: path.join(screenshots, `${section.hash.slice(2)}.png`), fullPage: true });
      expect(await seriousViolations(page), section.link).toEqual([]);
    }
  });

  it('visits every section by keyboard alone, moving focus to each page heading', async () => {
    const { page } = session.browser;
    // Back from the page's first control, past the navigation and the search box, is the skip link.
    await page.goto(`${session.host.origin}/#/committees`);
    await expectHeading(page, 'Committees');
    await page.keyboard.press('Tab');
    for (let presses = 0; presses < 12 && (await focusedText(page)) !== 'Skip to main content'; presses += 1) await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Skip to main content');
    for (const section of SECTIONS) {
      await focusByKeyboard(page, section.link);
      await page.keyboard.press('Enter');
      await expectHeading(page, section.heading);
      expect(page.url()).toContain(section.hash);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    }
  });

  it('shows the focus ring on the focused control', async () => {
    const { page } = session.browser;
    await page.goto(`${session.host.origin}/#/settings`);
    await expectHeading(page, 'Settings');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement;
      return element ? getComputedStyle(element).outlineStyle : 'none';
    });
    expect(outline).toBe('solid');
  });

  it('shows an API failure as an error toast that Escape dismisses', async () => {
    const { page } = session.browser;
    await page.goto(`${session.host.origin}/#/settings`);
    await expectHeading(page, 'Settings');
    const openForm = page.getByRole('group', { name: 'Open a workspace' });
    await openForm.getByLabel('File path').fill(path.join(session.userData, 'does-not-exist.scrutiny'));
    await openForm.getByRole('button', { name: 'Open' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('No workspace file at');
    await page.screenshot({ path: path.join(screenshots, 'error-toast.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => alert.textContent()).toBe('');
  });

  it('saves a copy of the workspace from Settings and confirms it', async () => {
    const { page } = session.browser;
    const copy = path.join(session.userData, 'Copy for handover.scrutiny');
    const form = page.getByRole('group', { name: 'Save a copy' });
    await form.getByLabel('File path').fill(copy);
    await form.getByRole('button', { name: 'Save copy' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved a copy to');
    expect(fs.existsSync(copy)).toBe(true);
  });

  it('logged no console errors (CSP violations included)', () => {
    // The failed open above is reported by the API, not as a console error.
    expect(session.browser.problems).toEqual([]);
  });
});
