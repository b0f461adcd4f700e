import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';

const MEETING_HEADING = 'Improvement Subgroup: Tuesday, 1 December 2026';
const screenshots = path.resolve(import.meta.dirname, '../.tmp/screenshots');

const session = useHostSession('e2e-timetable');

beforeAll(() => {
  fs.mkdirSync(screenshots, { recursive: true });
});

async function openDecemberMeeting(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Meetings', exact: true }).waitFor();
  await page.getByRole('link', { name: /1 December 2026/ }).click();
  await page.getByRole('heading', { level: 1, name: MEETING_HEADING }).waitFor();
  const panel = page.getByRole('region', { name: 'Statutory timetable' });
  await panel.getByRole('list').waitFor();
  return panel;
}

async function openNonWorkingDays(page: Page, year?: number): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings', exact: true }).waitFor();
  const panel = page.getByRole('region', { name: 'Non-working days' });
  if (year !== undefined) await panel.getByLabel('Year').selectOption(String(year));
  await panel.getByRole('table').waitFor();
  return panel;
}

/** Each row of the days table as [date, name, kind]. */
async function dayRows(panel: Locator): Promise<string[][]> {
  const rows = panel.getByRole('table').locator('tbody tr');
  const texts: string[][] = [];
  for (let index = 0; index < (await rows.count()); index += 1) {
    texts.push((await rows.nth(index).locator('th, td').allTextContents()).slice(0, 3));
  }
  return texts;
}

/** The checks as shown: [level word, message]. */
async function checks(panel: Locator): Promise<string[][]> {
  const items = panel.getByRole('listitem');
  const texts: string[][] = [];
  for (let index = 0; index < (await items.count()); index += 1) {
    const item = items.nth(index);
    // The mark before the word is decoration (hidden from screen readers); the word and its colon are what is read.
    const level = ((await item.locator('.timetable-check__level').textContent()) ?? '').replace(/^[^A-Za-z]+/, '');
    texts.push([level, await item.locator('.timetable-check__message').innerText()]);
  }
  return texts;
}

