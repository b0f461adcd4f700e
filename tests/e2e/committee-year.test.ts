// The committee officer's year as one story, all through the app on the demo
// workspace (today is Monday 23 November 2026): a new committee with its
// members and terms of reference; its schedule and work programme; the
// agenda of its first meeting (3 November, already held) with an exempt
// item and papers; that meeting's pack issued, the meeting marked held and
// minuted with an apology, a decision and follow-ups; the minutes approved at
// today's meeting and locked; the tracker; and today's agenda, drafted from
// the work programme, and its pack, read back from the PDF and Word files.
//
// Why these dates: minutes are approved at a later meeting that has taken
// place (held, or dated today or earlier: minutes-approval.ts), so the meeting
// that approves them is today's; its pack carries the minutes of the last
// meeting with minutes. The board schedules items only for meetings still to
// come, so the work programme feeds today's agenda, and the 3 November
// agenda is written item by item. January and March are the year ahead.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../shared/api/methods/meetings';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { attemptFromPage, callFromPage } from '../helpers/page-api';
import { openAfresh, openTab } from '../helpers/screens';
import { readPdf } from '../helpers/pdf';
import { makeTempDir } from '../helpers/temp';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const NAME = 'Adult Social Care Scrutiny Committee';
const HELD = 'Tuesday, 3 November 2026';
const NEXT = 'Monday, 23 November 2026';
const JANUARY = 'Tuesday, 19 January 2027';
const MARCH = 'Tuesday, 16 March 2027';
const UNSCHEDULED = 'Items to be scheduled';
const SAFEGUARDING = 'Adult safeguarding annual report';
const HOME_CARE = 'Home care capacity this winter';
const CONTRACT = 'Elmfield Lodge: contract performance';
const CARERS = 'Carers’ strategy refresh';
const QUALITY = 'Care home quality ratings';
const PROGRAMME = 'Terms of Reference and Work Programme';
const RATIONALE = 'To check that adults who draw on care and support are kept safe and stay independent.';
// Words only the exempt item's paper and its private minute hold: none may reach a public edition.
const EXEMPT_PAPER_TEXT = 'Improvement notice served on the provider of Elmfield Lodge';
const PRIVATE_DISCUSSION = 'Members heard that Elmfield Lodge had been short of night staff on fourteen nights.';
const DISCUSSION = 'Members asked how many people were waiting for a home care package to start.';
const DECISION = 'To ask for the home care waiting list figures at the January meeting.';
const FOLLOW_UP = 'Send members the home care waiting list figures';
const PRIVATE_DECISION = 'To ask officers to visit Elmfield Lodge.';
const PRIVATE_FOLLOW_UP = 'Visit Elmfield Lodge unannounced before Christmas';

const session = useHostSession('e2e-committee-year');
const ids = { committee: 0, held: 0, next: 0 };

beforeAll(() => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

// One story: once a step fails, the steps after it would only fail for that reason, so they are skipped.
let hasFailed = false;
beforeEach((context) => {
  if (hasFailed) context.skip();
});
afterEach((context) => {
  if (context.task.result?.state === 'fail') hasFailed = true;
});

const open = (page: Page, hash: string, heading: string) => openAfresh(page, session.host.origin, hash, heading);

/** A picture of one part of the page, in a window tall enough for all of it (the page scrolls inside <main>). */
async function screenshot(page: Page, locator: Locator, name: string) {
  await page.setViewportSize({ width: 1280, height: 3000 });
  await locator.screenshot({ path: path.join(SCREENSHOTS, name) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

const group = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const agenda = (page: Page) => page.getByRole('region', { name: 'Agenda', exact: true });
const agendaItem = (page: Page, title: string) => agenda(page).locator('.agenda-item').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
const agendaTitles = async (page: Page) => (await agenda(page).getByRole('heading', { level: 3 }).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
const minutesRegion = (page: Page) => page.getByRole('region', { name: 'Minutes', exact: true });
const entryCard = (page: Page, reference: string) => minutesRegion(page).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^${reference.replaceAll('/', '\\/')} `) }) });
const packPanel = (page: Page) => page.getByRole('region', { name: 'Meeting pack' });
const rowOf = (page: Page, groupName: string, item: string) => group(page, groupName).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${item}`) }) });

