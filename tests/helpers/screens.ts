// Moving around the app in the browser as an end-to-end test does it.
import type { Locator, Page } from 'playwright-core';

/**
 * A screen of the app loaded afresh at an address ("#/committees/3"), once its
 * main heading shows: nothing on screen carries over from the step before.
 */
export async function openAfresh(page: Page, origin: string, hash: string, heading: string | RegExp): Promise<void> {
  await page.goto(`${origin}/${hash}`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
}

/** Chooses a tab by its name; its panel, once the tab is selected. */
export async function openTab(page: Page, tab: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  return page.getByRole('tabpanel', { name: tab });
}
