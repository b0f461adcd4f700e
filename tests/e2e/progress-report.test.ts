// The whole progress-report story in the app, as an officer would tell it:
// edit the plan, record an update, draft the report for the next meeting,
// rewrite part of it, and build the pack that carries it to councillors.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { action, expandEntry, openPlan, writeNote } from '../helpers/plan-page';
import { readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/temp';

const session = useHostSession('e2e-progress-report');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');

const HUDDLES = 'Weekly timeliness huddles in each assessment team';
const OWNER = 'Team managers with Priya Natarajan';
const UPDATE = 'Timeliness reached 91% in the first half of November, above the target for the first time.';
/** On or before the December meeting's agenda issue date (23 November 2026), so the report as at that day includes it. */
const UPDATE_DATE = '2026-11-20';
const AUTHOR_SENTENCE = 'Members will receive the first full year of audit results in March.';

it('edits the plan, records an update, drafts the report onto the December agenda, rewrites it and builds a pack that carries it', async () => {
  const { page } = session.browser;
  await openPlan(page, session.host.origin);
  await expandEntry(page, 'Recommendation 1');

  // The plan: a new owner for an action, and a progress update with its rating.
  const item = action(page, HUDDLES);
  await item.getByRole('button', { name: `Edit action “${HUDDLES}”` }).click();
  const actionForm = page.getByRole('form', { name: `Edit action “${HUDDLES}”` });
  await actionForm.getByLabel('Owner').fill(OWNER);
  await actionForm.getByRole('button', { name: 'Save action' }).click();
  await actionForm.waitFor({ state: 'detached' });

  await item.getByRole('button', { name: `Progress log of action “${HUDDLES}”` }).click();
  const log = item.getByRole('region', { name: `Progress log: ${HUDDLES}` });
  await log.getByRole('button', { name: `Add update to “${HUDDLES}”` }).click();
  const form = log.getByRole('form', { name: `New progress update on “${HUDDLES}”` });
  await form.getByLabel('Date of the update').fill(UPDATE_DATE);
  await form.getByLabel('RAG rating').selectOption('green');
  await form.getByLabel('Status').selectOption('in_progress');
  await writeNote(page, form.getByRole('textbox', { name: 'Note' }), [UPDATE]);
  await form.getByRole('button', { name: 'Add update' }).click();
  await form.waitFor({ state: 'detached' });
  await log.getByText(UPDATE).first().waitFor();

  // The draft: for the December meeting, onto its progress item.
  await page.getByRole('button', { name: 'Draft progress report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draft a progress report' });
  await dialog.getByLabel('Meeting').selectOption({ label: 'Improvement Subgroup, Tuesday, 1 December 2026' });
  const agendaItem = dialog.getByLabel('Agenda item (optional)');
  await agendaItem.locator('option', { hasText: 'Improvement plan: progress report' }).waitFor({ state: 'attached' });
  await agendaItem.selectOption({ label: '4. Improvement plan: progress report' });
  await dialog.getByRole('button', { name: 'Draft the report' }).click();
  await dialog.getByRole('status').filter({ hasText: /^Drafted “/ }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Open the report' }).click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#\/documents\/\d+$/);
  // Leaving the plan page must not let it read the report's id as an inspection's (it once did, and said so in a toast).
  await page.getByRole('heading', { level: 1, name: /progress report, December 2026$/ }).waitFor();
  expect(await page.locator('.toast--error').allTextContents()).toEqual([]);

  // The report: the update is in its section; the author adds a sentence to the conclusion and it saves itself.
  const text = page.getByRole('textbox', { name: 'Report text' });
  await text.getByText(UPDATE).waitFor();
  const conclusion = text.locator('p').last();
  await conclusion.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(AUTHOR_SENTENCE);
  await expect.poll(() => page.locator('.doc-save [role="status"]').textContent(), { timeout: 15_000 }).toMatch(/^Saved at /);
  expect(await axeViolations(page)).toEqual([]);

  // The report on its own, as the author would send it round: a PDF with the rewritten conclusion.
  const exportPanel = page.locator('details.doc-export');
  await exportPanel.locator('summary').click();
  const exportFolder = makeTempDir('e2e-progress-report-export');
  await exportPanel.getByLabel('Folder').fill(exportFolder);
  await exportPanel.getByRole('button', { name: 'Export as PDF' }).click();
  await expect.poll(() => exportPanel.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^Exported \d+ pages, .* to /);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await exportPanel.screenshot({ path: path.join(SCREENSHOTS, 'document-export.png') });
  const [exported] = fs.readdirSync(exportFolder);
  const report = await readPdf(fs.readFileSync(path.join(exportFolder, exported ?? '')));
  try {
    const reportText = report.pages.map((pdfPage) => pdfPage.text).join('\n');
    expect(reportText).toContain(AUTHOR_SENTENCE);
    expect(reportText).toContain('Timeliness reached 91% in the first half of November');
  } finally {
    await report.destroy();
  }
  expect(await axeViolations(page)).toEqual([]);

  // The pack: the members' PDF of the December meeting carries the report and the plan as it now stands.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('link', { name: /1 December 2026/ }).click();
  const panel = page.getByRole('region', { name: 'Meeting pack' });
  await panel.getByRole('group', { name: 'Edition' }).getByRole('radio', { name: 'Members’', exact: true }).check();
  await panel.getByRole('group', { name: 'Format' }).getByRole('radio', { name: 'PDF', exact: true }).check();
  const folder = makeTempDir('e2e-progress-report-pack');
  await panel.getByLabel('Output folder').fill(folder);
  await panel.getByRole('button', { name: 'Build preview' }).click();
  await expect.poll(() => panel.locator('[aria-live="polite"]').textContent(), { timeout: 60_000 }).toMatch(/^Preview built: 1 file/);

  const [file] = fs.readdirSync(folder);
  const pdf = await readPdf(fs.readFileSync(path.join(folder, file ?? '')));
  try {
    const allText = pdf.pages.map((pdfPage) => pdfPage.text).join('\n');
    expect(allText).toContain('Timeliness reached 91% in the first half of November');
    expect(allText).toContain('Members will receive the first full year of audit results in March.');
    expect(allText).toContain(OWNER);
    // The drafted report has its own bookmark under the agenda item, after the item itself.
    const titles = pdf.bookmarks.map((bookmark) => bookmark.title);
    expect(titles.some((title) => /progress report, December 2026/.test(title))).toBe(true);
  } finally {
    await pdf.destroy();
  }
});
