import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { openAfresh, openTab } from '../helpers/screens';

// Today is Monday 23 November 2026 (the host and the browser share the fixed clock), so 2026/27 is this municipal year.
const screenshots = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const session = useHostSession('e2e-committees');

const NAME = 'Care Leavers Task Group';
const PARENT = 'Children and Young People Scrutiny Committee';
const NEW_PERSON = 'Councillor Nadia Okonkwo';

beforeAll(() => {
  fs.mkdirSync(screenshots, { recursive: true });
});

let committeeHash = '';

async function openCommittees(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Committees', exact: true }).waitFor();
  const table = page.getByRole('table', { name: 'Committees' });
  await table.waitFor();
  return table;
}

/** A committee's page loaded afresh, so nothing on screen carries over from the test before. */
const openAt = (page: Page, hash: string) => openAfresh(page, session.host.origin, hash, NAME);

/** A full-page picture: the page scrolls inside <main>, so the window is made tall enough for it. */
async function screenshot(page: Page, name: string) {
  const height = await page.locator('main').evaluate((main) => main.scrollHeight + 120);
  await page.setViewportSize({ width: 1280, height: Math.max(800, height) });
  await page.screenshot({ path: path.join(screenshots, name) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The names under one role's heading, in order. */
async function namesIn(panel: Locator, group: string): Promise<string[]> {
  return panel.getByRole('region', { name: new RegExp(`^${group}`) }).locator('.committee-member__name').allTextContents();
}

describe('committees in the app', () => {
  it('lists the demo committees with parent, prefix, this year’s chair and the next meeting', async () => {
    const { page } = session.browser;
    const table = await openCommittees(page);
    const subgroup = table.getByRole('row', { name: /Improvement Subgroup/ });
    const cells = await subgroup.locator('th, td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual([
      'Improvement Subgroup',
      PARENT,
      'CYP/IMP',
      'Councillor Priya Ashworth',
      'Tuesday, 1 December 2026',
    ]);
    expect(await table.locator('thead th').allInnerTexts()).toContain('Chair 2026/27');
    await screenshot(page, 'committees-list.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the demo subgroup’s members grouped by role in the order its papers use, and its terms of reference', async () => {
    const { page } = session.browser;
    const table = await openCommittees(page);
    await table.getByRole('link', { name: 'Improvement Subgroup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Improvement Subgroup' }).waitFor();
    const panel = await openTab(page, 'Members');
    await panel.getByRole('heading', { name: 'Members for 2026/27 (11 members)' }).waitFor();
    expect(await panel.locator('.committee-group h3').allInnerTexts()).toEqual([
      'Chair (1)',
      'Vice-chair (1)',
      'Councillors (3)',
      'Co-opted members (2)',
      'Lead executive members (1)',
      'Strategic directors (1)',
      'Lead officers (2)',
    ]);
    // Lowther left in May 2026 and Qadir joined: 2025/26 still shows the year as it was.
    expect(await namesIn(panel, 'Councillors')).toEqual(['Councillor Joan Mbeki-Roberts', 'Councillor Owen Pritchard', 'Councillor Saira Qadir']);
    await panel.getByLabel('Municipal year').selectOption('2025');
    await expect.poll(() => namesIn(panel, 'Councillors')).toEqual(['Councillor Joan Mbeki-Roberts', 'Councillor Owen Pritchard', 'Councillor Gareth Lowther']);
    await panel.getByLabel('Municipal year').selectOption('2026');
    await panel.getByRole('heading', { name: 'Members for 2026/27 (11 members)' }).waitFor();
    await screenshot(page, 'committees-demo-members.png');
    expect(await axeViolations(page)).toEqual([]);

    const terms = await openTab(page, 'Terms of reference');
    await terms.getByRole('heading', { name: 'Rationale' }).waitFor();
    expect(await terms.locator('.committee-rationale__text').count()).toBe(4);
    await screenshot(page, 'committees-demo-terms.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses a minute prefix that would break references, beside the field, then creates the committee', async () => {
    const { page } = session.browser;
    await openCommittees(page);
    await page.getByRole('button', { name: 'New committee' }).click();
    const form = page.getByRole('form', { name: 'New committee' });
    await form.getByLabel('Name').fill(NAME);
    await form.getByLabel('Parent committee').selectOption({ label: PARENT });
    await form.getByLabel('Minute prefix').fill('A B/');
    await form.getByLabel('Contact officer').selectOption({ label: 'Ms Aisha Rahman – Scrutiny Support Officer' });
    await form.getByLabel('Usual venue').fill('Committee Room 1, Town Hall, Castlemere');
    await form.getByLabel('Usual start time').fill('14:30');
    await form.getByRole('button', { name: 'Create the committee' }).click();

    const prefix = form.getByLabel('Minute prefix');
    await expect.poll(() => prefix.getAttribute('aria-invalid')).toBe('true');
    const error = form.locator('.plan-field--error .plan-field__error');
    expect(await error.innerText()).toBe('Use letters and digits, separated by /, - or ., for example CYP/OSG.');
    // What was typed stays, so only the prefix needs correcting.
    expect(await form.getByLabel('Name').inputValue()).toBe(NAME);
    await screenshot(page, 'committees-new-refused.png');
    expect(await axeViolations(page)).toEqual([]);

    await prefix.fill('CYP/CLT');
    await form.getByRole('button', { name: 'Create the committee' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    await page.getByRole('tab', { name: 'Members', selected: true }).waitFor();
    committeeHash = new URL(page.url()).hash.replace(/\/members$/, '');
    expect(committeeHash).toMatch(/^#\/committees\/\d+$/);
    const facts = await page.locator('.committee-facts').innerText();
    expect(facts).toContain('CYP/CLT');
    expect(facts).toContain(PARENT);
    expect(facts).toContain('Ms Aisha Rahman');
  });

  it('moves between the tabs with the arrow keys, and each tab has its own address', async () => {
    const { page } = session.browser;
    await openAt(page, committeeHash);
    const details = page.getByRole('tab', { name: 'Details', selected: true });
    await details.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Members', selected: true }).waitFor();
    expect(new URL(page.url()).hash).toBe(`${committeeHash}/members`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Members');
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: 'Follow-ups', selected: true }).waitFor();
    expect(new URL(page.url()).hash).toBe(`${committeeHash}/follow-ups`);
    await page.goBack();
    await page.getByRole('tab', { name: 'Members', selected: true }).waitFor();
  });

  it('adds a new person and two members for 2026/27, reorders them, and copies the year to 2027/28', async () => {
    const { page } = session.browser;
    await openAt(page, `${committeeHash}/members`);
    const panel = page.getByRole('tabpanel', { name: 'Members' });
    await panel.getByRole('heading', { name: /^Members for 2026\/27/ }).waitFor();
    expect(await panel.getByLabel('Municipal year').inputValue()).toBe('2026');

    // A new person, added in place, then given a role.
    await panel.getByRole('button', { name: 'Add a new person' }).click();
    const personForm = panel.getByRole('form', { name: 'New person' });
    await personForm.getByLabel('Honorific').fill('Councillor');
    await personForm.getByLabel('Full name').fill('Nadia Okonkwo');
    await personForm.getByLabel('Organisation').fill('Castlemere City Council');
    await personForm.getByLabel('Email').fill('nadia.okonkwo@castlemere.example');
    await personForm.getByRole('button', { name: 'Add the person' }).click();
    const addForm = panel.getByRole('form', { name: 'Add a member for 2026/27' });
    const picker = addForm.getByRole('combobox', { name: 'Person' });
    expect(await picker.inputValue()).toBe(NEW_PERSON);
    await addForm.getByLabel('Role').selectOption({ label: 'Member' });
    await addForm.getByRole('button', { name: 'Add to 2026/27' }).click();
    await expect.poll(() => namesIn(panel, 'Councillors')).toEqual([NEW_PERSON]);

    // Two people from the list, found by typing part of a name.
    await picker.fill('haver');
    await addForm.getByRole('option', { name: /Councillor Tom Haverley/ }).waitFor();
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe('Councillor Tom Haverley');
    await addForm.getByLabel('Role').selectOption({ label: 'Chair' });
    await addForm.getByRole('button', { name: 'Add to 2026/27' }).click();
    await expect.poll(() => namesIn(panel, 'Chair')).toEqual(['Councillor Tom Haverley']);

    await picker.fill('joan');
    await picker.press('ArrowDown');
    await screenshot(page, 'committees-picker.png');
    expect(await axeViolations(page)).toEqual([]);
    await addForm.getByRole('option', { name: /Joan Mbeki-Roberts/ }).click();
    await addForm.getByLabel('Role').selectOption({ label: 'Member' });
    await addForm.getByLabel('Capacity (optional)').fill('Corporate parenting champion');
    await addForm.getByRole('button', { name: 'Add to 2026/27' }).click();
    await expect.poll(() => namesIn(panel, 'Councillors')).toEqual([NEW_PERSON, 'Councillor Joan Mbeki-Roberts']);

    // Adding someone already in that role is refused with the engine's words.
    await picker.fill('joan');
    await picker.press('Enter');
    await addForm.getByRole('button', { name: 'Add to 2026/27' }).click();
    await expect.poll(() => addForm.getByRole('alert').innerText()).toContain('Joan Mbeki-Roberts is already listed as member for 2026/27.');

    // Move up keeps focus on the member who moved.
    await panel.getByRole('button', { name: 'Move up Councillor Joan Mbeki-Roberts' }).click();
    await expect.poll(() => namesIn(panel, 'Councillors')).toEqual(['Councillor Joan Mbeki-Roberts', NEW_PERSON]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move down Councillor Joan Mbeki-Roberts');
    expect(await panel.getByRole('status').filter({ hasText: 'Moved' }).innerText()).toContain('Moved Councillor Joan Mbeki-Roberts up');
    await screenshot(page, 'committees-members.png');
    expect(await axeViolations(page)).toEqual([]);

    // Copy into next year, and see them there in the same order.
    await panel.getByRole('button', { name: 'Copy to 2027/28' }).click();
    await expect.poll(() => panel.locator('.committee-copy').innerText()).toContain('Copied 3 members from 2026/27 to 2027/28.');
    await panel.getByRole('button', { name: 'Show 2027/28' }).click();
    await panel.getByRole('heading', { name: 'Members for 2027/28 (3 members)' }).waitFor();
    await expect.poll(() => namesIn(panel, 'Councillors')).toEqual(['Councillor Joan Mbeki-Roberts', NEW_PERSON]);
    expect(await namesIn(panel, 'Chair')).toEqual(['Councillor Tom Haverley']);

    // A second copy into a year that has members is refused.
    await panel.getByLabel('Municipal year').selectOption('2026');
    await panel.getByRole('heading', { name: /^Members for 2026\/27/ }).waitFor();
    await panel.getByRole('button', { name: 'Copy to 2027/28' }).click();
    await expect.poll(() => panel.locator('.committee-copy').innerText()).toContain('Nothing was copied: 2027/28 already has 3 members.');
    expect(await panel.getByLabel('Municipal year').locator('option').allTextContents()).toEqual([
      '2027/28 (next year) – 3 members',
      '2026/27 (this year) – 3 members',
    ]);
  });

  it('edits the terms of reference: adds rationale items, reorders them and saves the operation', async () => {
    const { page } = session.browser;
    await openAt(page, `${committeeHash}/terms`);
    const panel = page.getByRole('tabpanel', { name: 'Terms of reference' });
    const items = panel.locator('.committee-rationale__text');
    const first = 'To hear from care leavers about the support they receive.';
    const second = 'To check that every care leaver has a pathway plan.';
    for (const text of [first, second]) {
      await panel.getByRole('button', { name: 'Add a rationale item' }).click();
      const form = panel.getByRole('form', { name: /^Item \d$/ });
      await form.getByRole('textbox').fill(text);
      await form.getByRole('button', { name: 'Add the item' }).click();
      await form.waitFor({ state: 'detached' });
    }
    expect(await items.allTextContents()).toEqual([first, second]);

    await panel.getByRole('button', { name: 'Move up item 2' }).click();
    await expect.poll(() => items.allTextContents()).toEqual([second, first]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Move down item 1');

    await panel.getByRole('textbox', { name: 'Operation', exact: true }).fill('The task group meets four times and reports to the parent committee.');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await panel.getByText(/^Saved at /).waitFor();

    // Read back from the engine, not the screen's memory.
    await page.reload();
    await panel.getByRole('heading', { name: 'Rationale' }).waitFor();
    await expect.poll(() => items.allTextContents()).toEqual([second, first]);
    expect(await panel.getByRole('textbox', { name: 'Operation', exact: true }).inputValue()).toBe('The task group meets four times and reports to the parent committee.');
    await screenshot(page, 'committees-terms.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('adds a meeting on a bank holiday with a warning, refuses a second on that date, and links to it', async () => {
    const { page } = session.browser;
    await openAt(page, `${committeeHash}/meetings`);
    const panel = page.getByRole('tabpanel', { name: 'Meetings' });
    const form = panel.getByRole('form', { name: 'Add a meeting' });
    expect(await form.getByLabel('Start time').inputValue()).toBe('14:30');
    expect(await form.getByLabel('Venue').inputValue()).toBe('Committee Room 1, Town Hall, Castlemere');

    const warning = form.locator('.committee-note--warning');
    // A Saturday already gone: both said, neither stops the meeting being added.
    await form.getByLabel('Date').fill('2026-11-21');
    await expect.poll(async () => warning.locator('p').allInnerTexts().catch(() => [])).toEqual([
      'Check the date: Saturday, 21 November 2026 is in the past.',
      'Saturday, 21 November 2026 falls at a weekend.',
      'You can still add the meeting.',
    ]);
    await form.getByLabel('Date').fill('2026-12-28');
    await expect.poll(() => warning.innerText().catch(() => '')).toContain('Monday, 28 December 2026 is a bank holiday: Boxing Day (substitute day).');
    expect(await warning.innerText()).toContain('You can still add the meeting.');
    await screenshot(page, 'committees-meeting-warning.png');
    await form.getByRole('button', { name: 'Add the meeting' }).click();
    const link = form.getByRole('link', { name: 'Open the meeting of Monday, 28 December 2026' });
    await link.waitFor();
    const schedule = panel.getByRole('table', { name: 'Meetings by date' });
    await schedule.getByRole('link', { name: 'Monday, 28 December 2026' }).waitFor();
    const row = await schedule.getByRole('row', { name: /28 December 2026/ }).locator('th, td').allInnerTexts();
    expect(row.slice(1, 4)).toEqual(['2.30 pm', 'Draft', 'Not yet']);

    // The same date again is refused, in the engine's words.
    await form.getByLabel('Date').fill('2026-12-28');
    await form.getByRole('button', { name: 'Add the meeting' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(
      new RegExp(`^${NAME} already has a meeting on 28 December 2026 \\(meeting \\d+\\)\\. Open that meeting, or choose another date\\.$`),
    );
    expect(await schedule.getByRole('row').count()).toBe(2);
    await screenshot(page, 'committees-meetings.png');
    expect(await axeViolations(page)).toEqual([]);

    await link.click();
    await page.getByRole('heading', { level: 1, name: `${NAME}: Monday, 28 December 2026` }).waitFor();
  });

  it('edits the details, refusing a prefix another committee already uses beside the field', async () => {
    const { page } = session.browser;
    await openAt(page, committeeHash);
    const form = page.getByRole('form', { name: 'Details' });
    await form.getByLabel('Minute prefix').fill('cyp/imp');
    await form.getByLabel('Usual venue').fill('Committee Room 3, Town Hall, Castlemere');
    await form.getByRole('button', { name: 'Save details' }).click();
    const error = form.locator('.plan-field--error .plan-field__error');
    await expect.poll(() => error.innerText().catch(() => '')).toBe(
      'Improvement Subgroup already uses the prefix "cyp/imp". Each committee needs its own prefix so minute references never clash.',
    );
    await form.getByLabel('Minute prefix').fill('CYP/CLTG');
    await form.getByRole('button', { name: 'Save details' }).click();
    await form.getByText(/^Saved at /).waitFor();
    expect(await error.count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.locator('.committee-facts').innerText()).toContain('CYP/CLTG');
    expect(await form.getByLabel('Usual venue').inputValue()).toBe('Committee Room 3, Town Hall, Castlemere');
  });

  it('shows every tab cleanly, and the new committee in the list with its chair', async () => {
    const { page } = session.browser;
    for (const [tab, file] of [
      ['Details', 'committees-details.png'],
      ['Work programme', 'committees-work-programme.png'],
      ['Follow-ups', 'committees-follow-ups.png'],
    ] as const) {
      await openAt(page, committeeHash);
      await openTab(page, tab);
      await screenshot(page, file);
      expect(await axeViolations(page)).toEqual([]);
    }
    const table = await openCommittees(page);
    const cells = await table.getByRole('row', { name: new RegExp(NAME) }).locator('th, td').allInnerTexts();
    expect(cells.slice(0, 5)).toEqual([NAME, PARENT, 'CYP/CLTG', 'Councillor Tom Haverley', 'Monday, 28 December 2026']);

    // Archived committees leave the list, and come back behind the toggle to be restored.
    await table.getByRole('button', { name: `Archive ${NAME}` }).click();
    await expect.poll(() => table.getByRole('row', { name: new RegExp(NAME) }).count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Archived' }).innerText()).toContain(`Archived ${NAME}. It is kept, but no longer listed`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await page.getByLabel('Show archived committees').getAttribute('id'));
    await page.getByLabel('Show archived committees').check();
    const archived = table.getByRole('row', { name: new RegExp(NAME) });
    await expect.poll(() => archived.innerText()).toContain('Archived');
    await screenshot(page, 'committees-list-archived.png');
    expect(await axeViolations(page)).toEqual([]);
    await archived.getByRole('button', { name: `Restore ${NAME}` }).click();
    await expect.poll(() => archived.locator('.plan-flag').count()).toBe(0);
    await page.getByLabel('Show archived committees').uncheck();
    await table.getByRole('row', { name: new RegExp(NAME) }).waitFor();
  });
});