async function itemsOf(page: Page, groupName: string): Promise<string[]> {
  const table = group(page, groupName).getByRole('table');
  return (await table.count()) === 0 ? [] : table.locator('tbody .wp-item__title').allInnerTexts();
}

/** A one-page PDF, as an officer's paper might arrive. */
async function paperPdf(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 12, font });
  return Buffer.from(await pdf.save());
}

async function pdfText(file: string): Promise<string> {
  const pdf = await readPdf(fs.readFileSync(file));
  const text = pdf.pages.map((one) => one.text).join('\n');
  await pdf.destroy();
  return text;
}

/** A Word file's words, one paragraph a line, as Word would show them. */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const decode = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');
  return xml.split('</w:p>').map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decode(match[1] ?? '')).join('')).filter((line) => line !== '').join('\n');
}

/** Chooses the editions and formats, gives the folder and issues the pack after confirming; the files written, by name. */
async function issuePack(page: Page, edition: string, format: string, folder: string): Promise<string[]> {
  await packPanel(page).getByRole('group', { name: 'Edition' }).getByRole('radio', { name: edition, exact: true }).check();
  await packPanel(page).getByRole('group', { name: 'Format' }).getByRole('radio', { name: format, exact: true }).check();
  await packPanel(page).getByLabel('Output folder').fill(folder);
  await packPanel(page).getByRole('button', { name: 'Issue pack…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Issue the pack?' });
  await dialog.getByRole('button', { name: /^Issue version 1/ }).click();
  await expect.poll(() => packPanel(page).locator('[aria-live="polite"]').textContent(), { timeout: 60_000 }).toMatch(/^Pack issued as version 1/);
  return fs.readdirSync(folder).sort();
}

