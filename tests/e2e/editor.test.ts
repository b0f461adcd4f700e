import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../shared/api/methods/documents';
import type { RichText, RichTextNode } from '../../shared/api/schema';
import { seriousViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { callFromPage as call } from '../helpers/page-api';

const REPORT = 'Improvement plan: progress report, December 2026';
const WORD_CLIPBOARD = fs.readFileSync(path.resolve(import.meta.dirname, '../unit/editor/fixtures/word-clipboard.html'), 'utf8');
const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');

const session = useHostSession('e2e-editor');

beforeAll(() => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

function text(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Report text' });
}

function toolbarButton(page: Page, name: string): Locator {
  return page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name, exact: true });
}

function saveStatus(page: Page) {
  return page.locator('.doc-save [role="status"]').textContent();
}

/** ProseMirror reads the caret on "selectionchange", which Chromium can deliver after the next key when keys come this fast; a person is never that quick. */
async function syncCaret(page: Page) {
  await page.evaluate(() => { document.dispatchEvent(new Event('selectionchange')); });
}

/** Puts the cursor at the end of a paragraph: a click at the end of its last line, as a person would. */
async function cursorAtEnd(block: Locator) {
  const box = await block.boundingBox();
  if (!box) throw new Error('The paragraph is not on screen.');
  await block.click({ position: { x: box.width - 2, y: box.height - 6 } });
  await block.page().keyboard.press('End');
  await syncCaret(block.page());
}

function paragraph(page: Page, words: string): Locator {
  return text(page).locator('p', { hasText: words });
}

function nodesOf(doc: RichText): RichTextNode[] {
  const all: RichTextNode[] = [];
  const visit = (nodes: readonly RichTextNode[]) => {
    for (const node of nodes) {
      all.push(node);
      visit(node.content ?? []);
    }
  };
  visit(doc.content);
  return all;
}

