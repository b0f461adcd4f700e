import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';

const MEETING_HEADING = 'Improvement Subgroup: Tuesday, 1 December 2026';
const SCREENSHOT = process.env.PACK_PANEL_SCREENSHOT ?? path.resolve(import.meta.dirname, '../.tmp/screenshots/pack-panel.png');


const session = useHostSession('e2e-pack');

beforeAll(() => {
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
});

async function openDecemberMeeting(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Meetings', exact: true }).waitFor();
  await page.getByRole('link', { name: /1 December 2026/ }).click();
  await page.getByRole('heading', { level: 1, name: MEETING_HEADING }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Meeting pack' }).waitFor();
}

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Meeting pack' });
}

async function choose(page: Page, group: string, option: string) {
  await panel(page).getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
}

function statusText(page: Page) {
  return panel(page).locator('[aria-live="polite"]').textContent();
}

describe('the meeting pack panel', () => {
  it('builds a preview of both editions as PDF, with progress, then the files it wrote', async () => {
    const { page } = session.browser;
    await openDecemberMeeting(page);
    const folder = makeTempDir('pack-preview');
    await choose(page, 'Edition', 'Both');
    await choose(page, 'Format', 'PDF');
    // Only a meeting with "to follow" items offers a supplementary pack; the demo's December meeting has one.
    await panel(page).getByRole('group', { name: 'Pack' }).getByRole('radio', { name: 'Main pack' }).waitFor();
    await panel(page).getByLabel('Output folder').fill(folder);

    await panel(page).getByRole('button', { name: 'Build preview' }).click();
    const progress = panel(page).getByRole('progressbar', { name: 'Building the pack' });
    await progress.waitFor();
    expect(await panel(page).getByRole('button', { name: 'Build preview' }).isDisabled()).toBe(true);
    expect(await panel(page).getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^Preview built: 2 files, \d+ PDF pages/);
    expect(await progress.count()).toBe(0);

    const rows = panel(page).getByRole('table', { name: 'Files built' }).locator('tbody tr');
    expect(await rows.count()).toBe(2);
    for (const [index, edition] of ['Public', 'Members’'].entries()) {
      const cells = await rows.nth(index).locator('th, td').allTextContents();
      expect(cells[1]).toBe(edition);
      expect(cells[2]).toBe('PDF');
      expect(Number(cells[3])).toBeGreaterThan(1);
      expect(cells[4]).toMatch(/\d KB$|\d MB$/);
    }
    // The public edition leaves out the exempt papers, so it is shorter.
    const pages = await rows.locator('td:nth-child(4)').allTextContents();
    expect(Number(pages[0])).toBeLessThan(Number(pages[1]));

    const written = fs.readdirSync(folder).sort();
    expect(written).toEqual(['2026-12-01-improvement-subgroup-members.pdf', '2026-12-01-improvement-subgroup-public.pdf']);
    for (const name of written) {
      const file = path.join(folder, name);
      expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await panel(page).getByText(file, { exact: true }).count()).toBe(1);
    }
    // The to-follow item is flagged before the pack goes out.
    expect(await panel(page).getByRole('group', { name: /Check before you send it/ }).textContent()).toContain('Care leavers’ accommodation');

    // Tall enough for the whole panel: the page scrolls inside <main>, which would clip it.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await panel(page).screenshot({ path: SCREENSHOT });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('cancels a build and says nothing was written', async () => {
    const { page } = session.browser;
    await openDecemberMeeting(page);
    const folder = path.join(makeTempDir('pack-cancel'), 'not yet made');
    await choose(page, 'Edition', 'Both');
    await choose(page, 'Format', 'Both');
    await panel(page).getByLabel('Output folder').fill(folder);
    await panel(page).getByRole('button', { name: 'Build preview' }).click();
    await panel(page).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => statusText(page), { timeout: 30_000 }).toBe('Cancelled: nothing was written.');
    expect(fs.existsSync(folder)).toBe(false);
    expect(await panel(page).getByRole('button', { name: 'Build preview' }).isEnabled()).toBe(true);
  });

  it('issues the members’ PDF as version 2 after confirming (the demo issued version 1), lists it and exports it again', async () => {
    const { page } = session.browser;
    await openDecemberMeeting(page);
    // The demo issued version 1 of each file on 23 November.
    await page.getByRole('table', { name: 'Issued versions, newest first' }).waitFor();
    const folder = makeTempDir('pack-issue');
    await choose(page, 'Edition', 'Members’');
    await choose(page, 'Format', 'PDF');
    await panel(page).getByLabel('Output folder').fill(folder);

    // Escape backs out of the question and issues nothing.
    const dialog = page.getByRole('dialog', { name: 'Issue the pack?' });
    await panel(page).getByRole('button', { name: 'Issue pack…' }).click();
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go back');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(fs.readdirSync(folder)).toEqual([]);

    await panel(page).getByRole('button', { name: 'Issue pack…' }).click();
    await dialog.waitFor();
    const question = (await dialog.textContent()) ?? '';
    expect(question).toContain('stored in this workspace as version 2');
    expect(question).toContain('The agenda issue date will be set to today');
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-dialog.png') });
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Issue version 2' }).click();

    await expect.poll(() => statusText(page), { timeout: 30_000 }).toMatch(/^Pack issued as version 2: 1 file, \d+ PDF pages/);
    const issued = page.getByRole('table', { name: 'Issued versions, newest first' });
    await issued.waitFor();
    const cells = await issued.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['2', 'Main pack', 'Members’', 'PDF']);
    expect(Number(cells[4])).toBeGreaterThan(1);
    expect(cells[6]).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}\.\d{2} (am|pm)$|noon$/);
    expect(fs.readdirSync(folder)).toEqual(['2026-12-01-improvement-subgroup-members.pdf']);

    const exportFolder = makeTempDir('pack-export');
    await panel(page).getByLabel('Output folder').fill(exportFolder);
    await issued.getByRole('button', { name: /^Export version 2, members’ PDF/ }).click();
    const exportedPath = path.join(exportFolder, '2026-12-01-improvement-subgroup-members.pdf');
    await expect.poll(() => page.getByRole('region', { name: 'Issued versions' }).locator('[aria-live="polite"]').textContent()).toBe(`Exported version 2 to ${exportedPath}.`);
    expect(fs.readFileSync(exportedPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A second export keeps the first file and names the copy apart.
    await issued.getByRole('button', { name: /^Export version 2, members’ PDF/ }).click();
    const secondPath = path.join(exportFolder, '2026-12-01-improvement-subgroup-members (2).pdf');
    await expect.poll(() => page.getByRole('region', { name: 'Issued versions' }).locator('[aria-live="polite"]').textContent()).toBe(`Exported version 2 to ${secondPath}.`);
    expect(fs.readFileSync(secondPath).equals(fs.readFileSync(exportedPath))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-issued.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(session.browser.problems).toEqual([]);
  });
});
