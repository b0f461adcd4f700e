// The agenda builder on the demo: a February meeting drafted from the work
// programme, an item made exempt, items reordered by keyboard and by drag and
// drop, marked to follow, and given papers by dropping a PDF and by picking a
// document; the meeting cancelled and reinstated.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeSummary } from '../../shared/api/methods/committees';
import type { Meeting, MeetingDetail } from '../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../shared/api/methods/work-programme';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { callFromPage as call } from '../helpers/page-api';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const WELLBEING = 'Emotional well-being support for children in care';
const VOICE = 'Voice of the child: feedback from the Children in Care Council';
const PROGRAMME = 'Terms of Reference and Work Programme';

const session = useHostSession('e2e-agenda');
let meetingId = 0;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { page } = session.browser;
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const committees = await call<CommitteeSummary[]>(page, 'committees/list', {});
  const committeeId = committees.find((committee) => committee.name === 'Improvement Subgroup')?.id ?? 0;
  // The demo schedules July (held) and December (issued); February is new, with two items moved onto it from "to be scheduled".
  meetingId = (await call<Meeting>(page, 'meetings/create', { committeeId, meetingDate: '2027-02-09' })).id;
  const programme = await call<WorkProgrammeItem[]>(page, 'workProgramme/list', { committeeId });
  for (const title of [WELLBEING, VOICE]) {
    const item = programme.find((one) => one.item === title && one.meetingId === null);
    await call(page, 'workProgramme/move', { id: item?.id, meetingId });
  }
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/meetings/${meetingId}`);
  await page.getByRole('heading', { level: 1, name: 'Improvement Subgroup: Tuesday, 9 February 2027' }).waitFor();
});

function agenda(page: Page): Locator {
  return page.getByRole('region', { name: 'Agenda', exact: true });
}

function item(page: Page, title: string): Locator {
  return agenda(page).locator('.agenda-item').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
}

/** The agenda's headings as shown: "1. Minutes", … */
async function titles(page: Page): Promise<string[]> {
  return (await agenda(page).getByRole('heading', { level: 3 }).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

function announcement(page: Page): Promise<string> {
  return agenda(page).locator('[role="status"][aria-live="polite"]').innerText();
}

async function stored(page: Page): Promise<MeetingDetail> {
  return call<MeetingDetail>(page, 'meetings/get', { id: meetingId });
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('The element is not on screen.');
  return box;
}

async function onePagePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('Appendix A: well-being referrals, 2026', { x: 72, y: 760, size: 16, font });
  return Buffer.from(await pdf.save());
}

describe('the agenda builder', () => {
  it('drafts the agenda from the work programme, with the standing items and the missing papers flagged', async () => {
    const { page } = session.browser;
    expect(await agenda(page).getByText('No items yet.').count()).toBe(1);
    await agenda(page).getByRole('button', { name: 'Draft agenda from the work programme' }).click();
    await expect.poll(() => agenda(page).locator('.agenda-draft-note').innerText().catch(() => '')).toMatch(/^Added 5 items: Minutes, Emotional well-being/);
    expect(await agenda(page).locator('.agenda-draft-note').innerText()).toContain(`and ${PROGRAMME}.`);
    expect(await titles(page)).toEqual(['1. Minutes', `2. ${WELLBEING}`, `3. ${VOICE}`, '4. Recommendations monitor', `5. ${PROGRAMME}`]);
    expect(await item(page, 'Minutes').locator('.agenda-item__summary').innerText()).toBe('To approve as a correct record the minutes of the meeting held on 1 December 2026.');
    expect(await item(page, WELLBEING).locator('.agenda-item__meta').innerText()).toBe('Report of Kwame Osei');
    // Reports without papers say when they are due; the standing items came with theirs.
    expect(await item(page, WELLBEING).locator('.agenda-flag').innerText()).toContain('No paper yet — reports are due by Friday, 29 January 2027');
    expect(await item(page, PROGRAMME).locator('.agenda-papers__list li').count()).toBe(2);
    expect(await item(page, 'Minutes').locator('.agenda-papers__name').innerText()).toBe('Minutes of the meeting held on 1 December 2026');

    // Drafting again adds nothing.
    await agenda(page).getByRole('button', { name: 'Draft agenda from the work programme' }).click();
    await expect.poll(() => agenda(page).locator('.agenda-draft-note').innerText().catch(() => '')).toMatch(/^Nothing to add/);
    expect((await stored(page)).agendaItems).toHaveLength(5);
    await page.setViewportSize({ width: 1280, height: 3000 });
    await page.locator('main').screenshot({ path: path.join(SCREENSHOTS, 'agenda-drafted.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('puts the “Exclusion of the public” item before an item marked exempt, and takes the ground', async () => {
    const { page } = session.browser;
    await item(page, VOICE).getByLabel('Exempt (not for publication)').check();
    await expect.poll(() => titles(page)).toEqual(['1. Minutes', `2. ${WELLBEING}`, '3. Exclusion of the public', `4. ${VOICE}`, '5. Recommendations monitor', `6. ${PROGRAMME}`]);
    await expect.poll(() => announcement(page)).toContain('“Exclusion of the public” was added as item 3 before “Voice of the child');
    expect(await item(page, VOICE).locator('.agenda-tag--exempt').innerText()).toBe('Exempt');
    expect(await item(page, VOICE).locator('.agenda-flag--ground').innerText()).toContain('the public pack cannot be issued until the paragraph of Schedule 12A is chosen');

    await item(page, VOICE).getByLabel('Exemption ground').selectOption('1');
    await expect.poll(async () => (await stored(page)).agendaItems.find((one) => one.title === VOICE)?.exemptGround).toBe(
      'Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972: information about a particular person.',
    );
    await expect.poll(() => item(page, VOICE).locator('.agenda-flag--ground').count()).toBe(0);
    // The exclusion item is placed by the agenda, so it has no moves of its own.
    expect(await item(page, 'Exclusion of the public').getByRole('button', { name: /^Move/ }).count()).toBe(0);
  });

  it('reorders by keyboard, keeping focus on the item moved, and the exclusion item follows', async () => {
    const { page } = session.browser;
    const up = item(page, VOICE).getByRole('button', { name: `Move up “${VOICE}”` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['1. Minutes', '2. Exclusion of the public', `3. ${VOICE}`, `4. ${WELLBEING}`, '5. Recommendations monitor', `6. ${PROGRAMME}`]);
    await expect.poll(() => announcement(page)).toMatch(/is now item 3 of 6\. “Exclusion of the public” is now item 2 before “Voice of the child/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-agenda-item]')?.querySelector('h3')?.textContent ?? '')).toContain(VOICE);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('up');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => titles(page)).toEqual(['1. Minutes', `2. ${WELLBEING}`, '3. Exclusion of the public', `4. ${VOICE}`, '5. Recommendations monitor', `6. ${PROGRAMME}`]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('down');
  });

  it('reorders by drag and drop', async () => {
    const { page } = session.browser;
    // The terms of reference dragged by its grip onto the top half of the well-being item: it goes before it.
    // (A window tall enough for both ends, and plain mouse moves with the button down: Playwright then drags natively.)
    await page.setViewportSize({ width: 1280, height: 2400 });
    await agenda(page).scrollIntoViewIfNeeded();
    const grip = await boxOf(item(page, PROGRAMME).locator('.agenda-item__grip'));
    const target = item(page, WELLBEING);
    const box = await boxOf(target);
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 10, { steps: 5 });
    await page.mouse.move(box.x + 320, box.y + 12);
    await expect.poll(() => target.getAttribute('class')).toContain('agenda-item--drop-before');
    await agenda(page).screenshot({ path: path.join(SCREENSHOTS, 'agenda-dragging.png') });
    await page.mouse.up();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => titles(page)).toEqual(['1. Minutes', `2. ${PROGRAMME}`, `3. ${WELLBEING}`, '4. Exclusion of the public', `5. ${VOICE}`, '6. Recommendations monitor']);
    const order = (await stored(page)).agendaItems.map((one) => one.title);
    expect(order).toEqual(['Minutes', PROGRAMME, WELLBEING, 'Exclusion of the public', VOICE, 'Recommendations monitor']);
  });

  it('marks an item to follow, in words', async () => {
    const { page } = session.browser;
    await item(page, WELLBEING).getByLabel('To follow (papers go out later)').check();
    await expect.poll(() => item(page, WELLBEING).locator('.agenda-tag--follow').count()).toBe(1);
    expect(await item(page, WELLBEING).locator('.agenda-flag').innerText()).toBe('To follow: its papers go out later, in a supplementary pack.');
    expect((await stored(page)).agendaItems.find((one) => one.title === WELLBEING)?.isToFollow).toBe(true);
  });

  it('adds a PDF dropped on an item as its paper', async () => {
    const { page } = session.browser;
    const bytes = [...(await onePagePdf())];
    const target = item(page, VOICE);
    const dataTransfer = await page.evaluateHandle((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'voice-feedback.pdf', { type: 'application/pdf' }));
      return transfer;
    }, bytes);
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    expect(await target.getAttribute('class')).toContain('agenda-item--file-target');
    await target.dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => target.locator('.agenda-papers__list li').count()).toBe(1);
    expect(await target.locator('.agenda-papers__list li').innerText()).toMatch(new RegExp(`^voice-feedback\\.pdf\\s+PDF, ${bytes.length} bytes\\s+Take off`));
    await expect.poll(() => announcement(page)).toBe(`Added “voice-feedback.pdf” to “${VOICE}”.`);
    const paper = (await stored(page)).agendaItems.find((one) => one.title === VOICE)?.papers[0];
    expect(paper).toMatchObject({ kind: 'attachment', attachment: { fileName: 'voice-feedback.pdf', mediaType: 'application/pdf', size: bytes.length } });
  });

  it('adds a document picked from the workspace, and a new report from the template', async () => {
    const { page } = session.browser;
    const target = item(page, VOICE);
    await target.getByRole('button', { name: `Add a document… to “${VOICE}”` }).click();
    const dialog = page.getByRole('dialog', { name: `Add a document to “${VOICE}”` });
    await dialog.getByLabel('Search documents').fill('improvement plan');
    const add = dialog.getByRole('button', { name: 'Add “Appendix 1: Children’s Services Improvement Plan 2025–2027”' });
    await add.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'agenda-picker.png') });
    await add.click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => target.locator('.agenda-papers__name').allInnerTexts()).toEqual(['voice-feedback.pdf', 'Appendix 1: Children’s Services Improvement Plan 2025–2027']);

    await agenda(page).getByRole('button', { name: 'Add an item' }).click();
    const form = agenda(page).getByRole('form', { name: 'New agenda item' });
    await form.getByLabel('Title').fill('Placement stability');
    await form.getByLabel('Report of').fill('Head of Children in Care');
    await form.getByRole('button', { name: 'Add the item' }).click();
    await expect.poll(() => titles(page)).toContain('7. Placement stability');
    expect(await item(page, 'Placement stability').locator('.agenda-flag').innerText()).toContain('No paper yet');
    await item(page, 'Placement stability').getByRole('button', { name: 'New report for this item' }).click();
    const link = item(page, 'Placement stability').getByRole('link', { name: 'Open “Placement stability”' });
    await link.waitFor();
    const reportId = Number((await link.getAttribute('href'))?.split('/').at(-1));
    const report = await call<{ kind: string; coverSheet: Record<string, unknown>; committeeId: number }>(page, 'documents/get', { id: reportId });
    expect(report).toMatchObject({ kind: 'report', coverSheet: { reportTo: 'Improvement Subgroup', meetingDate: '2027-02-09', subject: 'Placement stability', reportOf: 'Head of Children in Care' } });
    expect(await item(page, 'Placement stability').locator('.agenda-flag').count()).toBe(0);
  });

  it('is clean for axe and reads well', async () => {
    const { page } = session.browser;
    expect(await axeViolations(page)).toEqual([]);
    // Tall enough for the whole agenda: an element taller than the window is captured only in part.
    await page.setViewportSize({ width: 1280, height: 3600 });
    await agenda(page).screenshot({ path: path.join(SCREENSHOTS, 'agenda-builder.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(session.browser.problems).toEqual([]);
  });

  it('cancels the meeting with a note, keeping it on record, and reinstates it', async () => {
    const { page } = session.browser;
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Cancel meeting…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel the meeting of Tuesday, 9 February 2027?' });
    await dialog.getByLabel('Note for the public notice').fill('Cancelled as the Chair is unwell. The items move to March.');
    await dialog.getByRole('button', { name: 'Cancel the meeting' }).click();
    await expect.poll(() => details.locator('.meeting-cancelled').innerText().catch(() => '')).toMatch(/^Cancelled on Monday, 23 November 2026\.\s+Cancelled as the Chair is unwell\. The items move to March\.$/);
    expect(await details.locator('.meeting-status').innerText()).toBe('Cancelled');
    expect(await agenda(page).getByRole('button', { name: /^Move up/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Meeting pack' }).innerText()).toContain('This meeting was cancelled, so no pack can be built or issued for it.');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 1600 });
    await page.locator('main').screenshot({ path: path.join(SCREENSHOTS, 'meeting-cancelled.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    await details.getByRole('button', { name: 'Reinstate meeting' }).click();
    await expect.poll(() => details.locator('.meeting-status').innerText()).toBe('Draft');
    expect((await stored(page)).cancellationNote).toBe('');
  });

  it('saves the details, and a new date on a bank holiday with a warning', async () => {
    const { page } = session.browser;
    const details = page.getByRole('region', { name: 'Details' });
    const form = details.getByRole('form', { name: 'Meeting details' });
    await details.getByRole('button', { name: 'Edit details' }).click();
    await form.getByLabel('Venue').fill('Council Chamber, Town Hall');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => details.locator('.meeting-saved').innerText()).toBe('Saved the meeting’s details.');
    expect(await details.getByRole('button', { name: 'Edit details' }).evaluate((button) => button === document.activeElement)).toBe(true);
    expect((await stored(page)).venue).toBe('Council Chamber, Town Hall');

    await details.getByRole('button', { name: 'Edit details' }).click();
    await form.getByLabel('Date').fill('2026-12-28');
    await form.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => details.locator('.meeting-saved').innerText()).toMatch(/^Saved the meeting’s details\.\s+Monday, 28 December 2026 is a bank holiday: /);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Improvement Subgroup: Monday, 28 December 2026');
    expect((await stored(page)).meetingDate).toBe('2026-12-28');
  });

  it('marks an agenda that went out another way as issued, with today as its issue date', async () => {
    const { page } = session.browser;
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByRole('button', { name: 'Mark agenda as issued' }).click();
    await expect.poll(() => details.locator('.meeting-status').innerText()).toBe('Agenda issued');
    expect(await stored(page)).toMatchObject({ status: 'issued', agendaIssueDate: '2026-11-23' });
    await details.getByRole('button', { name: 'Mark as held' }).waitFor();
  });
});