async function openReport(page: Page): Promise<number> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Documents', exact: true }).waitFor();
  await page.getByLabel('Kind').selectOption({ label: 'Report' });
  await expect.poll(() => page.getByRole('table', { name: 'Documents found' }).locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
  // The demo's December report is final (its pack is issued): it is reopened as a draft to be edited.
  const report = (await call<{ id: number; title: string }[]>(page, 'documents/list', { kind: 'report' })).find((document) => document.title === REPORT);
  if (report) await call(page, 'documents/update', { id: report.id, status: 'draft' });
  await page.getByRole('link', { name: REPORT }).click();
  await page.getByRole('heading', { level: 1, name: REPORT }).waitFor();
  await text(page).waitFor();
  return Number(/#\/documents\/(\d+)/.exec(page.url())?.[1]);
}

describe('the report editor', () => {
  let documentId = 0;

  it('opens a report from the documents list with its numbers shown as the pack prints them', async () => {
    const { page } = session.browser;
    documentId = await openReport(page);
    expect(documentId).toBeGreaterThan(0);
    expect(await text(page).getAttribute('lang')).toBe('en-GB');
    expect(await text(page).getAttribute('spellcheck')).toBe('true');
    expect(await text(page).getAttribute('aria-multiline')).toBe('true');
    expect(await text(page).locator('h1', { hasText: 'Introduction' }).getAttribute('data-number')).toBe('1.0');
    expect(await paragraph(page, 'This report sets out the progress').getAttribute('data-number')).toBe('1.1');
    expect(await text(page).locator('h1', { hasText: 'Conclusion' }).getAttribute('data-number')).toBe('5.0');
    expect(await paragraph(page, 'Members are asked to note the progress made').getAttribute('data-number')).toBe('5.2');
    expect(await saveStatus(page)).toBe('No changes since you opened it');
  });

  it('numbers a new paragraph, and renumbers when a paragraph is put before it', async () => {
    const { page } = session.browser;
    await cursorAtEnd(paragraph(page, 'Members are asked to note the progress made'));
    await page.keyboard.press('Enter');
    // A new paragraph carries on the numbering of the one it was split from, as in Word; turn it off to start plain.
    if ((await toolbarButton(page, '1.1 Numbered paragraph').getAttribute('aria-pressed')) === 'true') await toolbarButton(page, '1.1 Numbered paragraph').click();
    await page.keyboard.type('Castlemere will report again in March 2027.');
    const added = paragraph(page, 'Castlemere will report again');
    expect(await added.getAttribute('data-number')).toBeNull();
    expect(await toolbarButton(page, '1.1 Numbered paragraph').getAttribute('aria-pressed')).toBe('false');

    await toolbarButton(page, '1.1 Numbered paragraph').click();
    expect(await toolbarButton(page, '1.1 Numbered paragraph').getAttribute('aria-pressed')).toBe('true');
    expect(await added.getAttribute('data-number')).toBe('5.3');

    await cursorAtEnd(paragraph(page, 'Members are asked to note the progress made'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('An inserted paragraph about the March meeting.');
    expect(await paragraph(page, 'An inserted paragraph').getAttribute('data-number')).toBe('5.3');
    expect(await added.getAttribute('data-number')).toBe('5.4');
    // The keyboard shortcut takes the number away again, and the paragraphs after it move up.
    await page.keyboard.press('Control+Shift+9');
    expect(await paragraph(page, 'An inserted paragraph').getAttribute('data-number')).toBeNull();
    expect(await added.getAttribute('data-number')).toBe('5.3');
  });

  it('reaches the toolbar from the text by keyboard, with one tab stop and arrow keys between buttons', async () => {
    const { page } = session.browser;
    await cursorAtEnd(paragraph(page, 'Castlemere will report again'));
    await page.keyboard.press('Alt+F10');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(await focused()).toBe('Normal text');
    expect(await page.getByRole('toolbar', { name: 'Formatting' }).locator('button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('H1 (heading 1)');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Undo');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('Normal text');
    await page.keyboard.press('Escape');
    // The editor takes focus on the next frame.
    await expect.poll(focused).toBe('Report text');
  });

  it('makes text bold, and undoes and redoes it', async () => {
    const { page } = session.browser;
    await cursorAtEnd(paragraph(page, 'Castlemere will report again'));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Decision needed');
    await page.keyboard.press('Shift+Home');
    await syncCaret(page);
    await toolbarButton(page, 'Bold').click();
    const bold = text(page).locator('strong', { hasText: 'Decision needed' });
    expect(await bold.count()).toBe(1);
    expect(await toolbarButton(page, 'Bold').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+z');
    expect(await bold.count()).toBe(0);
    await page.keyboard.press('Control+y');
    expect(await bold.count()).toBe(1);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await bold.count()).toBe(1);
    await toolbarButton(page, 'Undo').click();
    expect(await bold.count()).toBe(0);
    await toolbarButton(page, 'Redo').click();
    expect(await bold.count()).toBe(1);
  });

  it('adds a link typed as people read addresses, and refuses a script', async () => {
    const { page } = session.browser;
    await cursorAtEnd(paragraph(page, 'Decision needed'));
    await page.keyboard.press('Shift+Home');
    await syncCaret(page);
    await page.keyboard.press('Control+k');
    const form = page.getByRole('form', { name: 'Add link' });
    await form.getByLabel('Link to').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Add link' }).click();
    await form.getByText('Give a web address (https://…), an email address or a phone number.').waitFor();
    await form.getByLabel('Link to').fill('www.castlemere.example/improvement');
    await form.getByRole('button', { name: 'Add link' }).click();
    expect(await form.count()).toBe(0);
    expect(await text(page).locator('a', { hasText: 'Decision needed' }).getAttribute('href')).toBe('https://www.castlemere.example/improvement');
  });

  it('pastes from Word keeping the structure and none of the junk, saves it, and keeps it after a reload', async () => {
    const { page } = session.browser;
    await cursorAtEnd(paragraph(page, 'Decision needed'));
    await page.keyboard.press('Enter');
    await text(page).evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'Progress since July');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_CLIPBOARD);
    await text(page).locator('h1', { hasText: 'Progress since July' }).waitFor();
    expect(await text(page).locator('ul ul li', { hasText: 'Highest in the north locality' }).count()).toBe(1);
    expect(await text(page).locator('th', { hasText: 'Measure' }).count()).toBe(1);
    // The pasted "4.1.1" paragraph is numbered by the editor, under the pasted level-1 heading.
    expect(await text(page).locator('h1', { hasText: 'Progress since July' }).getAttribute('data-number')).toBe('6.0');
    expect(await paragraph(page, 'commissioned in house').getAttribute('data-number')).toBe('6.1');

    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at \d{1,2}\.\d{2} (am|pm)$/);
    const stored = await call<Document>(page, 'documents/get', { id: documentId });
    const json = JSON.stringify(stored.body);
    for (const junk of ['mso-', 'Mso', 'o:p', 'font-family', 'color:', 'lang', 'style']) expect(json, junk).not.toContain(junk);
    const nodes = nodesOf(stored.body);
    expect(nodes.some((node) => node.type === 'bulletList' && JSON.stringify(node).includes('Highest in the north locality'))).toBe(true);
    expect(nodes.some((node) => node.type === 'orderedList' && JSON.stringify(node).includes('Recruit two senior practitioners'))).toBe(true);
    expect(nodes.some((node) => node.type === 'table' && JSON.stringify(node).includes('tableHeader'))).toBe(true);
    const added = stored.body.content.find((node) => JSON.stringify(node).includes('Castlemere will report again'));
    expect(added?.attrs).toEqual({ numbered: true });
    const inserted = stored.body.content.find((node) => JSON.stringify(node).includes('An inserted paragraph'));
    expect(inserted?.attrs).toBeUndefined();
    expect(json).toContain('"href":"https://www.castlemere.example/improvement"');

    await page.reload();
    await text(page).waitFor();
    expect(await paragraph(page, 'Castlemere will report again').getAttribute('data-number')).toBe('5.3');
    expect(await text(page).locator('h1', { hasText: 'Progress since July' }).count()).toBe(1);
    expect(await text(page).locator('strong', { hasText: 'Decision needed' }).count()).toBe(1);
  });

  it('keeps saving the text while the title is blank, says why the title is not saved, and saves it once given', async () => {
    const { page } = session.browser;
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('');
    await page.getByText('Give the document a title. Your other changes are still saved.').waitFor();
    await cursorAtEnd(paragraph(page, 'Castlemere will report again'));
    await page.keyboard.type(' Typed while the title was blank.');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toBe('Not saved: Give the document a title.');
    expect(await page.getByRole('button', { name: 'Retry' }).isVisible()).toBe(true);
    const stored = await call<Document>(page, 'documents/get', { id: documentId });
    expect(stored.title).toBe(REPORT);
    expect(JSON.stringify(stored.body)).toContain('Typed while the title was blank.');

    // Leaving while a save is failing asks first; staying keeps the page and its changes.
    const question = new Promise<string>((resolve) => {
      page.once('dialog', (dialog) => { resolve(dialog.message()); void dialog.dismiss(); });
    });
    await page.getByRole('link', { name: 'All documents' }).click();
    expect(await question).toMatch(/^Your latest changes to this document are not saved: Give the document a title\./);
    await page.getByRole('heading', { level: 1, name: 'Untitled document' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/documents/${documentId}$`));
    expect(await title.inputValue()).toBe('');

    await title.fill(`${REPORT} (revised)`);
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at /);
    expect((await call<Document>(page, 'documents/get', { id: documentId })).title).toBe(`${REPORT} (revised)`);
    await page.getByRole('heading', { level: 1, name: `${REPORT} (revised)` }).waitFor();
  });

  it('edits the cover sheet’s lists, saving them', async () => {
    const { page } = session.browser;
    await page.getByText('Cover sheet', { exact: true }).click();
    const officers = page.getByRole('group', { name: 'Contact officers' });
    const before = await officers.getByRole('group', { name: /^Contact officer \d+$/ }).count();
    await officers.getByRole('button', { name: 'Add a contact officer' }).click();
    const added = officers.getByRole('group', { name: `Contact officer ${before + 1}` });
    expect(await added.getByLabel('Name').evaluate((input) => input === document.activeElement)).toBe(true);
    await added.getByLabel('Name').fill('Sam Okafor');
    await added.getByLabel('Job title').fill('Improvement Officer');
    await page.getByRole('group', { name: 'Background documents' }).getByRole('button', { name: 'Remove background document 1' }).click();
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at /);
    const { coverSheet } = await call<Document>(page, 'documents/get', { id: documentId });
    expect(coverSheet.contactOfficers?.at(-1)).toEqual({ name: 'Sam Okafor', jobTitle: 'Improvement Officer', phone: '', email: '' });
    expect(coverSheet.contactOfficers).toHaveLength(before + 1);
    expect(coverSheet.backgroundDocuments).toEqual(['Children’s Services Improvement Plan 2025–2027']);
  });

  it('saves typing straight away when the author leaves the page before the pause', async () => {
    const { page } = session.browser;
    await cursorAtEnd(paragraph(page, 'Castlemere will report again'));
    await page.keyboard.type(' Written just before leaving.');
    await page.getByRole('link', { name: 'All documents' }).click();
    await page.getByRole('heading', { level: 1, name: 'Documents', exact: true }).waitFor();
    await expect.poll(async () => JSON.stringify((await call<Document>(page, 'documents/get', { id: documentId })).body), { timeout: 10_000 }).toContain('Written just before leaving.');
    await page.getByRole('link', { name: `${REPORT} (revised)` }).click();
    await paragraph(page, 'Written just before leaving.').waitFor();
  });

  it('has no serious accessibility problems, with the cover sheet and toolbar showing', async () => {
    const { page } = session.browser;
    await text(page).locator('table td').first().click();
    await toolbarButton(page, 'Add a row below').waitFor();
    const rows = text(page).locator('table tr');
    expect(await rows.count()).toBe(2);
    await toolbarButton(page, 'Add a row below').click();
    await toolbarButton(page, 'Add a column to the right').click();
    expect(await rows.count()).toBe(3);
    expect(await rows.first().locator('th, td').count()).toBe(3);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'document-page.png'), fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    expect(session.browser.problems).toEqual([]);
  });
});


describe('a progress report drafted from the plan', () => {
  type Draft = { document: Document; sections: { key: string; heading: string; state: string }[] };
  type Listed = { id: number; meetingDate: string };
  let draft: Draft;

  function stateOf(page: Page, heading: string) {
    return page.locator('.doc-plan__sections li', { hasText: heading }).locator('.doc-section-state').textContent();
  }

  it('opens with every section as drafted, and keeps them so when another is edited', async () => {
    const { page } = session.browser;
    const [plan] = await call<{ id: number }[]>(page, 'actionPlans/list', {});
    const meetings = await call<Listed[]>(page, 'meetings/list', {});
    const december = meetings.find((meeting) => meeting.meetingDate === '2026-12-01');
    if (!plan || !december) throw new Error('The demo workspace has no plan or December meeting.');
    draft = await call<Draft>(page, 'progressReports/draft', { planId: plan.id, meetingId: december.id });
    await page.evaluate((id) => { window.location.hash = `#/documents/${id}`; }, draft.document.id);
    await page.getByRole('heading', { level: 1, name: draft.document.title }).waitFor();
    await page.getByText('Sections drafted from the plan', { exact: true }).click();
    await page.locator('.doc-plan__sections li').first().waitFor();
    expect(await page.locator('.doc-section-state').allTextContents()).toEqual(draft.sections.map(() => 'As drafted'));

    const second = draft.sections.find((section) => section.key.startsWith('entry:') && section !== draft.sections.find((one) => one.key.startsWith('entry:')));
    if (!second) throw new Error('The draft has fewer than two recommendation sections.');
    await cursorAtEnd(text(page).locator(`h2:has-text(${JSON.stringify(second.heading.slice(0, 40))}) + p`));
    await page.keyboard.type(' The author added this sentence.');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at /);
    await expect.poll(() => stateOf(page, second.heading)).toBe('Changed by you');
    const states = await page.locator('.doc-section-state').allTextContents();
    expect(states.filter((state) => state === 'As drafted')).toHaveLength(draft.sections.length - 1);
  });

  it('asks before replacing the author’s changes: Keep mine keeps them, Replace drafts the section again', async () => {
    const { page } = session.browser;
    const update = page.getByRole('button', { name: 'Update from the plan' });
    await update.click();
    const dialog = page.getByRole('dialog', { name: 'Replace your changes?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/1 section has your changes: “Recommendation \d+: .+”\. Replace it with a fresh draft\?/);
    expect(await dialog.getByRole('button', { name: 'Keep mine' }).evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    expect(await dialog.count()).toBe(0);
    expect(await update.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await text(page).textContent()).toContain('The author added this sentence.');

    await update.click();
    await dialog.getByRole('button', { name: 'Replace with a fresh draft' }).click();
    await expect.poll(() => text(page).textContent()).not.toContain('The author added this sentence.');
    await expect.poll(() => page.locator('.doc-section-state', { hasText: 'Changed by you' }).count()).toBe(0);
    const stored = await call<Document>(page, 'documents/get', { id: draft.document.id });
    expect(JSON.stringify(stored.body)).not.toContain('The author added this sentence.');
    const headings = stored.body.content.filter((node) => node.type === 'heading' && typeof node.attrs?.['sectionKey'] === 'string');
    expect(headings.map((node) => node.attrs?.['sectionKey'])).toEqual(draft.sections.map((section) => section.key));
  });
});
