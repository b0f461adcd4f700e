// The demo action plan's page in the browser, for e2e tests: open it fresh,
// expand an entry, find an action, write a note as a person types.
import type { Locator, Page } from 'playwright-core';
import { PLAN } from '../../electron/core/demo/content/action-plan';

/** Today where the browser runs, as YYYY-MM-DD (the date fields default to it). */
export function todayIso(): string {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The demo plan on a freshly loaded page, so nothing shown (as at, expanded entries) carries over from the test before. */
export async function openPlan(page: Page, origin: string, tab: '' | '/overview' = '') {
  await page.goto(`${origin}/#/inspections/plans/1${tab}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: PLAN.title }).waitFor();
  await page.getByRole('tab', { name: tab === '' ? 'Plan' : 'Overview', selected: true }).waitFor();
}

export async function expandEntry(page: Page, heading: string): Promise<Locator> {
  const toggle = page.getByRole('button', { name: heading, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.locator('li.plan-entry').filter({ has: toggle });
}

export function action(page: Page, description: string): Locator {
  return page.locator('li.plan-action').filter({ has: page.locator('.plan-action__description', { hasText: description }) });
}

/** Replaces what the note editor holds with these paragraphs, typed as a person would. */
export async function writeNote(page: Page, editor: Locator, paragraphs: readonly string[]) {
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(text);
  }
}
