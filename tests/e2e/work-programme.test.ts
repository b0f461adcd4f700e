import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeSummary } from '../../shared/api/methods/committees';
import type { Meeting, MeetingSummary } from '../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../shared/api/methods/work-programme';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { attemptFromPage, callFromPage as call } from '../helpers/page-api';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const DECEMBER = 'Tuesday, 1 December 2026';
const FEBRUARY = 'Tuesday, 9 February 2027';
const MARCH = 'Tuesday, 16 March 2027';
const UNSCHEDULED = 'Items to be scheduled';
const NEW_ITEM = 'Care leavers offer';

const session = useHostSession('e2e-work-programme');
let committeeId = 0;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { page } = session.browser;
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const committees = await call<CommitteeSummary[]>(page, 'committees/list', {});
  committeeId = committees.find((committee) => committee.name === 'Improvement Subgroup')?.id ?? 0;
  expect(committeeId).toBeGreaterThan(0);
  // The demo schedules July (held, its minutes awaiting approval) and December (issued); a February meeting gives the items somewhere new to go.
  const meetings = await call<MeetingSummary[]>(page, 'meetings/list', { committeeId });
  if (!meetings.some((meeting) => meeting.meetingDate === '2027-02-09')) {
    await call<Meeting>(page, 'meetings/create', { committeeId, meetingDate: '2027-02-09' });
  }
});

async function openBoard(page: Page): Promise<Locator> {
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/committees/${committeeId}/work-programme`);
  const board = page.locator('.wp-board');
  await group(page, UNSCHEDULED).getByRole('table').waitFor();
  return board;
}

function group(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

function announcement(page: Page): Promise<string> {
  return page.locator('.wp-board > [role="status"]').innerText();
}

/** The item column of a group's table, top to bottom. */
async function itemsOf(page: Page, name: string): Promise<string[]> {
  const table = group(page, name).getByRole('table');
  if ((await table.count()) === 0) return [];
  return table.locator('tbody .wp-item__title').allInnerTexts();
}

function rowOf(page: Page, name: string, item: string): Locator {
  return group(page, name).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${item}`) }) });
}

/** What has focus, as a screen reader would name it, and the item row it sits in. */
async function focused(page: Page): Promise<{ name: string; row: string }> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    const label = active?.id ? document.querySelector(`label[for="${active.id}"]`)?.textContent : null;
    const row = active?.closest('[data-item-id]')?.querySelector('.wp-item__title')?.textContent ?? '';
    return { name: active?.getAttribute('aria-label') ?? label ?? active?.textContent ?? '', row };
  });
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not on screen.');
  return box;
}

