import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';

const SCREENSHOT = process.env.IMPORT_REVIEW_SCREENSHOT ?? path.resolve(import.meta.dirname, '../.tmp/screenshots/import-review.png');

// An invented council's report in the ILACS layout, as text copied out of a PDF:
// a tab-separated judgement table, bulleted improvement points, no publication date.
const TITLE = 'Brackenford Borough Council: inspection of children’s social care services';
const REPORT = [
  'Brackenford Borough Council',
  'Inspection of children’s social care services',
  'Inspection dates: 6 October to 17 October 2025',
  'Lead inspector: Morwenna Dallimore, His Majesty’s Inspector',
  '',
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tRequires improvement to be good',
  'The experiences and progress of children who need help and protection\tGood',
  'The experiences and progress of children in care\tRequires improvement to be good',
  'The experiences and progress of care leavers\tInadequate',
  'Overall effectiveness\tRequires improvement to be good',
  '',
  'Children in Brackenford are mostly seen quickly when concerns are first raised.',
  '',
  'What needs to improve?',
  '',
  '• The range and suitability of homes for care leavers, including those leaving custody.',
  '• The quality of pathway plans, so that they are written with young people and',
  '  reviewed when their circumstances change.',
  '• Oversight by managers of the timeliness of return home interviews.',
  '',
  'Main findings',
  'Leaders know their services well and have recruited permanent managers.',
].join('\n');

/** Beside the review's screenshot, one for each other page the import shows. */
function shot(name: string): string {
  return SCREENSHOT.replace(/[^/]+\.png$/, `import-${name}.png`);
}

// The end of another invented report: a judgement table and one point, nothing about who or when.
const FRAGMENT = ['Judgement\tGrade', 'Overall effectiveness\tGood', 'The experiences and progress of children in care\tGood', '', 'What needs to improve?', '', '- Faster checks on new foster carers.'].join('\n');


const session = useHostSession('e2e-import');

beforeAll(() => {
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
});

async function openImport(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspections & action plans', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Inspections & action plans' }).waitFor();
  await page.getByRole('link', { name: 'Import a report…' }).click();
  await page.getByRole('heading', { level: 1, name: 'Import an inspection report' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /Choose the report/ }).waitFor();
}

