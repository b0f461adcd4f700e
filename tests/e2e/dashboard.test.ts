// The home page on the demo workspace (Castlemere), through the browser host:
// the app opens on it, the December meeting's card shows its date and
// timetable check, and its links lead to the meeting and the plan overview.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';

const MEETING_LINK = 'Improvement Subgroup: Tuesday, 1 December 2026';
const PLAN_TITLE = 'Children’s Services Improvement Plan 2025–2027';
const screenshots = path.resolve(import.meta.dirname, '../.tmp/screenshots');

const session = useHostSession('e2e-dashboard');

beforeAll(() => {
  fs.mkdirSync(screenshots, { recursive: true });
});

async function openHome(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Home', exact: true }).waitFor();
  const meetings = page.getByRole('region', { name: 'Next meetings' });
  await meetings.getByRole('link', { name: MEETING_LINK }).waitFor();
  return meetings;
}

describe('the home page', () => {
  it('is where the app opens, with its cards’ headings in order and no accessibility findings', async () => {
    const { page } = session.browser;
    await page.getByRole('heading', { level: 1, name: 'Home', exact: true }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.getByRole('link', { name: 'Home', exact: true }).getAttribute('aria-current')).toBe('page');
    await page.getByRole('region', { name: 'Next meetings' }).getByRole('link', { name: MEETING_LINK }).waitFor();

    const headings = await page.locator('main').locator('h1, h2').allInnerTexts();
    expect(headings).toEqual(['Home', 'Next meetings', 'Overdue follow-ups', 'Overdue actions']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the December meeting with its timetable check in words and its missing paper', async () => {
    const { page } = session.browser;
    const meetings = await openHome(page);
    const card = meetings.getByRole('listitem').filter({ has: page.getByRole('link', { name: MEETING_LINK }) }).first();
    // The mark before the word is decoration; the word is what is read.
    const level = ((await card.locator('.timetable-check__level').textContent()) ?? '').replace(/^[^A-Za-z]+/, '');
    // As on the meeting page (timetable.test.ts): the December dates are all on time.
    expect(level).toBe('OK:');
    expect(await card.locator('.timetable-check').innerText()).toContain('Reports are due by Friday, 20 November 2026.');
    expect(await card.getByRole('heading', { level: 4, name: 'Missing papers' }).count()).toBe(1);
    expect(await card.innerText()).toContain('Care leavers’ accommodation');
    expect(await card.innerText()).toContain('marked to follow');

    // Tall enough for the whole page (it scrolls inside <main>, which would clip the shot), and no taller.
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.locator('main').screenshot({ path: path.join(screenshots, 'home.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('lists the demo’s overdue follow-up and the plan’s overdue actions', async () => {
    const { page } = session.browser;
    await openHome(page);
    const followUps = page.getByRole('region', { name: 'Overdue follow-ups' });
    expect(await followUps.innerText()).toContain('Send the Chair’s letter to the hospital trust chief executive');
    expect(await followUps.innerText()).toContain('Ms Aisha Rahman · due Friday, 14 August 2026');
    const actions = page.getByRole('region', { name: 'Overdue actions' });
    expect(await actions.innerText()).toContain('Open two new council-run children’s homes');
    expect(await actions.innerText()).toMatch(/\d+ overdue actions?/);
  });

  it('goes to the meeting from its card', async () => {
    const { page } = session.browser;
    const meetings = await openHome(page);
    await meetings.getByRole('link', { name: MEETING_LINK }).click();
    await page.getByRole('heading', { level: 1, name: MEETING_LINK }).waitFor();
    expect(page.url()).toMatch(/#\/meetings\/\d+$/);
  });

  it('goes to the plan’s overview from the overdue actions', async () => {
    const { page } = session.browser;
    await openHome(page);
    await page.getByRole('region', { name: 'Overdue actions' }).getByRole('link', { name: PLAN_TITLE }).click();
    await expect.poll(() => page.url()).toMatch(/#\/inspections\/plans\/\d+\/overview$/);
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
  });

  it('logged no console errors', () => {
    expect(session.browser.problems).toEqual([]);
  });
});