async function screenshot(page: Page, locator: Locator, name: string) {
  // Tall enough for the whole board: the page scrolls inside <main>, which would clip it.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await locator.screenshot({ path: path.join(SCREENSHOTS, name) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('the work programme board', () => {
  it('shows each meeting with its status, report deadline and items, then the items to be scheduled', async () => {
    const { page } = session.browser;
    const board = await openBoard(page);
    const headings = await board.getByRole('heading', { level: 2 }).allInnerTexts();
    // Upcoming meetings first; the July meeting, which has taken place, is folded away under "Earlier meetings".
    expect(headings.slice(0, 3)).toEqual([DECEMBER, FEBRUARY, UNSCHEDULED]);
    expect(await group(page, 'Tuesday, 14 July 2026').isVisible()).toBe(false);
    const december = group(page, DECEMBER);
    expect(await december.locator('.wp-status').innerText()).toBe('Agenda issued');
    expect(await december.locator('.wp-deadline__text').innerText()).toBe('Reports due Friday, 20 November 2026');
    expect(await december.getByRole('columnheader').allInnerTexts()).toEqual(['Item', 'Purpose of report', 'Lead officer', 'Executive member', 'Comments', 'Actions']);
    expect(await itemsOf(page, DECEMBER)).toEqual(['Improvement plan: progress report', 'Care leavers’ accommodation', 'Placement sufficiency: commissioning update']);
    // The December agenda was drafted from these items.
    expect(await december.getByText('On the agenda', { exact: true }).count()).toBe(3);
    expect(await itemsOf(page, UNSCHEDULED)).toHaveLength(4);
    await screenshot(page, board, 'work-programme-board.png');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByText('Earlier meetings').click();
    const july = group(page, 'Tuesday, 14 July 2026');
    await july.waitFor();
    expect(await july.locator('.wp-status').innerText()).toBe('Held');
    // A meeting that has taken place takes no more items, so it offers no way to add one or to change its deadline.
    await july.getByText('This meeting has taken place, so nothing more can be scheduled for it. An item it deferred can still be moved on').waitFor();
    expect(await july.getByRole('button', { name: /^Add an item/ }).count()).toBe(0);
    expect(await july.getByRole('button', { name: /^Change deadline/ }).count()).toBe(0);
    const moveTo = rowOf(page, UNSCHEDULED, 'Annual report').getByLabel(/^Move .* to$/);
    expect(await moveTo.locator('option').allInnerTexts()).toEqual(['Move to…', '1 December 2026', '9 February 2027']);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByText('Earlier meetings').click();
  });

  it('adds an item, moves it by keyboard and by drag and drop, and keeps the moves after a reload', async () => {
    const { page } = session.browser;
    await openBoard(page);
    const unscheduled = group(page, UNSCHEDULED);
    await unscheduled.getByRole('button', { name: `Add an item to ${UNSCHEDULED}` }).click();
    const form = unscheduled.getByRole('form', { name: `New item for ${UNSCHEDULED}` });
    // An empty item is refused beside the field, and nothing is added.
    await form.getByRole('button', { name: 'Add item' }).click();
    await expect.poll(() => form.getByLabel('Item', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await itemsOf(page, UNSCHEDULED)).toHaveLength(4);
    await form.getByLabel('Item', { exact: true }).fill(NEW_ITEM);
    await form.getByLabel('Purpose of report').fill('To review the local offer to care leavers');
    await form.getByLabel('Lead officer').fill('Fiona Whitlock');
    await form.getByLabel('Executive member').fill('Councillor Fairbairn');
    await form.getByLabel('Comments').fill('Raised by the Children in Care Council');
    await screenshot(page, unscheduled, 'work-programme-add-form.png');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Add item' }).click();
    await expect.poll(() => announcement(page)).toBe(`Added “${NEW_ITEM}” to ${UNSCHEDULED}, position 5 of 5`);
    expect((await itemsOf(page, UNSCHEDULED)).at(-1)).toBe(NEW_ITEM);
    expect((await focused(page)).row).toBe(NEW_ITEM);

    // Keyboard: choose the meeting in "Move to…", then Tab to Move and press Enter.
    const moveTo = rowOf(page, UNSCHEDULED, NEW_ITEM).getByLabel(`Move “${NEW_ITEM}” to`);
    await moveTo.focus();
    await moveTo.selectOption({ label: '1 December 2026' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => announcement(page)).toBe(`Moved “${NEW_ITEM}” to ${DECEMBER}, position 4 of 4`);
    expect(await itemsOf(page, DECEMBER)).toEqual(['Improvement plan: progress report', 'Care leavers’ accommodation', 'Placement sufficiency: commissioning update', NEW_ITEM]);
    expect(await itemsOf(page, UNSCHEDULED)).not.toContain(NEW_ITEM);
    expect(await focused(page)).toEqual({ name: `Move “${NEW_ITEM}” to`, row: NEW_ITEM });

    // Move up, by keyboard: focus stays on Move up of the item that moved.
    await rowOf(page, DECEMBER, NEW_ITEM).getByRole('button', { name: `Move up “${NEW_ITEM}”` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => announcement(page)).toBe(`Moved “${NEW_ITEM}” to ${DECEMBER}, position 3 of 4`);
    expect((await itemsOf(page, DECEMBER))[2]).toBe(NEW_ITEM);
    expect(await focused(page)).toEqual({ name: `Move up “${NEW_ITEM}”`, row: NEW_ITEM });

    // Drag and drop within the meeting, by hand: over the top half of the first row it goes first.
    // (Mouse moves, not hovers: Playwright starts a drag only from a plain move with the button down.)
    // A window tall enough for both ends of the drags: a drag that has to scroll the page is another test.
    await page.setViewportSize({ width: 1280, height: 2400 });
    const grip = await boxOf(rowOf(page, DECEMBER, NEW_ITEM).getByTitle('Drag to move this item'));
    const first = rowOf(page, DECEMBER, 'Improvement plan');
    const firstBox = await boxOf(first);
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(firstBox.x + 300, firstBox.y + 6, { steps: 4 });
    await page.mouse.move(firstBox.x + 320, firstBox.y + 8);
    await expect.poll(() => first.getAttribute('class')).toContain('wp-row--drop-before');
    expect(await group(page, DECEMBER).locator('.wp-drop-hint').innerText()).toBe('Release to move here');
    expect(await group(page, FEBRUARY).locator('.wp-drop-hint').innerText()).toBe('Drop here');
    await page.locator('.wp-board').screenshot({ path: path.join(SCREENSHOTS, 'work-programme-dragging.png') });
    await page.mouse.up();
    await expect.poll(() => announcement(page)).toBe(`Moved “${NEW_ITEM}” to ${DECEMBER}, position 1 of 4`);
    expect((await itemsOf(page, DECEMBER))[0]).toBe(NEW_ITEM);

    // Drag and drop: the item's grip onto the February meeting.
    const february = group(page, FEBRUARY);
    await rowOf(page, DECEMBER, NEW_ITEM).getByTitle('Drag to move this item').dragTo(february.getByRole('heading', { name: FEBRUARY }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => announcement(page)).toBe(`Moved “${NEW_ITEM}” to ${FEBRUARY}, position 1 of 1`);
    expect(await itemsOf(page, FEBRUARY)).toEqual([NEW_ITEM]);
    expect(await itemsOf(page, DECEMBER)).not.toContain(NEW_ITEM);
    expect((await focused(page)).row).toBe(NEW_ITEM);

    await page.reload();
    await openBoard(page);
    expect(await itemsOf(page, FEBRUARY)).toEqual([NEW_ITEM]);
    expect(await itemsOf(page, DECEMBER)).toEqual(['Improvement plan: progress report', 'Care leavers’ accommodation', 'Placement sufficiency: commissioning update']);
    const stored = await call<WorkProgrammeItem[]>(page, 'workProgramme/list', { committeeId });
    expect(stored.find((item) => item.item === NEW_ITEM)).toMatchObject({ meetingDate: '2027-02-09', position: 1, leadOfficer: 'Fiona Whitlock' });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('edits an item in place and deletes one after asking', async () => {
    const { page } = session.browser;
    await openBoard(page);
    const row = rowOf(page, UNSCHEDULED, 'Voice of the child');
    await row.getByRole('button', { name: /^Edit “Voice of the child/ }).click();
    const form = group(page, UNSCHEDULED).getByRole('form', { name: /^Edit “Voice of the child/ });
    await form.getByLabel('Comments').fill('Date agreed: February');
    await screenshot(page, group(page, UNSCHEDULED), 'work-programme-edit-form.png');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => announcement(page)).toMatch(/^Saved “Voice of the child/);
    expect(await rowOf(page, UNSCHEDULED, 'Voice of the child').getByRole('cell').allInnerTexts()).toContain('Date agreed: February');
    expect((await focused(page)).name).toMatch(/^Edit “Voice of the child/);

    const doomed = rowOf(page, UNSCHEDULED, 'Annual report');
    await doomed.getByRole('button', { name: /^Delete…/ }).click();
    await doomed.getByRole('button', { name: 'Keep it' }).click();
    expect(await itemsOf(page, UNSCHEDULED)).toContain('Annual report of the Independent Reviewing Officer service');
    await doomed.getByRole('button', { name: /^Delete…/ }).click();
    await doomed.getByRole('group', { name: /^Delete “Annual report/ }).getByRole('button', { name: /^Delete “Annual report/ }).click();
    await expect.poll(() => announcement(page)).toBe(`Deleted “Annual report of the Independent Reviewing Officer service” from ${UNSCHEDULED}`);
    expect(await itemsOf(page, UNSCHEDULED)).not.toContain('Annual report of the Independent Reviewing Officer service');
    expect((await focused(page)).name).toBe(UNSCHEDULED);
  });

  it('shows the engine’s refusal beside the item when its meeting was cancelled meanwhile, and moves nothing', async () => {
    const { page } = session.browser;
    const march = await call<Meeting>(page, 'meetings/create', { committeeId, meetingDate: '2027-03-16' });
    await page.reload();
    await openBoard(page);
    const item = 'Emotional well-being support for children in care';
    // Someone else calls the meeting off while this board still offers it.
    await call<Meeting>(page, 'meetings/cancel', { id: march.id });
    const moveTo = rowOf(page, UNSCHEDULED, item).getByLabel(`Move “${item}” to`);
    await moveTo.selectOption({ label: '16 March 2027' });
    await rowOf(page, UNSCHEDULED, item).getByRole('button', { name: `Move “${item}”` }).click();
    const refusal = group(page, UNSCHEDULED).getByRole('alert');
    await expect.poll(() => refusal.innerText()).toBe('The meeting of 16 March 2027 was cancelled, so nothing more can be scheduled for it. Reinstate the meeting first if it is going ahead.');
    expect(await announcement(page)).toBe(`“${item}” was not moved. The meeting of 16 March 2027 was cancelled, so nothing more can be scheduled for it. Reinstate the meeting first if it is going ahead.`);
    expect(await itemsOf(page, UNSCHEDULED)).toContain(item);
    expect(await focused(page)).toEqual({ name: `Move “${item}” to`, row: item });
    await screenshot(page, group(page, UNSCHEDULED), 'work-programme-refused.png');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await openBoard(page);
    const cancelled = group(page, MARCH);
    expect(await cancelled.locator('.wp-status').innerText()).toBe('Cancelled');
    expect(await cancelled.locator('.wp-group__note').innerText()).toContain('was cancelled on Monday, 23 November 2026');
    expect(await cancelled.getByRole('button', { name: /^Add an item/ }).count()).toBe(0);
    expect(await rowOf(page, UNSCHEDULED, item).getByLabel(`Move “${item}” to`).locator('option').allInnerTexts()).not.toContain('16 March 2027');
  });

  it('sets a meeting’s report deadline by hand, refusing one after the meeting, and resets it to the rule', async () => {
    const { page } = session.browser;
    await openBoard(page);
    const february = group(page, FEBRUARY);
    const deadline = february.locator('.wp-deadline__text');
    const byRule = await deadline.innerText();
    expect(byRule).toMatch(/^Reports due \w+day, \d+ (January|February) 2027$/);

    await february.getByRole('button', { name: `Change deadline for ${FEBRUARY}` }).click();
    const date = february.getByLabel('Reports due');
    await date.fill('2027-02-10');
    await february.getByRole('button', { name: 'Save deadline' }).click();
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    expect(await february.locator('.wp-field__error').innerText()).toContain(`is after the meeting (9 February 2027)`);
    expect(await date.inputValue()).toBe('2027-02-10');
    await screenshot(page, february, 'work-programme-deadline-refused.png');
    expect(await axeViolations(page)).toEqual([]);

    await date.fill('2027-01-29');
    await february.getByRole('button', { name: 'Save deadline' }).click();
    await expect.poll(() => deadline.innerText()).toBe('Reports due Friday, 29 January 2027 (set by hand)');
    expect(await announcement(page)).toBe(`Reports for ${FEBRUARY} are now due Friday, 29 January 2027`);
    expect((await focused(page)).name).toBe(`Change deadline for ${FEBRUARY}`);

    await page.reload();
    await openBoard(page);
    expect(await deadline.innerText()).toBe('Reports due Friday, 29 January 2027 (set by hand)');
    await february.getByRole('button', { name: `Reset to the rule for ${FEBRUARY}` }).click();
    await expect.poll(() => deadline.innerText()).toBe(byRule);
    expect(await announcement(page)).toBe(`${byRule.replace('Reports due', `Reports for ${FEBRUARY} are now due`)}, by the authority’s rule`);
    expect(await february.getByRole('button', { name: /^Reset to the rule/ }).count()).toBe(0);
    const meetings = await call<MeetingSummary[]>(page, 'meetings/list', { committeeId });
    expect(meetings.find((meeting) => meeting.meetingDate === '2027-02-09')?.isReportDeadlineManual).toBe(false);
    // Nothing the board did raised an error in the page.
    expect(session.browser.problems).toEqual([]);
  });

  it('keeps a minuted meeting’s items in place as the record, offering only to edit their comments', async () => {
    const { page } = session.browser;
    // A spring meeting whose minutes were kept outside the app, with an item it considered and one it held over.
    const april = await call<Meeting>(page, 'meetings/create', { committeeId, meetingDate: '2026-04-14' });
    for (const title of ['Ofsted focused visit letter', 'Fostering recruitment']) {
      await call<WorkProgrammeItem>(page, 'workProgramme/create', { committeeId, meetingId: april.id, item: title });
    }
    for (const status of ['issued', 'held', 'minuted'] as const) await call(page, 'meetings/setStatus', { id: april.id, status });

    // Read afresh: the board does not watch for changes made behind its back.
    await page.reload();
    await openBoard(page);
    await page.getByText('Earlier meetings').click();
    const spring = group(page, 'Tuesday, 14 April 2026');
    await spring.waitFor();
    await spring.getByText('This meeting is minuted: its items are the record of what it looked at, so they stay here').waitFor();
    const row = rowOf(page, 'Tuesday, 14 April 2026', 'Fostering recruitment');
    expect(await row.getByRole('button').count()).toBe(1);
    expect(await row.getByRole('button', { name: 'Edit “Fostering recruitment”', exact: true }).count()).toBe(1);
    expect(await row.getByRole('combobox').count()).toBe(0);
    expect(await row.locator('.wp-grip').count()).toBe(0);
    await row.getByRole('button', { name: 'Edit “Fostering recruitment”' }).click();
    const form = spring.getByRole('form', { name: 'Edit “Fostering recruitment”' });
    await form.getByLabel('Comments').fill('Held over: take to a meeting in the new year');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => rowOf(page, 'Tuesday, 14 April 2026', 'Fostering recruitment').innerText()).toContain('Held over: take to a meeting in the new year');
    await screenshot(page, spring, 'work-programme-minuted.png');
    expect(await axeViolations(page)).toEqual([]);
    // The engine refuses a move all the same.
    const items = await call<WorkProgrammeItem[]>(page, 'workProgramme/list', { committeeId });
    const refused = await attemptFromPage(page, 'workProgramme/move', { id: items.find((item) => item.item === 'Fostering recruitment')?.id, meetingId: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/whose minutes are approved, so it cannot be moved/) as unknown } });
    expect(session.browser.problems).toEqual([]);
  });
});
