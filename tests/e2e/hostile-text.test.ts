// Issue 9.3 in the browser: hostile text saved through the app (one agenda
// item typed into the form, the rest through the API as the app sends it) is
// shown as the literal text it is on every screen that shows it: committee,
// meeting and agenda, minutes, documents, the dashboard and search. No script
// runs (a trap on window.__pwned, on alert and on dialogs), no element is
// injected, and a 5,000-letter word wraps instead of widening the page.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../../shared/api/methods/committees';
import type { Document } from '../../shared/api/methods/documents';
import type { Meeting } from '../../shared/api/methods/meetings';
import type { Decision, MinuteEntry } from '../../shared/api/methods/minutes';
import { useHostSession } from '../helpers/host-session';
import { openAfresh } from '../helpers/screens';
import { ILLEGAL, LEGAL, LONG_WORD, TITLE_WORD } from '../helpers/hostile-text';
import { callFromPage as call } from '../helpers/page-api';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const session = useHostSession('e2e-hostile-text');
const ids = { committee: 0, held: 0, next: 0, document: 0 };
const COMMITTEE = `Panel ${LEGAL.script} ${LEGAL.emoji}`;
const DOCUMENT_TITLE = `Report ${LEGAL.image} ${LEGAL.rtl}`;
const FOLLOW_UP = `Follow-up ${LEGAL.template} ${LONG_WORD.slice(0, 1_500)}`;
const dialogs: string[] = [];

const paragraphNode = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The strings as the screen must show them: whitespace as one space (the DOM keeps what was typed; layout folds it). */
const shown = (text: string): string => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { page } = session.browser;
  // The trap: every hostile string that ran as script would set this, call alert or open a dialog.
  await page.addInitScript(() => {
    const trapped = window as unknown as { alert: (message?: unknown) => void; __alerts: number };
    trapped.__alerts = 0;
    trapped.alert = () => {
      trapped.__alerts += 1;
    };
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  ids.committee = (await call<Committee>(page, 'committees/create', { name: COMMITTEE, minutePrefix: 'HOS/TXT' })).id;
  ids.held = (await call<Meeting>(page, 'meetings/create', { committeeId: ids.committee, meetingDate: '2026-11-10', startTime: '10:00' })).id;
  await call(page, 'agendaItems/create', { meetingId: ids.held, title: `Minuted ${LEGAL.combining}`, kind: 'other' });
  await call(page, 'meetings/setStatus', { id: ids.held, status: 'issued' });
  await call(page, 'meetings/setStatus', { id: ids.held, status: 'held' });
  const entry = await call<MinuteEntry>(page, 'minutes/addEntry', {
    meetingId: ids.held,
    heading: `Minute ${LEGAL.image} ${LEGAL.fieldCode}`,
    discussion: { type: 'doc', content: [...Object.values(LEGAL).map(paragraphNode), paragraphNode(ILLEGAL), paragraphNode(LONG_WORD)] },
  });
  const decision = await call<Decision>(page, 'minutes/addDecision', { minuteEntryId: entry.id, text: `Decision ${LEGAL.script} ${LONG_WORD.slice(0, 3_000)}` });
  await call(page, 'followUps/create', { decisionId: decision.id, description: FOLLOW_UP, owner: LEGAL.rtl, dueDate: '2026-11-16' });

  ids.next = (await call<Meeting>(page, 'meetings/create', { committeeId: ids.committee, meetingDate: '2026-12-10', startTime: '10:00', venue: LEGAL.cdata })).id;
  for (const text of [LEGAL.script, LEGAL.template, LEGAL.entities, LEGAL.emoji, LEGAL.rtl, ILLEGAL, TITLE_WORD]) {
    await call(page, 'agendaItems/create', { meetingId: ids.next, title: text, kind: 'other', summary: `${text} ${LONG_WORD}`, reportOf: LEGAL.fieldCode });
  }
  ids.document = (
    await call<Document>(page, 'documents/create', {
      kind: 'report',
      title: DOCUMENT_TITLE,
      committeeId: ids.committee,
      // Markup, right-to-left text and a long word: the author column breaks it rather than widening the page.
      author: `<i>A</i> ${LEGAL.rtl} ${TITLE_WORD.slice(0, 120)}`,
      coverSheet: { subject: LEGAL.image, summary: `${LEGAL.template} ${LONG_WORD}` },
      body: { type: 'doc', content: [...Object.values(LEGAL).map(paragraphNode), paragraphNode(LONG_WORD), { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraphNode(LONG_WORD)] }] }] }] },
    })
  ).id;
});

/** Opens a screen by its address, afresh, and waits for its main heading. */
async function open(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await openAfresh(page, session.host.origin, hash, heading);
  // Let lazy parts (the rich-text viewer) finish drawing before the checks.
  await page.waitForLoadState('networkidle');
}

/**
 * Nothing ran and nothing was injected; the page is no wider than the window
 * and the main area does not scroll sideways; then a full picture to look at.
 */