describe('a committee officer’s year', () => {
  it('creates the committee, its members for 2026/27 and its terms of reference', async () => {
    const { page } = session.browser;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Committees', exact: true }).click();
    await page.getByRole('button', { name: 'New committee' }).click();
    const form = page.getByRole('form', { name: 'New committee' });
    await form.getByLabel('Name').fill(NAME);
    await form.getByLabel('Minute prefix').fill('CAS/SCR');
    await form.getByLabel('Contact officer').selectOption({ label: 'Ms Aisha Rahman – Scrutiny Support Officer' });
    await form.getByLabel('Usual venue').fill('Committee Room 2, Town Hall, Castlemere');
    await form.getByLabel('Usual start time').fill('10:00');
    await form.getByRole('button', { name: 'Create the committee' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    const members = page.getByRole('tabpanel', { name: 'Members' });
    ids.committee = Number(/^#\/committees\/(\d+)/.exec(new URL(page.url()).hash)?.[1]);
    expect(ids.committee).toBeGreaterThan(0);

    // The chair and two councillors, found in the people list by part of their names.
    const add = members.getByRole('form', { name: 'Add a member for 2026/27' });
    const picker = add.getByRole('combobox', { name: 'Person' });
    for (const [typed, person, role] of [['pritch', 'Councillor Owen Pritchard', 'Chair'], ['qadir', 'Councillor Saira Qadir', 'Member'], ['haver', 'Councillor Tom Haverley', 'Member']] as const) {
      await picker.fill(typed);
      await add.getByRole('option', { name: new RegExp(person) }).waitFor();
      await picker.press('Enter');
      expect(await picker.inputValue()).toBe(person);
      await add.getByLabel('Role').selectOption({ label: role });
      await add.getByRole('button', { name: 'Add to 2026/27' }).click();
      await expect.poll(() => members.locator('.committee-member__name').allTextContents()).toContain(person);
    }
    await members.getByRole('heading', { name: 'Members for 2026/27 (3 members)' }).waitFor();
    expect(await members.getByRole('region', { name: /^Chair/ }).locator('.committee-member__name').allTextContents()).toEqual(['Councillor Owen Pritchard']);
    expect(await members.getByRole('region', { name: /^Councillors/ }).locator('.committee-member__name').allTextContents()).toEqual(['Councillor Saira Qadir', 'Councillor Tom Haverley']);
    await screenshot(page, page.locator('main'), 'committee-year-members.png');
    expect(await axeViolations(page)).toEqual([]);

    const terms = await openTab(page, 'Terms of reference');
    await terms.getByRole('button', { name: 'Add a rationale item' }).click();
    const item = terms.getByRole('form', { name: 'Item 1' });
    await item.getByRole('textbox').fill(RATIONALE);
    await item.getByRole('button', { name: 'Add the item' }).click();
    await item.waitFor({ state: 'detached' });
    await terms.getByRole('textbox', { name: 'Operation', exact: true }).fill('The committee meets six times a year and reports to Council.');
    await terms.getByRole('button', { name: 'Save', exact: true }).click();
    await terms.getByText(/^Saved at /).waitFor();
  });

  it('schedules the year’s meetings, warning that 3 November has passed', async () => {
    const { page } = session.browser;
    await open(page, `#/committees/${ids.committee}/meetings`, NAME);
    const panel = page.getByRole('tabpanel', { name: 'Meetings' });
    const form = panel.getByRole('form', { name: 'Add a meeting' });
    expect(await form.getByLabel('Start time').inputValue()).toBe('10:00');
    for (const [date, words] of [['2026-11-03', HELD], ['2026-11-23', NEXT], ['2027-01-19', JANUARY], ['2027-03-16', MARCH]] as const) {
      await form.getByLabel('Date').fill(date);
      if (date === '2026-11-03') {
        // A meeting already held is being put on record: the app says so, and still adds it.
        await expect.poll(() => form.locator('.committee-note--warning').innerText().catch(() => '')).toContain(`Check the date: ${HELD} is in the past.`);
      }
      await form.getByRole('button', { name: 'Add the meeting' }).click();
      await form.getByRole('link', { name: `Open the meeting of ${words}` }).waitFor();
    }
    const schedule = panel.getByRole('table', { name: 'Meetings by date' });
    expect(await schedule.locator('tbody tr th a').allInnerTexts()).toEqual([HELD, NEXT, JANUARY, MARCH]);
    const meetings = await callFromPage<{ id: number; meetingDate: string }[]>(page, 'meetings/list', { committeeId: ids.committee });
    ids.held = meetings.find((meeting) => meeting.meetingDate === '2026-11-03')?.id ?? 0;
    ids.next = meetings.find((meeting) => meeting.meetingDate === '2026-11-23')?.id ?? 0;
    expect(ids.held * ids.next).toBeGreaterThan(0);
  });

  it('builds the work programme and schedules items for today’s meeting, one by keyboard', async () => {
    const { page } = session.browser;
    await open(page, `#/committees/${ids.committee}/work-programme`, NAME);
    const addTo = async (groupName: string, item: string, purpose: string, leadOfficer: string) => {
      await group(page, groupName).getByRole('button', { name: `Add an item to ${groupName}` }).click();
      const form = group(page, groupName).getByRole('form', { name: `New item for ${groupName}` });
      await form.getByLabel('Item', { exact: true }).fill(item);
      await form.getByLabel('Purpose of report').fill(purpose);
      await form.getByLabel('Lead officer').fill(leadOfficer);
      await form.getByRole('button', { name: 'Add item' }).click();
      await form.waitFor({ state: 'detached' });
    };
    await addTo(UNSCHEDULED, SAFEGUARDING, 'To consider the Safeguarding Adults Board’s annual report', 'Head of Adult Safeguarding');
    await addTo(UNSCHEDULED, QUALITY, 'To review the quality ratings of the city’s care homes', 'Head of Commissioning (Adults)');
    await addTo(JANUARY, CARERS, 'To comment on the draft carers’ strategy', 'Head of Adult Social Care');
    expect(await itemsOf(page, UNSCHEDULED)).toEqual([SAFEGUARDING, QUALITY]);

    // Items go forwards: the meeting already held is not offered.
    const moveTo = rowOf(page, UNSCHEDULED, SAFEGUARDING).getByLabel(`Move “${SAFEGUARDING}” to`);
    expect(await moveTo.locator('option').allInnerTexts()).toEqual(['Move to…', '23 November 2026', '19 January 2027', '16 March 2027']);
    // By keyboard: choose the meeting in "Move to…", Tab to Move, press Enter.
    await moveTo.focus();
    await moveTo.selectOption({ label: '23 November 2026' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => itemsOf(page, NEXT)).toEqual([SAFEGUARDING]);
    await rowOf(page, UNSCHEDULED, QUALITY).getByLabel(`Move “${QUALITY}” to`).selectOption({ label: '23 November 2026' });
    await rowOf(page, UNSCHEDULED, QUALITY).getByRole('button', { name: `Move “${QUALITY}”` }).click();
    await expect.poll(() => itemsOf(page, NEXT)).toEqual([SAFEGUARDING, QUALITY]);
    expect(await itemsOf(page, UNSCHEDULED)).toEqual([]);
    expect(await itemsOf(page, JANUARY)).toEqual([CARERS]);
    await screenshot(page, page.locator('.wp-board'), 'committee-year-work-programme.png');
  });

  it('writes the 3 November agenda, with an exempt item after the exclusion of the public, and gives items their papers', async () => {
    const { page } = session.browser;
    await open(page, `#/meetings/${ids.held}`, `${NAME}: ${HELD}`);
    // The committee's first meeting has no minutes to approve and nothing from the work programme: only the standing terms of reference and work programme.
    await agenda(page).getByRole('button', { name: 'Draft agenda from the work programme' }).click();
    await expect.poll(() => agendaTitles(page)).toEqual([`1. ${PROGRAMME}`]);
    expect(await agendaItem(page, PROGRAMME).locator('.agenda-papers__name').allInnerTexts()).toEqual(['Terms of reference', 'Work programme']);
    for (const [index, [title, reportOf]] of ([[HOME_CARE, 'Head of Commissioning (Adults)'], [CONTRACT, 'Contracts Manager']] as const).entries()) {
      await agenda(page).getByRole('button', { name: 'Add an item' }).click();
      const form = agenda(page).getByRole('form', { name: 'New agenda item' });
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Report of').fill(reportOf);
      await form.getByRole('button', { name: 'Add the item' }).click();
      await expect.poll(() => agendaTitles(page)).toContain(`${index + 2}. ${title}`);
    }

    await agendaItem(page, CONTRACT).getByLabel('Exempt (not for publication)').check();
    await expect.poll(() => agendaTitles(page)).toEqual([`1. ${PROGRAMME}`, `2. ${HOME_CARE}`, '3. Exclusion of the public', `4. ${CONTRACT}`]);
    await agendaItem(page, CONTRACT).getByLabel('Exemption ground').selectOption('3');
    await expect.poll(() => agendaItem(page, CONTRACT).locator('.agenda-flag--ground').count()).toBe(0);
    // The report first, by keyboard; the exclusion stays just before the exempt item.
    await agendaItem(page, HOME_CARE).getByRole('button', { name: `Move up “${HOME_CARE}”` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => agendaTitles(page)).toEqual([`1. ${HOME_CARE}`, `2. ${PROGRAMME}`, '3. Exclusion of the public', `4. ${CONTRACT}`]);

    // The provider's notice, chosen with "Add files…", on the exempt item; a new report from the template for the home care item.
    const chooser = page.waitForEvent('filechooser');
    await agendaItem(page, CONTRACT).getByRole('button', { name: `Add files… to “${CONTRACT}”` }).click();
    await (await chooser).setFiles({ name: 'elmfield-notice.pdf', mimeType: 'application/pdf', buffer: await paperPdf(EXEMPT_PAPER_TEXT) });
    await expect.poll(() => agendaItem(page, CONTRACT).locator('.agenda-papers__name').allInnerTexts()).toEqual(['elmfield-notice.pdf']);
    await agendaItem(page, HOME_CARE).getByRole('button', { name: 'New report for this item' }).click();
    await agendaItem(page, HOME_CARE).getByRole('link', { name: `Open “${HOME_CARE}”` }).waitFor();
    expect(await agendaItem(page, HOME_CARE).locator('.agenda-papers__name').allInnerTexts()).toEqual([HOME_CARE]);
    await screenshot(page, agenda(page), 'committee-year-agenda.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('issues the 3 November pack, keeping the exempt paper out of the public edition, and marks the meeting held', async () => {
    const { page } = session.browser;
    const folder = makeTempDir('year-held-pack');
    expect(await issuePack(page, 'Both', 'PDF', folder)).toEqual([
      '2026-11-03-adult-social-care-scrutiny-committee-members.pdf',
      '2026-11-03-adult-social-care-scrutiny-committee-public.pdf',
    ]);
    const members = await pdfText(path.join(folder, '2026-11-03-adult-social-care-scrutiny-committee-members.pdf'));
    const publicEdition = await pdfText(path.join(folder, '2026-11-03-adult-social-care-scrutiny-committee-public.pdf'));
    expect(members).toContain(EXEMPT_PAPER_TEXT);
    expect(publicEdition).not.toContain(EXEMPT_PAPER_TEXT);
    // The public agenda still lists the exclusion of the public and names the exempt item.
    expect(publicEdition).toContain('Exclusion of the public');
    expect(publicEdition).toContain(CONTRACT);

    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.locator('.meeting-status').innerText()).toBe('Agenda issued');
    await details.getByRole('button', { name: 'Mark as held' }).click();
    await expect.poll(() => details.locator('.meeting-status').innerText()).toBe('Held');
  });

  it('writes the minutes: attendance with an apology, discussion, decisions and follow-ups', async () => {
    const { page } = session.browser;
    await open(page, `#/meetings/${ids.held}`, `${NAME}: ${HELD}`);
    const minutes = minutesRegion(page);
    await minutes.getByRole('button', { name: 'Start the minutes from the agenda' }).click();
    await expect.poll(() => minutes.getByRole('region', { name: 'Minute entries' }).getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      `CAS/SCR/26/1 ${HOME_CARE}`,
      `CAS/SCR/26/2 ${PROGRAMME}`,
      'CAS/SCR/26/3 Exclusion of the public',
      `CAS/SCR/26/4 ${CONTRACT}`,
    ]);
    expect(await entryCard(page, 'CAS/SCR/26/4').getByRole('checkbox', { name: 'Public excluded' }).isChecked()).toBe(true);

    await minutes.getByRole('button', { name: 'Fill from the membership' }).click();
    const present = minutes.getByRole('table', { name: /^Present/ });
    await present.getByRole('row', { name: /Saira Qadir/ }).waitFor();
    expect(await present.getByRole('row', { name: /Owen Pritchard/ }).getByRole('checkbox', { name: 'In the Chair' }).isChecked()).toBe(true);
    await minutes.getByLabel('Attendance of Councillor Saira Qadir').selectOption({ label: 'Apologies' });
    await minutes.getByRole('table', { name: /^Apologies/ }).getByRole('row', { name: /Saira Qadir/ }).waitFor();
    expect(await present.getByRole('row', { name: /Saira Qadir/ }).count()).toBe(0);

    const writeMinute = async (reference: string, discussion: string, decision: string, followUp: { what: string; who: string; due: string }) => {
      const card = entryCard(page, reference);
      await card.getByRole('textbox', { name: `Discussion of minute ${reference}` }).click();
      await page.keyboard.type(discussion);
      await card.getByText(/^Saved at /).waitFor();
      await card.getByRole('textbox', { name: `New decision for minute ${reference}` }).fill(decision);
      await card.getByRole('button', { name: `Add decision to minute ${reference}` }).click();
      await card.getByRole('heading', { level: 5, name: 'Decision', exact: true }).waitFor();
      await card.getByRole('button', { name: `Raise a follow-up from decision 1 of minute ${reference}` }).click();
      await card.getByRole('textbox', { name: 'What is to be done' }).fill(followUp.what);
      await card.getByRole('combobox', { name: 'Who' }).selectOption({ label: followUp.who });
      await card.getByLabel('Due by').fill(followUp.due);
      await card.getByRole('button', { name: 'Raise the follow-up' }).click();
      return card;
    };
    const homeCare = await writeMinute('CAS/SCR/26/1', DISCUSSION, DECISION, { what: FOLLOW_UP, who: 'Ms Aisha Rahman', due: '2027-01-08' });
    await homeCare.getByText(`${FOLLOW_UP} – Ms Aisha Rahman, by 8 January 2027`).waitFor();
    const contract = await writeMinute('CAS/SCR/26/4', PRIVATE_DISCUSSION, PRIVATE_DECISION, { what: PRIVATE_FOLLOW_UP, who: 'Dr Fiona Whitlock', due: '2026-12-18' });
    await contract.getByText(`${PRIVATE_FOLLOW_UP} – Dr Fiona Whitlock, by 18 December 2026`).waitFor();
    await screenshot(page, minutes.getByRole('region', { name: 'Attendance' }), 'committee-year-attendance.png');
    await screenshot(page, homeCare, 'committee-year-minute.png');
  });

  it('approves the minutes at today’s meeting, after which they are locked with the reason', async () => {
    const { page } = session.browser;
    await open(page, `#/meetings/${ids.held}`, `${NAME}: ${HELD}`);
    const minutes = minutesRegion(page);
    await minutes.getByRole('button', { name: 'Approve these minutes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve these minutes' });
    await dialog.getByRole('radio', { name: NEXT }).waitFor();
    // The meetings still to come cannot have approved anything.
    expect(await dialog.getByRole('radio', { name: JANUARY }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('radio', { name: NEXT }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Approve as a correct record' }).click();

    const reason = `The minutes of the ${NAME} meeting of 3 November 2026 were approved as a correct record at the meeting of 23 November 2026, so they cannot be changed.`;
    await minutes.getByText(reason).waitFor();
    expect(await minutes.locator('input, select, textarea, [contenteditable="true"]').count()).toBe(0);
    expect(await minutes.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Details' }).locator('.meeting-status').innerText()).toBe('Minuted');
    // The record says who was there for which minutes; someone who sent apologies attended none of them.
    expect(await minutes.getByRole('table', { name: /^Present/ }).getByRole('row', { name: /Tom Haverley/ }).innerText()).toContain('The whole meeting');
    expect(await minutes.getByRole('table', { name: /^Apologies/ }).getByRole('row', { name: /Saira Qadir/ }).innerText()).not.toContain('The whole meeting');
    await screenshot(page, minutes, 'committee-year-minutes-approved.png');
    expect(await axeViolations(page)).toEqual([]);
    // The screen offers no way to edit; the engine refuses an edit all the same, with the same reason.
    const refused = await attemptFromPage(page, 'minutes/addEntry', { meetingId: ids.held, heading: 'Late item' });
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: reason } });
  });

  it('shows the follow-ups in the tracker and puts the recommendations monitor on today’s agenda', async () => {
    const { page } = session.browser;
    await open(page, `#/committees/${ids.committee}/follow-ups`, NAME);
    const tracker = page.locator('.fu-tracker');
    await tracker.getByRole('heading', { level: 3, name: `Raised at the meeting of ${HELD}` }).waitFor();
    const row = tracker.getByRole('row').filter({ hasText: FOLLOW_UP });
    expect(await row.innerText()).toContain('CAS/SCR/26/1');
    expect(await row.innerText()).toContain('Ms Aisha Rahman');
    expect(await row.innerText()).toContain('8 January 2027');
    expect(await row.locator('.fu-status').innerText()).toBe('Open');
    expect(await tracker.getByRole('row').filter({ hasText: PRIVATE_FOLLOW_UP }).count()).toBe(1);

    const monitor = tracker.getByRole('region', { name: 'Recommendations monitor' });
    await monitor.getByRole('button', { name: `Add to the agenda of ${NEXT}` }).click();
    await expect.poll(() => monitor.innerText()).toMatch(new RegExp(`On the agenda of ${NEXT} as item 1\\.`));
    await screenshot(page, tracker, 'committee-year-tracker.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('drafts today’s agenda and issues its pack, whose files carry the approved minutes, the tracker and the work programme', async () => {
    const { page } = session.browser;
    await open(page, `#/meetings/${ids.next}`, `${NAME}: ${NEXT}`);
    await agenda(page).getByRole('button', { name: 'Draft agenda from the work programme' }).click();
    // The standing items (the minutes of 3 November, the monitor added from the tracker, the terms of reference and work programme) around the work programme's reports.
    await expect.poll(() => agendaTitles(page)).toEqual(['1. Minutes', `2. ${SAFEGUARDING}`, `3. ${QUALITY}`, '4. Recommendations monitor', `5. ${PROGRAMME}`]);
    expect(await agendaItem(page, 'Minutes').locator('.agenda-item__summary').innerText()).toBe('To approve as a correct record the minutes of the meeting held on 3 November 2026.');
    expect(await agendaItem(page, 'Minutes').locator('.agenda-papers__name').innerText()).toBe('Minutes of the meeting held on 3 November 2026');
    expect(await agendaItem(page, SAFEGUARDING).locator('.agenda-item__meta').innerText()).toBe('Report of Head of Adult Safeguarding');
    await agendaItem(page, SAFEGUARDING).getByRole('button', { name: 'New report for this item' }).click();
    await agendaItem(page, SAFEGUARDING).getByRole('link', { name: `Open “${SAFEGUARDING}”` }).waitFor();

    const folder = makeTempDir('year-next-pack');
    const files = await issuePack(page, 'Both', 'Both', folder);
    const stem = '2026-11-23-adult-social-care-scrutiny-committee';
    expect(files).toEqual([`${stem}-members.docx`, `${stem}-members.pdf`, `${stem}-public.docx`, `${stem}-public.pdf`]);
    await screenshot(page, packPanel(page), 'committee-year-pack.png');
    const detail = await callFromPage<MeetingDetail>(page, 'meetings/get', { id: ids.next });
    expect(detail.status).toBe('issued');

    for (const edition of ['members', 'public'] as const) {
      for (const text of [await pdfText(path.join(folder, `${stem}-${edition}.pdf`)), await docxText(path.join(folder, `${stem}-${edition}.docx`))]) {
        const flat = text.replace(/\s+/g, ' ');
        // The approved minutes, with their references, the apology and the decision.
        // Today's agenda, with the reports from the work programme.
        expect(flat).toMatch(new RegExp(`Agenda 1\\. Minutes .*2\\. ${SAFEGUARDING} .*3\\. ${QUALITY} .*4\\. Recommendations monitor .*5\\. ${PROGRAMME}`));
        expect(flat).toContain('Minutes of the meeting held on 3 November 2026');
        expect(flat).toMatch(/CAS\/SCR\/26\/1 Home care capacity this winter/);
        expect(flat).toContain(DISCUSSION);
        expect(flat).toContain(DECISION);
        expect(flat).toMatch(/Apologies Councillor (S )?Qadir/);
        // The tracker, with the follow-up that decision raised, and the terms of reference and work programme.
        expect(flat).toMatch(/Recommendations monitor .*CAS\/SCR\/26\/1 Home care capacity this winter .*Send members the home care waiting list figures Ms Aisha Rahman 8 January 2027 Open/);
        expect(flat).toMatch(/Terms of reference .*Rationale/);
        expect(flat).toContain(RATIONALE);
        expect(flat).toMatch(/Work Programme – November 2026 .*Tuesday, 19 January 2027 .*Carers’ strategy refresh/);
        // The private minute keeps its heading in both; the public edition withholds its words, and the follow-up it raised.
        expect(flat).toMatch(/CAS\/SCR\/26\/4 Elmfield Lodge: contract performance \(Public Excluded\)/);
        if (edition === 'public') {
          expect(flat).toContain('This minute contains exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972, and is not published.');
          for (const secret of [PRIVATE_DISCUSSION, PRIVATE_DECISION, PRIVATE_FOLLOW_UP, EXEMPT_PAPER_TEXT]) expect(flat).not.toContain(secret);
        } else {
          for (const secret of [PRIVATE_DISCUSSION, PRIVATE_DECISION, PRIVATE_FOLLOW_UP]) expect(flat).toContain(secret);
        }
      }
    }
    expect(session.browser.problems).toEqual([]);
  });
});
