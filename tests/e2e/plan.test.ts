import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTRIES, PLAN } from '../../electron/core/demo/content/action-plan';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { makeTempDir } from '../helpers/temp';
import { action, expandEntry, openPlan as openPlanAt, todayIso, writeNote } from '../helpers/plan-page';

const screenshots = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const session = useHostSession('e2e-plan');
const openPlan = (page: Page, tab: '' | '/overview' = '') => openPlanAt(page, session.host.origin, tab);

const HUDDLES = 'Weekly timeliness huddles in each assessment team';
const TEMPLATE = 'Introduce a revised assessment template that prompts for family history and the views of fathers';
const PROGRAMME = 'Management development programme for all team managers';

beforeAll(() => {
  fs.mkdirSync(screenshots, { recursive: true });
});

async function paragraphsOf(editor: Locator): Promise<string[]> {
  return editor.locator('p').allTextContents();
}

async function actionOrder(entry: Locator): Promise<string[]> {
  return entry.locator('li.plan-action .plan-action__description').allTextContents();
}

describe('action plan pages in the app', () => {
  it('reaches the demo plan from the list of plans and shows its details and tabs', async () => {
    const { page } = session.browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspections & action plans', exact: true }).click();
    const plans = page.getByRole('table', { name: 'Action plans' });
    await plans.getByRole('link', { name: PLAN.title }).click();
    await page.getByRole('heading', { level: 1, name: PLAN.title }).waitFor();
    const details = page.getByRole('region', { name: 'About this plan' });
    expect(await details.textContent()).toContain(PLAN.owner);
    expect(await details.textContent()).toContain('10 entries, 20 actions');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Plan', 'Overview']);
    await expandEntry(page, 'Recommendation 1');
    // Tall enough for the first entry: the page scrolls inside <main>, which would clip it.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await page.screenshot({ path: path.join(screenshots, 'plan-page.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await action(page, HUDDLES).getByRole('button', { name: /^Progress log/ }).click();
    await action(page, HUDDLES).getByRole('list', { name: /^Progress updates, newest first/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('edits an entry’s strategic lead and an action’s owner, keeping what was typed when a field is refused', async () => {
    const { page } = session.browser;
    await openPlan(page);
    const entry = await expandEntry(page, 'Recommendation 1');
    await entry.getByRole('button', { name: 'Edit details of “Recommendation 1”' }).click();
    const form = page.getByRole('form', { name: 'Edit “Recommendation 1”' });
    await form.getByLabel('Strategic lead').fill('Priya Natarajan, Head of Assessment');
    await form.getByRole('button', { name: 'Save entry' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await entry.getByRole('status').filter({ hasText: /^Saved at / }).count()).toBe(1);
    expect(await entry.locator('.plan-entry-details__row').filter({ hasText: 'Strategic lead' }).locator('dd').textContent()).toBe('Priya Natarajan, Head of Assessment');

    await action(page, TEMPLATE).getByRole('button', { name: `Edit action “${TEMPLATE}”` }).click();
    const actionForm = page.getByRole('form', { name: `Edit action “${TEMPLATE}”` });
    await actionForm.getByLabel('Owner').fill('Laura Pennick and Sam Okafor');
    // The plan started on 1 September 2025: a due date before it is refused beside the field, and nothing typed is lost.
    await actionForm.getByLabel('Due date').fill('2025-06-30');
    await actionForm.getByRole('button', { name: 'Save action' }).click();
    const dueDate = actionForm.getByLabel('Due date');
    await expect.poll(() => dueDate.getAttribute('aria-invalid')).toBe('true');
    expect(await actionForm.textContent()).toContain('before the plan started on 1 September 2025');
    expect(await actionForm.getByLabel('Owner').inputValue()).toBe('Laura Pennick and Sam Okafor');
    await dueDate.fill('2025-12-31');
    await actionForm.getByRole('button', { name: 'Save action' }).click();
    await actionForm.waitFor({ state: 'detached' });
    expect(await action(page, TEMPLATE).locator('.plan-action__facts').textContent()).toContain('Owner: Laura Pennick and Sam Okafor');

    // Saved for good: a fresh page shows the same.
    await page.reload();
    const again = await expandEntry(page, 'Recommendation 1');
    expect(await again.locator('.plan-entry-details__row').filter({ hasText: 'Strategic lead' }).locator('dd').textContent()).toBe('Priya Natarajan, Head of Assessment');
    expect(await action(page, TEMPLATE).locator('.plan-action__facts').textContent()).toContain('Owner: Laura Pennick and Sam Okafor');
  });

  it('moves an action down with the keyboard’s button and keeps focus on it', async () => {
    const { page } = session.browser;
    await openPlan(page);
    const entry = await expandEntry(page, 'Recommendation 1');
    expect((await actionOrder(entry)).slice(0, 2)).toEqual([TEMPLATE, HUDDLES]);
    await action(page, TEMPLATE).getByRole('button', { name: `Move down action “${TEMPLATE}”` }).click();
    await expect.poll(async () => (await actionOrder(entry)).slice(0, 2)).toEqual([HUDDLES, TEMPLATE]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Move');
    expect(await page.getByRole('status').filter({ hasText: 'Action moved to position 2 of 3.' }).count()).toBe(1);
    await page.reload();
    const again = await expandEntry(page, 'Recommendation 1');
    expect((await actionOrder(again)).slice(0, 2)).toEqual([HUDDLES, TEMPLATE]);
  });

  it('adds a progress update, refuses a future date, corrects the update and keeps the earlier version', async () => {
    const { page } = session.browser;
    await openPlan(page);
    await expandEntry(page, 'Recommendation 1');
    const item = action(page, HUDDLES);
    await item.getByRole('button', { name: `Progress log of action “${HUDDLES}”` }).click();
    const log = item.getByRole('region', { name: `Progress log: ${HUDDLES}` });
    await log.getByRole('list', { name: /^Progress updates, newest first: 4 updates$/ }).waitFor();
    await log.getByRole('button', { name: `Add update to “${HUDDLES}”` }).click();

    const form = log.getByRole('form', { name: `New progress update on “${HUDDLES}”` });
    expect(await form.getByLabel('Date of the update').inputValue()).toBe(todayIso());
    await form.getByLabel('RAG rating').selectOption('amber');
    await form.getByLabel('Status').selectOption('in_progress');
    await writeNote(page, form.getByRole('textbox', { name: 'Note' }), ['Timeliness fell to 81% in October.', 'Two agency workers start in December.']);
    await form.getByLabel('Date of the update').fill('2099-01-01');
    await form.getByRole('button', { name: 'Add update' }).click();
    await expect.poll(() => form.getByLabel('Date of the update').getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).toContain('cannot be dated after today');
    expect(await paragraphsOf(form.getByRole('textbox', { name: 'Note' }))).toEqual(['Timeliness fell to 81% in October.', 'Two agency workers start in December.']);
    await form.getByLabel('Date of the update').fill(todayIso());
    await form.getByRole('button', { name: 'Add update' }).click();
    await form.waitFor({ state: 'detached' });

    const updates = log.getByRole('list', { name: /^Progress updates, newest first/ }).locator(':scope > li');
    await expect.poll(() => updates.count()).toBe(5);
    const newest = updates.first();
    expect(await newest.locator('.plan-note p').allTextContents()).toEqual(['Timeliness fell to 81% in October.', 'Two agency workers start in December.']);
    expect(await newest.locator('.plan-revision__head').textContent()).toMatch(/Amber.*Status: In progress/);
    // The action now carries the update's rating.
    expect(await item.locator('.plan-action__facts .plan-rag').first().textContent()).toBe('Amber');

    await newest.getByRole('button', { name: /^Correct the update of / }).click();
    const correction = newest.getByRole('form', { name: /^Correct the update of / });
    const note = correction.getByRole('textbox', { name: 'Note' });
    expect(await paragraphsOf(note)).toEqual(['Timeliness fell to 81% in October.', 'Two agency workers start in December.']);
    await writeNote(page, note, ['Timeliness fell to 82% in October.', 'Two agency workers start in December.']);
    await correction.getByRole('button', { name: 'Save correction' }).click();
    await correction.waitFor({ state: 'detached' });

    await expect.poll(() => updates.first().locator('.plan-note p').first().textContent()).toBe('Timeliness fell to 82% in October.');
    expect(await updates.count()).toBe(5);
    const earlier = updates.first().locator('details');
    expect(await earlier.locator('summary').textContent()).toBe('Earlier versions (1)');
    await earlier.locator('summary').click();
    expect(await earlier.textContent()).toContain('Timeliness fell to 81% in October.');
    expect(await earlier.textContent()).toMatch(/Recorded on \d{1,2} [A-Z][a-z]+ \d{4} at \d{1,2}\.\d{2} (am|pm)/);
    await item.scrollIntoViewIfNeeded();
    await page.setViewportSize({ width: 1280, height: 1400 });
    await item.screenshot({ path: path.join(screenshots, 'plan-progress-log.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the plan as it stood on a past day, read-only, with that day’s ratings', async () => {
    const { page } = session.browser;
    await openPlan(page);
    const entry = await expandEntry(page, 'Recommendation 2');
    // Today the programme is complete and green; on 31 December 2025 its latest update (8 December) was amber.
    expect(await action(page, PROGRAMME).locator('.plan-action__facts').textContent()).toMatch(/^Green.*Status: Complete/);
    await page.getByLabel('As at').fill('2025-12-31');
    const banner = page.getByText('You are looking at the plan as it stood on Wednesday, 31 December 2025. Editing is off.');
    await banner.waitFor();
    await expect.poll(() => action(page, PROGRAMME).locator('.plan-action__facts').textContent()).toMatch(/^Amber.*Status: Not started/);
    expect(await entry.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Move (up|down)/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add an entry' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to today' }).click();
    await banner.waitFor({ state: 'detached' });
    expect(await action(page, PROGRAMME).locator('.plan-action__facts').textContent()).toMatch(/^Green.*Status: Complete/);
  });

  it('marks the actions updated since the last meeting and counts them', async () => {
    const { page } = session.browser;
    await openPlan(page);
    const since = '2026-07-14';
    const today = todayIso();
    // Every demo action with an update after the July meeting and not after today (the update added above is on one of them already).
    const expected = ENTRIES.flatMap((entry) => entry.actions).filter((one) => one.updates.some((update) => update.date > since && update.date <= today)).length;
    expect(expected).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'last meeting (14 July 2026)' }).click();
    const count = page.getByRole('status').filter({ hasText: /updated since 14 July 2026\.$/ });
    await expect.poll(() => count.textContent()).toBe(`${String(expected)} actions updated since 14 July 2026.`);
    await page.getByRole('button', { name: 'Expand all' }).click();
    expect(await page.locator('li.plan-action').filter({ hasText: 'Updated since 14 July 2026' }).count()).toBe(expected);
    // An action whose last update was in February is not marked.
    expect(await action(page, TEMPLATE).getByText('Updated since 14 July 2026').count()).toBe(0);
    expect(await action(page, HUDDLES).getByText('Updated since 14 July 2026').count()).toBe(1);
  });

  it('draws RAG over time on the overview and narrows the action table with the filters', async () => {
    const { page } = session.browser;
    await openPlan(page);
    await page.getByRole('tab', { name: 'Overview' }).click();
    const chart = page.getByRole('img', { name: /^RAG ratings of the plan’s actions at the end of each month, from / });
    await chart.waitFor();
    expect(await chart.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
    // A bar a month from September 2025, each stacked from rated segments.
    expect(await chart.locator('g.plan-chart__bar').count()).toBeGreaterThan(12);
    expect(await chart.locator('g.plan-chart__bar > rect').count()).toBeGreaterThan(24);
    expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Sep', '2025', 'Jan', '2026', 'Actions']));

    const table = page.getByRole('table', { name: 'Actions that match the filters' });
    const rows = table.locator('tbody tr');
    const status = page.getByRole('status').filter({ hasText: / shown\.$/ });
    await expect.poll(() => status.textContent()).toBe('20 actions of 20 shown.');
    expect(await rows.count()).toBe(20);
    await page.getByLabel('Owner').selectOption('Laura Pennick');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ actions? of 20 shown\.$/);
    const owners = await rows.locator('td:nth-child(3)').allTextContents();
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.length).toBeLessThan(20);
    for (const owner of owners) expect(owner).toBe('Laura Pennick');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(20);
    await page.getByLabel('Overdue only').check();
    await expect.poll(() => rows.count()).toBeLessThan(20);
    const flags = await rows.locator('td:last-child').allTextContents();
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(flag).toContain('Overdue');

    // Both exports write the table where asked and say where.
    const folder = makeTempDir('plan-export');
    await page.getByLabel('Folder').fill(folder);
    const exported = page.getByRole('status').filter({ hasText: /^Exported / });
    await page.getByRole('button', { name: 'Export as Excel' }).click();
    await expect.poll(() => exported.textContent(), { timeout: 30_000 }).toMatch(/^Exported 20 actions to .+\.xlsx\.$/);
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    await expect.poll(() => exported.textContent(), { timeout: 30_000 }).toMatch(/^Exported 20 actions to .+\.csv\.$/);
    const files = fs.readdirSync(folder).sort();
    expect(files.map((name) => path.extname(name))).toEqual(['.csv', '.xlsx']);
    const [csvName = '', xlsxName = ''] = files;
    expect(fs.readFileSync(path.join(folder, xlsxName)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(fs.readFileSync(path.join(folder, csvName), 'utf8')).toContain(HUDDLES);

    await page.getByRole('button', { name: 'Show as table' }).click();
    const history = page.getByRole('table', { name: 'RAG ratings over time, one row per date' });
    expect(await history.locator('tbody tr').count()).toBe(await chart.locator('g.plan-chart__bar').count());
    await page.setViewportSize({ width: 1280, height: 3000 });
    await page.screenshot({ path: path.join(screenshots, 'plan-overview.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('offers the meetings for a progress report, the next one first, in a dialog that gives focus back', async () => {
    const { page } = session.browser;
    await openPlan(page);
    const opener = page.getByRole('button', { name: 'Draft progress report…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Draft a progress report' });
    await dialog.waitFor();
    const meeting = dialog.getByLabel('Meeting');
    await expect.poll(async () => (await meeting.locator('option').allTextContents()).length).toBeGreaterThan(1);
    const options = await meeting.locator('option').allTextContents();
    // Meetings still to come are listed before those already held, such as July's.
    const held = options.map((option) => option.endsWith('(held)'));
    expect(held).toEqual([...held].sort((a, b) => Number(a) - Number(b)));
    expect(options).toContain('Improvement Subgroup, Tuesday, 14 July 2026 (held)');
    await expect.poll(() => dialog.getByLabel('Agenda item (optional)').locator('option').count()).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Draft progress report…');
  });

  it('drafts the progress report for the December meeting’s item, says what was made and opens it', async () => {
    const { page } = session.browser;
    await openPlan(page);
    await page.getByRole('button', { name: 'Draft progress report…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft a progress report' });
    await dialog.getByLabel('Meeting').selectOption({ label: 'Improvement Subgroup, Tuesday, 1 December 2026' });
    const item = dialog.getByLabel('Agenda item (optional)');
    await item.locator('option', { hasText: 'Improvement plan: progress report' }).waitFor({ state: 'attached' });
    await item.selectOption({ label: '4. Improvement plan: progress report' });
    // A report cannot start on the day it is as at: the engine's message stands beside the date, and the choices stay.
    const since = dialog.getByLabel('Report updates since (optional)');
    await since.fill(todayIso());
    await dialog.getByRole('button', { name: 'Draft the report' }).click();
    await expect.poll(() => since.getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('so it must start before then');
    expect(await item.inputValue()).not.toBe('');
    await since.fill('');
    await dialog.getByRole('button', { name: 'Draft the report' }).click();

    const made = dialog.getByRole('status').filter({ hasText: /^Drafted “/ });
    await made.waitFor({ timeout: 30_000 });
    // An introduction, the plan's structure, one section per recommendation and a conclusion.
    expect(await made.getByRole('listitem').count()).toBe(ENTRIES.length + 3);
    expect(await made.textContent()).toMatch(/Updates since \d{1,2} [A-Z][a-z]+ \d{4} are reported\.|This is the first report on the plan/);
    expect(await made.textContent()).toMatch(/\d papers? added to the agenda item\./);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open the report');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Open the report' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/documents\/\d+$/);
  });

  it('creates a free-standing plan by hand, refuses an action due before its start, and lists it', async () => {
    const { page } = session.browser;
    await page.goto(`${session.host.origin}/#/inspections`);
    await page.getByRole('button', { name: 'New action plan' }).click();
    const form = page.getByRole('form', { name: 'New action plan' });
    await form.getByLabel('Title').fill('Care leavers’ accommodation plan');
    await form.getByLabel('Owner').fill('Fiona Whitlock, Head of Commissioning');
    await form.getByLabel('Start date').fill('2026-11-01');
    expect(await form.getByLabel('Inspection (optional)').inputValue()).toBe('');
    await form.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Care leavers’ accommodation plan' }).waitFor();
    const details = page.getByRole('region', { name: 'About this plan' });
    expect(await details.textContent()).toContain('Sunday, 1 November 2026');
    expect(await details.textContent()).toContain('Not linked to an inspection');

    await page.getByRole('button', { name: 'Add an entry' }).click();
    const entryForm = page.getByRole('form', { name: 'New entry' });
    await entryForm.getByLabel('Heading').fill('Homes for care leavers');
    await entryForm.getByRole('button', { name: 'Add entry' }).click();
    const entry = page.locator('li.plan-entry').filter({ hasText: 'Homes for care leavers' });
    await entry.getByRole('button', { name: 'Add an action to “Homes for care leavers”' }).click();
    const actionForm = entry.getByRole('form', { name: 'New action for “Homes for care leavers”' });
    await actionForm.getByLabel('What is to be done').fill('Agree a joint housing protocol with the district councils');
    await actionForm.getByLabel('Timescale').fill('October 2026');
    await actionForm.getByRole('button', { name: 'Add action' }).click();
    const timescale = actionForm.getByLabel('Timescale');
    await expect.poll(() => timescale.getAttribute('aria-invalid')).toBe('true');
    expect(await actionForm.textContent()).toContain('before the plan started on 1 November 2026');
    await timescale.fill('March 2027');
    await actionForm.getByRole('button', { name: 'Add action' }).click();
    await actionForm.waitFor({ state: 'detached' });
    expect(await action(page, 'Agree a joint housing protocol').locator('.plan-action__facts').textContent()).toContain('Timescale: March 2027');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'All inspections and action plans' }).click();
    const row = page.getByRole('table', { name: 'Action plans' }).getByRole('row').filter({ hasText: 'Care leavers’ accommodation plan' });
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells[1]).toBe('No inspection');
    expect(cells.slice(2, 4)).toEqual(['1', '1']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses to delete an action with progress history, archives it instead, shows it on request and restores it', async () => {
    const { page } = session.browser;
    await openPlan(page);
    const entry = await expandEntry(page, 'Recommendation 2');
    const item = action(page, PROGRAMME);
    await item.getByRole('button', { name: `Delete… action “${PROGRAMME}”` }).click();
    await item.getByRole('button', { name: `Delete action “${PROGRAMME}”` }).click();
    const refusal = item.getByRole('alert').filter({ hasText: 'which deleting would lose' });
    await refusal.waitFor();
    await refusal.getByRole('button', { name: `Archive instead action “${PROGRAMME}”` }).click();
    await item.waitFor({ state: 'detached' });
    expect(await entry.textContent()).toContain('1 action');

    await page.getByLabel('Show archived entries and actions').check();
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toMatch(/Archived on \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await axeViolations(page)).toEqual([]);
    await item.getByRole('button', { name: `Restore action “${PROGRAMME}”` }).click();
    await expect.poll(() => item.textContent()).not.toContain('Archived on');
    await page.getByLabel('Show archived entries and actions').uncheck();
    await expect.poll(() => actionOrder(entry)).toContain(PROGRAMME);
  });
});