function inspectionRow(page: Page, title: string): Locator {
  return page.getByRole('table', { name: 'Inspections, newest first' }).getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

function focusedId(page: Page) {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

describe('importing an inspection report in the app', () => {
  it('lists the demo inspection with its grade in words and its counts', async () => {
    const { page } = session.browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspections & action plans', exact: true }).click();
    const row = inspectionRow(page, 'Castlemere City Council: inspection of children’s social care services');
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells[0]).toContain('Castlemere City Council');
    expect(cells[1]).toBe('ILACS');
    expect(cells[4]).toBe('Requires improvement to be good');
    expect(Number(cells[5])).toBeGreaterThan(0);
    expect(cells[6]).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads a report, shows what was found beside its source, takes corrections, and creates the inspection with its plan', async () => {
    const { page } = session.browser;
    await openImport(page);
    await page.screenshot({ path: shot('choose') });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Choose a report file').setInputFiles({ name: 'brackenford-ilacs.txt', mimeType: 'text/plain', buffer: Buffer.from(REPORT, 'utf8') });
    await page.getByRole('heading', { level: 2, name: /Check what was found/ }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Read brackenford/ }).textContent()).toBe(
      'Read brackenford-ilacs.txt: 4 judgements and 3 recommendations found, 1 point to check: The publication date is not stated in the report: add it if you know it.',
    );

    const form = page.getByRole('form', { name: 'What was found' });
    const details = form.getByRole('group', { name: 'The inspection' });
    expect(await details.getByLabel('Local authority').inputValue()).toBe('Brackenford Borough Council');
    expect(await details.getByLabel('Framework').inputValue()).toBe('ILACS');
    expect(await details.getByLabel('Inspection started').inputValue()).toBe('2025-10-06');
    expect(await details.getByLabel('Inspection ended').inputValue()).toBe('2025-10-17');
    expect(await details.getByLabel('Lead inspector').inputValue()).toBe('Morwenna Dallimore');
    expect(await details.getByLabel('Overall effectiveness').inputValue()).toBe('requires_improvement');
    expect(await details.getByLabel('Title').inputValue()).not.toBe('');
    const judgements = form.getByRole('group', { name: 'Judgements' });
    expect(await judgements.getByLabel('Area of judgement 4').inputValue()).toBe('The experiences and progress of care leavers');
    expect(await judgements.getByLabel('Grade of judgement 4').inputValue()).toBe('inadequate');
    const recommendations = form.getByRole('group', { name: 'Recommendations' });
    expect(await recommendations.getByRole('textbox').count()).toBe(3);
    expect(await recommendations.getByRole('textbox', { name: 'Recommendation 2', exact: true }).inputValue()).toBe(
      'The quality of pathway plans, so that they are written with young people and reviewed when their circumstances change.',
    );

    // The publication date is not in the report: flagged on the field and in the points to check, which lead to it.
    const published = details.getByLabel('Published');
    expect(await published.inputValue()).toBe('');
    const description = await published.evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(description).toContain('Not found in the report — fill in or leave empty');
    const checks = form.getByRole('region', { name: 'One point to check' });
    expect(await checks.getByRole('listitem').textContent()).toContain('The publication date is not stated in the report');
    await checks.getByRole('button', { name: 'Go to the publication date' }).click();
    expect(await focusedId(page)).toBe('import-publicationDate');

    // A found field, once focused, shows its line in the source text.
    await details.getByLabel('Lead inspector').focus();
    const source = page.getByRole('region', { name: 'The report as read' });
    await expect.poll(() => source.locator('.import-source__shown').textContent()).toBe('Showing the lead inspector: page 1, line 4.');
    expect(await source.locator('.import-line--shown').textContent()).toContain('Lead inspector: Morwenna Dallimore');
    // The desktop window's size, scrolled to the top: the points to check, the details, and the source beside them.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('main').evaluate((main) => { main.scrollTop = 0; });
    await page.screenshot({ path: SCREENSHOT });

    // The list is rearranged from the keyboard's reach: moved, added, removed, with focus kept in place.
    const texts = () => recommendations.getByRole('textbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLTextAreaElement).value.slice(0, 20)));
    const original = await texts();
    await recommendations.getByRole('button', { name: 'Move recommendation 3 up' }).click();
    expect(await texts()).toEqual([original[0], original[2], original[1]]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move recommendation 2 up');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await texts()).toEqual(original);
    await recommendations.getByRole('button', { name: 'Add a recommendation' }).click();
    await expect.poll(() => focusedId(page)).toBe('import-recommendations-3-text');
    await recommendations.getByRole('button', { name: 'Remove recommendation 4' }).click();
    expect(await texts()).toEqual(original);

    // Corrections: a better title, a recommendation reworded.
    await details.getByLabel('Title').fill(TITLE);
    const edited = 'The quality of pathway plans, written with each young person and reviewed whenever their circumstances change.';
    await recommendations.getByRole('textbox', { name: 'Recommendation 2', exact: true }).fill(edited);

    // Tall enough for the whole form: the page scrolls inside <main>, which would clip it.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await page.locator('main').evaluate((main) => { main.scrollTop = 0; });
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, '-whole.png') });
    expect(await judgements.getByRole('row').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);

    await form.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: /Create the inspection/ }).waitFor();
    const planBox = page.getByRole('checkbox', { name: 'Also create the action plan (one entry per recommendation)' });
    expect(await planBox.isChecked()).toBe(true);
    expect(await page.getByLabel('Plan title').inputValue()).toBe(`${TITLE}: action plan`);
    await page.screenshot({ path: shot('save') });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Create inspection' }).click();

    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 30_000 });
    const listed = page.getByRole('region', { name: 'Recommendations' }).getByRole('listitem');
    expect(await listed.count()).toBe(3);
    expect(await listed.nth(1).textContent()).toContain(edited);
    expect(await page.getByRole('region', { name: 'Judgements' }).locator('tbody tr').count()).toBe(4);
    await page.screenshot({ path: shot('inspection') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `${TITLE}: action plan` }).click();
    await page.getByRole('heading', { level: 1, name: `${TITLE}: action plan` }).waitFor();
    expect(await page.getByText(/^Answers recommendation \d:/).count()).toBe(3);
    expect(await page.getByText(`Answers recommendation 2: ${edited}`).count()).toBe(1);

    // The action table goes out as a spreadsheet: one row per action (none yet), the header always.
    const exportFolder = makeTempDir('e2e-plan-export');
    await page.getByRole('tab', { name: 'Overview' }).click();
    await page.getByLabel('Folder').fill(exportFolder);
    await page.getByRole('button', { name: 'Export as CSV' }).click();
    await expect.poll(() => page.locator('.plan-export__note').textContent()).toMatch(/^Exported 0 actions to .*\.csv\.$/);
    const [csv] = fs.readdirSync(exportFolder);
    expect(fs.readFileSync(path.join(exportFolder, csv ?? ''), 'utf8')).toMatch(/^\uFEFFRecommendation,Plan entry,Action,/);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inspections & action plans', exact: true }).click();
    const row = inspectionRow(page, TITLE);
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells[0]).toBe(`${TITLE}Brackenford Borough Council`);
    expect(cells.slice(1)).toEqual(['ILACS', '6 to 17 October 2025', 'Not given', 'Requires improvement to be good', '3', '1']);
    await page.screenshot({ path: shot('list') });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.browser.problems).toEqual([]);
  });

  it('takes a dropped file, says why a file is refused, and names every field to fill in before anything is saved', async () => {
    const { page } = session.browser;
    await openImport(page);
    const before = await inspectionCount(page);

    // Not a report at all: refused with the engine's reason, and the officer can choose again.
    await dropFile(page, 'shopping.txt', 'Shopping list\nMilk\nBread\n');
    const refusal = page.getByRole('alert').filter({ hasText: 'shopping.txt could not be read' });
    await refusal.waitFor({ timeout: 30_000 });
    expect(await refusal.textContent()).toContain('does not look like an Ofsted inspection report');

    // Part of a report, with no title or authority: read, and flagged.
    await dropFile(page, 'fragment.txt', FRAGMENT);
    await page.getByRole('heading', { level: 2, name: /Check what was found/ }).waitFor({ timeout: 30_000 });
    const form = page.getByRole('form', { name: 'What was found' });
    expect(await form.getByRole('region', { name: /points to check/ }).textContent()).toContain('The report title was not found');
    await form.getByRole('button', { name: 'Go to the title' }).click();
    expect(await focusedId(page)).toBe('import-title');
    await page.getByLabel('Framework').selectOption('');

    await form.getByRole('button', { name: 'Continue' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'Correct these before the inspection is created' });
    await problem.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('import-problem');
    expect(await problem.getByRole('button').allTextContents()).toEqual(['Give the inspection’s title.', 'Choose the framework the report was written under, or “Another framework”.']);
    await problem.getByRole('button', { name: 'Give the inspection’s title.' }).click();
    expect(await focusedId(page)).toBe('import-title');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: shot('refused') });
    expect(await axeViolations(page)).toEqual([]);

    // Corrections are not thrown away without asking; Escape keeps them.
    await page.getByLabel('Title').fill('A title typed by hand');
    const discard = page.getByRole('dialog', { name: 'Discard your corrections?' });
    await form.getByRole('button', { name: 'Start again with another report' }).click();
    await discard.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await discard.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('Title').inputValue()).toBe('A title typed by hand');
    await form.getByRole('button', { name: 'Start again with another report' }).click();
    await discard.getByRole('button', { name: 'Discard and start again' }).click();
    await page.getByRole('heading', { level: 2, name: /Choose the report/ }).waitFor();

    // The new step's heading has focus; the drop zone is the next stop for the keyboard, and shows it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Step 1 of 3: Choose the report');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    await page.screenshot({ path: shot('choose-focus') });
    await page.getByLabel('Choose a report file').setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    expect(await page.getByRole('alert').filter({ hasText: 'empty.txt could not be read' }).textContent()).toContain('is empty (0 bytes)');
    expect(await inspectionCount(page)).toBe(before);
    expect(session.browser.problems).toEqual([]);
  });
});

/** Drops a file on the wizard as the window's drag and drop would. */
async function dropFile(page: Page, name: string, text: string) {
  const transfer = await page.evaluateHandle(([fileName, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], fileName, { type: 'text/plain' }));
    return data;
  }, [name, text] as const);
  const target = page.locator('.import-wizard');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

function inspectionCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ method: 'inspections/list', input: {} }) });
    const reply = (await response.json()) as { value: unknown[] };
    return reply.value.length;
  });
}
