// The Documents section on the demo workspace, in Chromium: the table with
// each document's meetings, the search and filters, a new report from the
// template, and the final lock (mark final → read-only → edit refused →
// reopen → edit saved).
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DECEMBER_REPORT_TITLE, EXEMPT_REPORT_TITLE, JULY_REPORT_TITLE } from '../../electron/core/demo/content/documents';
import type { Document, DocumentSummary } from '../../shared/api/methods/documents';
import type { AuditEntry } from '../../shared/api/methods/records';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { attemptFromPage as attempt, callFromPage as call } from '../helpers/page-api';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const NEW_REPORT = 'Care leavers update';
const DECEMBER_MEETING = 'Tuesday, 1 December 2026 – Improvement Subgroup';

const session = useHostSession('e2e-documents');

beforeAll(() => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

function table(page: Page): Locator {
  return page.getByRole('table', { name: /documents/i });
}

function rowOf(page: Page, title: string): Locator {
  return table(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

async function titles(page: Page): Promise<string[]> {
  return table(page).locator('tbody th').allInnerTexts();
}

function count(page: Page) {
  return page.locator('.doc-count').innerText();
}

async function openList(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Documents', exact: true }).waitFor();
  await rowOf(page, DECEMBER_REPORT_TITLE).waitFor();
}

function text(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Report text' });
}

function saveStatus(page: Page) {
  return page.locator('.doc-save [role="status"]').textContent();
}

describe('the documents list', () => {
  let total: number;

  it('shows every document in a table: kind, status, author, meetings and when it last changed', async () => {
    const { page } = session.browser;
    await openList(page);
    total = (await call<DocumentSummary[]>(page, 'documents/list', {})).length;
    expect(await count(page)).toBe(`${total} documents`);
    const headers = await table(page).locator('thead th').allInnerTexts();
    // The arrows after the sortable headings are decoration, hidden from screen readers.
    expect(headers.map((header) => header.replace(/\s*[↕↑↓]$/, ''))).toEqual(['Title', 'Kind', 'Status', 'Author', 'Meetings', 'Last changed (newest first)']);

    const december = await rowOf(page, DECEMBER_REPORT_TITLE).getByRole('cell').allInnerTexts();
    expect(december).toEqual(['Report', 'Final\nUsed in an issued pack', 'Laura Pennick', DECEMBER_MEETING, '20 November 2026, 3.00 pm']);
    const terms = await rowOf(page, 'Terms of reference').getByRole('cell').nth(3).innerText();
    expect(terms).toBe(`Tuesday, 14 July 2026 – Improvement Subgroup\n${DECEMBER_MEETING}`);
    expect(await rowOf(page, JULY_REPORT_TITLE).getByRole('cell').nth(1).innerText()).toBe('Final');

    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.locator('main').screenshot({ path: path.join(SCREENSHOTS, 'documents-list.png') });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('searches as the user types, announcing how many documents were found', async () => {
    const { page } = session.browser;
    const search = page.getByRole('searchbox', { name: 'Search documents' });
    await search.fill('pennick');
    await expect.poll(() => count(page)).toBe(`2 documents of ${total} documents`);
    expect((await titles(page)).sort()).toEqual([DECEMBER_REPORT_TITLE, JULY_REPORT_TITLE].sort());
    expect(await page.locator('.doc-count').getAttribute('role')).toBe('status');

    // With a filter too: the July report is the one on the July agenda.
    await page.getByLabel('Meeting').selectOption({ label: 'Tuesday, 14 July 2026 – Improvement Subgroup' });
    await expect.poll(() => titles(page)).toEqual([JULY_REPORT_TITLE]);
    expect(await count(page)).toBe(`1 document of ${total} documents`);
    await page.getByLabel('Meeting').selectOption({ label: 'Any meeting' });

    await search.fill('zebra crossing');
    await page.getByRole('region', { name: 'No documents match' }).waitFor();
    expect(await count(page)).toBe(`0 documents of ${total} documents`);
    expect(await page.getByRole('region', { name: 'No documents match' }).innerText()).toContain('No document has every word of “zebra crossing”');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('region', { name: 'No documents match' }).getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => count(page)).toBe(`${total} documents`);
    expect(await search.inputValue()).toBe('');
  });

  it('filters by kind, status, author and meeting, and clears them all at once', async () => {
    const { page } = session.browser;
    await page.getByLabel('Author').selectOption({ label: 'Fiona Whitlock' });
    await expect.poll(() => titles(page)).toEqual([EXEMPT_REPORT_TITLE]);
    await page.getByLabel('Author').selectOption({ label: 'Anyone' });
    await page.getByLabel('Meeting').selectOption({ label: 'Tuesday, 14 July 2026 – Improvement Subgroup' });
    await page.getByLabel('Kind').selectOption({ label: 'Report' });
    await expect.poll(() => titles(page)).toEqual([JULY_REPORT_TITLE]);
    await page.getByLabel('Kind').selectOption({ label: 'Any kind' });
    await page.getByLabel('Status').selectOption({ label: 'Draft' });
    await page.getByRole('region', { name: 'No documents match' }).waitFor();
    expect(await page.getByRole('region', { name: 'No documents match' }).innerText()).toContain('No document matches every filter chosen');

    const clear = page.getByRole('search', { name: 'Search and filter documents' }).getByRole('button', { name: 'Clear search and filters' });
    await clear.click();
    await expect.poll(() => count(page)).toBe(`${total} documents`);
    // The button has gone; focus is in the search box, where to start again.
    expect(await page.getByRole('searchbox', { name: 'Search documents' }).evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Meeting').inputValue()).toBe('any');
  });

  it('sorts by title and by when documents last changed', async () => {
    const { page } = session.browser;
    const byEngine = await titles(page);
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
    await page.getByRole('button', { name: 'Title' }).click();
    await expect.poll(() => titles(page)).toEqual([...byEngine].sort(collator.compare));
    expect(await page.getByRole('columnheader', { name: /^Title/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByRole('button', { name: /^Title/ }).click();
    await expect.poll(() => titles(page)).toEqual([...byEngine].sort(collator.compare).reverse());
    expect(await page.getByRole('columnheader', { name: /^Title/ }).getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('button', { name: /^Last changed/ }).click();
    await expect.poll(() => titles(page)).toEqual(byEngine);
    expect(await page.getByRole('columnheader', { name: /^Last changed/ }).getAttribute('aria-sort')).toBe('descending');
    expect(await page.getByRole('columnheader', { name: /^Title/ }).getAttribute('aria-sort')).toBeNull();
  });
});

describe('a new report and the final lock', () => {
  let documentId: number;

  it('writes a new report from the template, opening it with its numbered sections', async () => {
    const { page } = session.browser;
    await openList(page);
    await page.getByRole('button', { name: 'New report' }).click();
    const form = page.getByRole('form', { name: 'New report' });
    const title = form.getByLabel('Title of the report');
    expect(await title.evaluate((input) => input === document.activeElement)).toBe(true);
    await form.getByRole('button', { name: 'Create the report' }).click();
    await form.getByText('Give the report a title, as it will appear on the agenda.').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');

    await title.fill(NEW_REPORT);
    await form.getByRole('button', { name: 'Create the report' }).click();
    await page.getByRole('heading', { level: 1, name: NEW_REPORT }).waitFor();
    documentId = Number(/#\/documents\/(\d+)$/.exec(page.url())?.[1]);
    expect(documentId).toBeGreaterThan(0);
    const headings = text(page).locator('h1');
    await headings.first().waitFor();
    expect(await headings.allInnerTexts()).toEqual(['Introduction', 'Background', 'Main issues', 'Implications', 'Recommendations']);
    expect(await headings.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-number')))).toEqual(['1.0', '2.0', '3.0', '4.0', '5.0']);
    expect(await text(page).locator('p').first().getAttribute('data-number')).toBe('1.1');
    const stored = await call<Document>(page, 'documents/get', { id: documentId });
    expect(stored).toMatchObject({ kind: 'report', status: 'draft', coverSheet: {} });
  });

  it('is marked final after a question, and is then read-only with a banner saying how to edit it', async () => {
    const { page } = session.browser;
    const introduction = text(page).locator('p').first();
    await introduction.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Numbers of care leavers in suitable homes rose this year.');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at /);

    await page.getByRole('button', { name: 'Mark as final' }).click();
    const question = page.getByRole('dialog', { name: `Mark “${NEW_REPORT}” as final?` });
    await question.waitFor();
    expect(await question.getByRole('button', { name: 'Mark as final' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await question.getByRole('button', { name: 'Mark as final' }).click();

    const banner = page.getByRole('region', { name: 'Final — locked. Reopen to edit.' });
    await banner.waitFor();
    await expect.poll(() => banner.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.locator('.doc-status-message').innerText()).toBe('Marked as final. It is locked until it is reopened.');
    expect((await call<Document>(page, 'documents/get', { id: documentId })).status).toBe('final');

    // The text can be read but not typed into; the toolbar has gone; the title and cover sheet are read-only.
    await text(page).waitFor();
    expect(await text(page).getAttribute('aria-readonly')).toBe('true');
    expect(await text(page).getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0);
    expect(await page.getByLabel('Title', { exact: true }).getAttribute('readonly')).not.toBeNull();
    await page.getByText('Cover sheet', { exact: true }).click();
    expect(await page.getByLabel('Subject').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add a recommendation' }).isDisabled()).toBe(true);

    const before = await call<Document>(page, 'documents/get', { id: documentId });
    await text(page).locator('p').first().click();
    await page.keyboard.type('Typed into a locked report.');
    await page.getByLabel('Title', { exact: true }).press('End');
    await page.keyboard.type(' (changed)');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(NEW_REPORT);
    expect(await text(page).innerText()).not.toContain('Typed into a locked report.');
    expect(await call<Document>(page, 'documents/get', { id: documentId })).toEqual(before);

    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.locator('main').evaluate((main) => { main.scrollTo(0, 0); });
    await page.locator('main').screenshot({ path: path.join(SCREENSHOTS, 'document-final-locked.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('refuses an edit sent while final, saying it must be reopened', async () => {
    const { page } = session.browser;
    const refused = await attempt(page, 'documents/update', { id: documentId, title: 'Renamed while final' });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: `“${NEW_REPORT}” is final, so it cannot be changed. Reopen it as a draft first (this keeps a record that it was reopened).` } });
  });

  it('is reopened as a draft, on the record, and takes edits again', async () => {
    const { page } = session.browser;
    await page.getByRole('button', { name: 'Reopen as a draft' }).click();
    await page.getByRole('region', { name: 'Final — locked. Reopen to edit.' }).waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('button', { name: 'Mark as final' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await page.getByRole('toolbar', { name: 'Formatting' }).waitFor();
    expect(await text(page).getAttribute('contenteditable')).toBe('true');

    await text(page).locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Written after reopening.');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at /);
    const stored = await call<Document>(page, 'documents/get', { id: documentId });
    expect(stored.status).toBe('draft');
    expect(JSON.stringify(stored.body)).toContain('Written after reopening.');
    const trail = await call<AuditEntry[]>(page, 'audit/list', { entity: 'document', entityId: documentId });
    expect(trail.map((entry) => entry.summary)).toContain(`${NEW_REPORT}: reopened as a draft (it was final)`);

    await page.getByRole('link', { name: 'All documents' }).click();
    await rowOf(page, NEW_REPORT).waitFor();
    expect(await rowOf(page, NEW_REPORT).getByRole('cell').allInnerTexts()).toEqual(['Report', 'Draft', expect.any(String) as string, 'Not on an agenda', expect.stringMatching(/^23 November 2026, \d{1,2}\.\d{2} (am|pm)$/) as string]);
    expect(await axeViolations(page)).toEqual([]);
    expect(session.browser.problems).toEqual([]);
  });
});

describe('a report imported from Word with a picture', () => {
  // A red 24 × 16 PNG: small, but a real picture the browser decodes.
  const PICTURE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAAHUlEQVR42mP4z8BAFcQwatCoQaMGjRo0atCQNwgAOFVBvyImQWkAAAAASUVORK5CYII=';

  it('shows the picture with its description and keeps it through an edit', async () => {
    const { page } = session.browser;
    const created = await call<Document>(page, 'documents/create', {
      kind: 'report',
      title: 'Referrals in pictures',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Referrals rose in the spring.' }] },
          { type: 'image', attrs: { src: PICTURE, alt: 'Bar chart of referrals by month', width: 240 } },
          { type: 'paragraph', content: [{ type: 'text', text: 'They have since fallen back.' }] },
        ],
      },
    });
    await page.evaluate((hash) => { window.location.hash = hash; }, `#/documents/${String(created.id)}`);
    const picture = text(page).getByRole('img', { name: 'Bar chart of referrals by month' });
    await picture.waitFor();
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(24);
    await text(page).getByText('They have since fallen back.').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited beside the picture.');
    await expect.poll(() => saveStatus(page), { timeout: 10_000 }).toMatch(/^Saved at /);
    const stored = await call<Document>(page, 'documents/get', { id: created.id });
    expect(stored.body.content.map((node) => node.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(stored.body.content[1]).toEqual({ type: 'image', attrs: { src: PICTURE, alt: 'Bar chart of referrals by month', width: 240 } });
    expect(JSON.stringify(stored.body)).toContain('Edited beside the picture.');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'documents-picture.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(session.browser.problems).toEqual([]);
  });
});