async function screenshot(page: Page, panel: Locator, name: string) {
  // Tall enough for the whole card: the page scrolls inside <main>, which would clip it.
  await page.setViewportSize({ width: 1280, height: 1800 });
  await panel.screenshot({ path: path.join(screenshots, name) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('the statutory timetable', () => {
  it('shows the December meeting’s dates in words and its checks, worst first', async () => {
    const { page } = session.browser;
    const panel = await openDecemberMeeting(page);
    const dates = await panel.locator('dt').allInnerTexts();
    const values = await panel.locator('dd').allInnerTexts();
    expect(dates).toEqual(['Report deadline', 'Agenda must be published by', 'Agenda issued on']);
    expect(values[0]).toBe('Friday, 20 November 2026');
    expect(values[1]).toContain('Monday, 23 November 2026');
    expect(values[1]).toContain('five clear working days before the meeting');
    expect(values[2]).toBe('Monday, 23 November 2026');

    const shown = await checks(panel);
    expect(shown).toContainEqual(['OK:', 'Reports are due by Friday, 20 November 2026.']);
    expect(shown).toContainEqual(['OK:', 'The agenda was published on Monday, 23 November 2026, with five clear working days before the meeting.']);
    await screenshot(page, panel, 'timetable-panel.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists 2026’s bank holidays and the demo’s Christmas Eve closure in Settings', async () => {
    const { page } = session.browser;
    const panel = await openNonWorkingDays(page, 2026);
    const rows = await dayRows(panel);
    expect(rows).toContainEqual(['Friday, 25 December 2026', 'Christmas Day', 'Bank holiday']);
    expect(rows).toContainEqual(['Monday, 28 December 2026', 'Boxing Day (substitute day)', 'Bank holiday']);
    expect(rows).toContainEqual(['Thursday, 24 December 2026', 'Council offices closed (Christmas Eve)', 'Authority’s own day']);
    // Bank holidays are built in: only the authority's own day can be removed.
    expect(await panel.getByRole('button', { name: /^Remove…/ }).count()).toBe(1);
    expect(await panel.getByRole('row', { name: /Christmas Day/ }).getByRole('button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the engine’s refusal of a weekend day beside the date', async () => {
    const { page } = session.browser;
    const panel = await openNonWorkingDays(page, 2026);
    await panel.getByLabel('Date').fill('2026-12-05');
    await panel.getByLabel('Name').fill('Staff away day');
    await panel.getByRole('button', { name: 'Add day' }).click();
    const date = panel.getByLabel('Date');
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').at(-1) ?? ''}"]`).innerText();
    expect(message).toContain('Saturday, 5 December 2026 is at a weekend');
    expect(await panel.locator('.nwd-field--error').innerText()).toContain('is at a weekend');
    expect(await dayRows(panel)).not.toContainEqual(expect.arrayContaining(['Staff away day']));
    await screenshot(page, panel, 'non-working-days-refused.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds an authority day the timetable then counts, and removes it after asking', async () => {
    const { page } = session.browser;
    let panel = await openNonWorkingDays(page, 2026);
    // Tuesday 24 November is one of the five clear days before the December meeting, so closing it makes the issued agenda late.
    await panel.getByLabel('Date').fill('2026-11-24');
    await panel.getByLabel('Name').fill('Staff training day');
    await panel.getByRole('button', { name: 'Add day' }).click();
    await expect.poll(() => panel.locator('[aria-live="polite"]').innerText()).toMatch(/^Added Tuesday, 24 November 2026 \(Staff training day\)\./);
    await expect.poll(() => dayRows(panel)).toContainEqual(['Tuesday, 24 November 2026', 'Staff training day', 'Authority’s own day']);
    expect(await panel.getByLabel('Date').inputValue()).toBe('');
    await screenshot(page, panel, 'non-working-days.png');

    const timetable = await openDecemberMeeting(page);
    expect(await timetable.locator('dd').nth(1).innerText()).toContain('Friday, 20 November 2026');
    const shown = await checks(timetable);
    expect(shown[0]?.[0]).toBe('Missed:');
    expect(shown.map(([level]) => level)).toEqual([...shown.map(([level]) => level)].sort((a, b) => rank(a) - rank(b)));
    await screenshot(page, timetable, 'timetable-panel-missed.png');
    expect(await axeViolations(page)).toEqual([]);

    panel = await openNonWorkingDays(page, 2026);
    const row = panel.getByRole('row', { name: /Staff training day/ });
    await row.getByRole('button', { name: /^Remove…/ }).click();
    const question = row.getByRole('group', { name: 'Remove Tuesday, 24 November 2026 (Staff training day)?' });
    await question.waitFor();
    // "Keep it" backs out and removes nothing.
    await question.getByRole('button', { name: 'Keep it' }).click();
    expect(await panel.getByRole('row', { name: /Staff training day/ }).count()).toBe(1);
    await row.getByRole('button', { name: /^Remove…/ }).click();
    await question.getByRole('button', { name: /^Remove Tuesday, 24 November 2026/ }).click();
    await expect.poll(() => panel.getByRole('row', { name: /Staff training day/ }).count()).toBe(0);
    expect(await panel.locator('[aria-live="polite"]').innerText()).toMatch(/^Removed Tuesday, 24 November 2026 \(Staff training day\)\./);
    // The list is read again after the removal; the other days come back with it.
    await expect.poll(() => dayRows(panel)).toContainEqual(['Thursday, 24 December 2026', 'Council offices closed (Christmas Eve)', 'Authority’s own day']);

    const restored = await openDecemberMeeting(page);
    expect((await checks(restored)).map(([level]) => level)).not.toContain('Missed:');
  });
});

function rank(level: string | undefined): number {
  return ['Missed:', 'Warning:', 'OK:'].indexOf(level ?? '');
}