async function expectSafe(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `hostile-${name}-window.png`) });
  const height = await page.locator('main').evaluate((main) => main.scrollHeight + 120);
  await page.setViewportSize({ width: 1280, height: Math.min(6000, Math.max(800, height)) });
  await page.screenshot({ path: path.join(SCREENSHOTS, `hostile-${name}.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
  const state = await page.evaluate(() => {
    const main = document.querySelector('main');
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      alerts: (window as unknown as { __alerts?: number }).__alerts ?? -1,
      injectedImages: document.querySelectorAll('img[src="x"], img[onerror]').length,
      injectedScripts: [...document.scripts].filter((script) => script.textContent.includes('__pwned')).length,
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      mainOverflow: main === null ? -1 : main.scrollWidth - main.clientWidth,
      wideElements: [...(main?.querySelectorAll('*') ?? [])]
        .filter((element) => element.getBoundingClientRect().right > (main?.getBoundingClientRect().right ?? 0) + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    };
  });
  expect(state, name).toEqual({ pwned: null, alerts: 0, injectedImages: 0, injectedScripts: 0, pageOverflow: 0, mainOverflow: 0, wideElements: [] });
  expect(dialogs, name).toEqual([]);
  expect(session.browser.problems, name).toEqual([]);
}

/** Each text is on the page as literal text, whitespace aside. */
async function expectLiteral(page: Page, texts: readonly string[]): Promise<void> {
  const bodyText = shown(await page.locator('main').innerText());
  for (const text of texts) expect(bodyText, `“${text.slice(0, 60)}”`).toContain(shown(text));
}

describe('hostile text on every screen', () => {
  it('shows the committee name as text on the committee page', async () => {
    const { page } = session.browser;
    await open(page, `#/committees/${String(ids.committee)}`, shown(COMMITTEE));
    await expectLiteral(page, [COMMITTEE]);
    await expectSafe(page, 'committee');
  });

  it('shows agenda titles, summaries and the venue as text, and a title typed into the form is kept as typed', async () => {
    const { page } = session.browser;
    await open(page, `#/meetings/${String(ids.next)}`, new RegExp('^Panel'));
    const agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    await agenda.getByRole('button', { name: 'Add an item' }).click();
    const form = agenda.getByRole('form', { name: 'New agenda item' });
    await form.getByLabel('Title').fill(LEGAL.image);
    await form.getByLabel('Report of').fill(LEGAL.combining);
    await form.getByRole('button', { name: 'Add the item' }).click();
    await agenda.getByRole('heading', { level: 3, name: LEGAL.image }).waitFor();
    await expectLiteral(page, [LEGAL.script, LEGAL.template, LEGAL.entities, LEGAL.emoji, LEGAL.rtl, TITLE_WORD, LEGAL.image, LEGAL.cdata, LEGAL.fieldCode]);
    const stored = await call<{ agendaItems: { title: string }[] }>(page, 'meetings/get', { id: ids.next });
    expect(stored.agendaItems.map((item) => item.title)).toContain(LEGAL.image);
    await expectSafe(page, 'agenda');
  });

  it('shows the minutes, decision and follow-up as text', async () => {
    const { page } = session.browser;
    await open(page, `#/meetings/${String(ids.held)}`, new RegExp('^Panel'));
    await page.getByRole('region', { name: 'Minutes', exact: true }).waitFor();
    await expectLiteral(page, [`Minute ${LEGAL.image} ${LEGAL.fieldCode}`, LEGAL.script, LEGAL.cdata, LEGAL.template, LEGAL.emoji]);
    await expectSafe(page, 'minutes');
  });

  it('shows the document in the list and on its page as text', async () => {
    const { page } = session.browser;
    await open(page, '#/documents', 'Documents');
    await page.getByRole('link', { name: shown(DOCUMENT_TITLE) }).first().waitFor();
    await expectSafe(page, 'documents-list');
    await open(page, `#/documents/${String(ids.document)}`, shown(DOCUMENT_TITLE));
    await page.getByText(LEGAL.fieldCode).first().waitFor();
    await expectLiteral(page, [LEGAL.script, LEGAL.image, LEGAL.entities, LEGAL.template, LEGAL.emoji]);
    await expectSafe(page, 'document');
  });

  it('shows the meeting and the overdue follow-up on the dashboard as text', async () => {
    const { page } = session.browser;
    await open(page, '#/home', 'Home');
    await page.getByRole('heading', { name: 'Overdue follow-ups' }).waitFor();
    await expectLiteral(page, [COMMITTEE, FOLLOW_UP.slice(0, 200)]);
    await expectSafe(page, 'dashboard');
  });

  it('finds the hostile records by search and shows the hits as text', async () => {
    const { page } = session.browser;
    await open(page, `#/search/${encodeURIComponent('pwned')}`, 'Search');
    await page.locator('.search-hit').first().waitFor();
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(2);
    await expectLiteral(page, [shown(DOCUMENT_TITLE)]);
    await expectSafe(page, 'search');
  });
});
