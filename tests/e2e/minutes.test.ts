import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeSummary } from '../../shared/api/methods/committees';
import type { Meeting, MeetingSummary } from '../../shared/api/methods/meetings';
import type { Minutes } from '../../shared/api/methods/minutes';
import type { PackBuildResult } from '../../shared/api/methods/packs';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { openAfresh } from '../helpers/screens';
import { attemptFromPage, callFromPage as call } from '../helpers/page-api';
import { readPdf } from '../helpers/pdf';

// Today is Monday 23 November 2026. The demo's Improvement Subgroup met on 14 July (minutes CYP/IMP/26/1–5, not yet
// approved) and meets next on 1 December. This test adds the meeting of 3 November, held, whose minutes it writes,
// and a meeting on 17 November that approves them, whose pack then carries the November minutes.
const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const session = useHostSession('e2e-minutes');
const ids = { committee: 0, july: 0, november: 0, approving: 0, december: 0 };

/** Pictures of parts of the minutes (the whole page is too long to read at once), each in a window tall enough for it. */
async function screenshot(page: Page, name: string, parts: Record<string, Locator>) {
  await page.setViewportSize({ width: 1280, height: 3000 });
  for (const [part, locator] of Object.entries(parts)) await locator.screenshot({ path: path.join(SCREENSHOTS, `${name}-${part}.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openMeeting(page: Page, meetingId: number, title: string): Promise<Locator> {
  await openAfresh(page, session.host.origin, `#/meetings/${meetingId}`, title);
  const minutes = page.getByRole('region', { name: 'Minutes', exact: true });
  await minutes.waitFor();
  return minutes;
}

async function boxOf(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('The element is not on screen.');
  return box;
}

const entryCard = (minutes: Locator, reference: string) => minutes.getByRole('listitem').filter({ has: minutes.page().getByRole('heading', { level: 4, name: new RegExp(`^${reference.replaceAll('/', '\\/')} `) }) });
const status = (minutes: Locator) => minutes.getByRole('status').first();
/** "CYP/IMP/26/6 Apologies for absence", … in the order shown. */
const entryHeadings = (minutes: Locator) => minutes.getByRole('region', { name: 'Minute entries' }).getByRole('heading', { level: 4 }).allTextContents();

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { page } = session.browser;
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const committees = await call<CommitteeSummary[]>(page, 'committees/list', {});
  ids.committee = committees.find((committee) => committee.name === 'Improvement Subgroup')?.id ?? 0;
  const meetings = await call<MeetingSummary[]>(page, 'meetings/list', { committeeId: ids.committee });
  ids.july = meetings.find((meeting) => meeting.meetingDate === '2026-07-14')?.id ?? 0;
  ids.december = meetings.find((meeting) => meeting.meetingDate === '2026-12-01')?.id ?? 0;
  expect([ids.committee, ids.july, ids.december].every((id) => id > 0)).toBe(true);

  const november = await call<Meeting>(page, 'meetings/create', { committeeId: ids.committee, meetingDate: '2026-11-03', startTime: '10:00' });
  ids.november = november.id;
  const items = [
    { title: 'Apologies for absence', kind: 'other' },
    { title: 'Declarations of interest', kind: 'other' },
    { title: 'Minutes of the meeting held on 14 July 2026', kind: 'minutes' },
    { title: 'Improvement plan: progress report', kind: 'report', reportOf: 'Strategic Director of Children and Families' },
    { title: 'Children’s home staffing', kind: 'report', isExempt: true, exemptGround: 'Paragraph 1 of Part 1 of Schedule 12A to the Local Government Act 1972: information relating to any individual.' },
  ];
  for (const item of items) await call(page, 'agendaItems/create', { meetingId: ids.november, ...item });
  await call(page, 'meetings/setStatus', { id: ids.november, status: 'issued' });
  await call(page, 'meetings/setStatus', { id: ids.november, status: 'held' });
  ids.approving = (await call<Meeting>(page, 'meetings/create', { committeeId: ids.committee, meetingDate: '2026-11-17', startTime: '10:00' })).id;
});

describe('the minutes editor', () => {
  it('starts the minutes from the agenda: one minute per item in agenda order, numbered on from July, private after the exclusion', async () => {
    const { page } = session.browser;
    const minutes = await openMeeting(page, ids.november, 'Improvement Subgroup: Tuesday, 3 November 2026');
    await minutes.getByRole('button', { name: 'Start the minutes from the agenda' }).click();
    await expect.poll(() => status(minutes).textContent()).toBe('6 minutes added from the agenda, CYP/IMP/26/6 to CYP/IMP/26/11.');
    const headings = await entryHeadings(minutes);
    expect(headings).toEqual([
      'CYP/IMP/26/6 Apologies for absence',
      'CYP/IMP/26/7 Declarations of interest',
      'CYP/IMP/26/8 Minutes of the meeting held on 14 July 2026',
      'CYP/IMP/26/9 Improvement plan: progress report',
      'CYP/IMP/26/10 Exclusion of the public',
      'CYP/IMP/26/11 Children’s home staffing',
    ]);
    expect(await entryCard(minutes, 'CYP/IMP/26/11').getByRole('checkbox', { name: 'Public excluded' }).isChecked()).toBe(true);
    expect(await entryCard(minutes, 'CYP/IMP/26/10').getByRole('checkbox', { name: 'Public excluded' }).isChecked()).toBe(false);

    // Pressing it again adds nothing.
    await minutes.getByRole('button', { name: 'Start the minutes from the agenda' }).click();
    await expect.poll(() => status(minutes).textContent()).toBe('Every agenda item already has a minute; nothing was added.');
    expect(await entryHeadings(minutes)).toHaveLength(6);
  });

  it('approves the July minutes from the “Minutes” item, recording the decision there', async () => {
    const { page } = session.browser;
    const minutes = await openMeeting(page, ids.november, 'Improvement Subgroup: Tuesday, 3 November 2026');
    const item = entryCard(minutes, 'CYP/IMP/26/8');
    await item.getByRole('button', { name: 'Approve the minutes of 14 July 2026 as a correct record' }).click();
    await item.getByText('The minutes of 14 July 2026 were approved as a correct record at this meeting.').waitFor();
    expect(await item.getByRole('list', { name: 'Decisions of minute CYP/IMP/26/8' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('To approve as a correct record the minutes of the meeting held on 14 July 2026.'),
    ]);
    await item.getByRole('heading', { level: 5, name: 'Decision', exact: true }).waitFor();
    const july = await call<Minutes>(page, 'minutes/get', { meetingId: ids.july });
    expect(july.approval).toMatchObject({ approvingMeetingId: ids.november, approvedOn: '2026-11-03' });
  });

  it('fills the attendance from the membership and records a member there for part of the meeting', async () => {
    const { page } = session.browser;
    const minutes = await openMeeting(page, ids.november, 'Improvement Subgroup: Tuesday, 3 November 2026');
    await minutes.getByRole('button', { name: 'Fill from the membership' }).click();
    const present = minutes.getByRole('table', { name: /^Present/ });
    await present.waitFor();
    expect(await present.getByRole('checkbox', { name: 'In the Chair', checked: true }).count()).toBe(1);
    const chairRow = present.getByRole('row', { name: /Councillor Priya Ashworth/ });
    expect(await chairRow.getByRole('checkbox', { name: 'In the Chair' }).isChecked()).toBe(true);
    await minutes.getByRole('table', { name: /^Also attending/ }).getByRole('row', { name: /Ruth Calloway/ }).waitFor();

    // Councillor Haverley was there from the apologies until the end of the progress report.
    await present.getByRole('row', { name: /Tom Haverley/ }).getByRole('button', { name: 'Part only… (choose the minutes Councillor Tom Haverley attended)' }).click();
    expect(await page.evaluate(() => document.activeElement?.id.endsWith('-from'))).toBe(true);
    await minutes.getByRole('combobox', { name: 'From (first minute Councillor Tom Haverley attended)' }).selectOption({ label: 'CYP/IMP/26/6 Apologies for absence' });
    await expect.poll(() => status(minutes).textContent()).toBe('Councillor Tom Haverley attended from CYP/IMP/26/6.');
    await minutes.getByRole('combobox', { name: 'to (last minute Councillor Tom Haverley attended)' }).selectOption({ label: 'CYP/IMP/26/9 Improvement plan: progress report' });
    await present.getByRole('row', { name: /Tom Haverley/ }).getByText('[CYP/IMP/26/6 – CYP/IMP/26/9]').waitFor();
    const stored = await call<Minutes>(page, 'minutes/get', { meetingId: ids.november });
    expect(stored.attendance.present.find((attendee) => attendee.fullName === 'Tom Haverley')).toMatchObject({ fromReference: 'CYP/IMP/26/6', toReference: 'CYP/IMP/26/9' });
  });

  it('saves the discussion as it is typed, and numbers the decisions, one raising a follow-up', async () => {
    const { page } = session.browser;
    const minutes = await openMeeting(page, ids.november, 'Improvement Subgroup: Tuesday, 3 November 2026');
    const report = entryCard(minutes, 'CYP/IMP/26/9');
    const text = report.getByRole('textbox', { name: 'Discussion of minute CYP/IMP/26/9' });
    await text.click();
    await page.keyboard.type('Members asked why health attendance at strategy meetings was still below target.');
    await report.getByText(/^Saved at /).waitFor();
    const saved = await call<Minutes>(page, 'minutes/get', { meetingId: ids.november });
    expect(JSON.stringify(saved.entries[3]?.discussion)).toContain('Members asked why health attendance at strategy meetings was still below target.');

    const box = report.getByRole('textbox', { name: 'New decision for minute CYP/IMP/26/9' });
    await box.fill('To note the progress report.');
    await report.getByRole('button', { name: 'Add decision to minute CYP/IMP/26/9' }).click();
    await report.getByRole('heading', { level: 5, name: 'Decision', exact: true }).waitFor();
    await box.fill('To ask for a report on placement sufficiency in February.');
    await box.press('Tab');
    await report.getByRole('button', { name: 'Add decision to minute CYP/IMP/26/9' }).click();
    await report.getByRole('heading', { level: 5, name: 'Decisions', exact: true }).waitFor();
    const decisions = report.getByRole('list', { name: 'Decisions of minute CYP/IMP/26/9' });
    expect(await decisions.locator(':scope > li > p').allTextContents()).toEqual(['To note the progress report.', 'To ask for a report on placement sufficiency in February.']);

    await decisions.getByRole('button', { name: 'Raise a follow-up from decision 2 of minute CYP/IMP/26/9' }).click();
    await report.getByRole('textbox', { name: 'What is to be done' }).fill('Prepare the placement sufficiency report');
    await report.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Dr Fiona Whitlock' });
    await report.getByLabel('Due by').fill('2027-01-29');
    await report.getByRole('button', { name: 'Raise the follow-up' }).click();
    await report.getByText('Prepare the placement sufficiency report – Dr Fiona Whitlock, by 29 January 2027').waitFor();
    await screenshot(page, 'minutes-editing', {
      actions: minutes.locator('.minutes-actions').first(),
      attendance: minutes.getByRole('region', { name: 'Attendance' }),
      minutes: entryCard(minutes, 'CYP/IMP/26/8'),
      report: report,
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves minutes by keyboard and by drag and drop, renumbering the references and saying so', async () => {
    const { page } = session.browser;
    const minutes = await openMeeting(page, ids.november, 'Improvement Subgroup: Tuesday, 3 November 2026');
    const moveDown = minutes.getByRole('button', { name: 'Move down minute CYP/IMP/26/6' });
    await moveDown.click();
    await expect.poll(() => status(minutes).textContent()).toBe('“Apologies for absence” moved to place 2 of 6: it is now minute CYP/IMP/26/7, and the references after it were renumbered.');
    expect((await entryHeadings(minutes)).slice(0, 2)).toEqual(['CYP/IMP/26/6 Declarations of interest', 'CYP/IMP/26/7 Apologies for absence']);
    // Focus stays with the minute that moved, on its own Move down button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Move down minute CYP/IMP/26/7');

    // Dragging “Apologies” back above “Declarations”: over the top half of a minute, it goes before it.
    // (A window tall enough for both ends, and plain mouse moves with the button down: Playwright then drags natively.)
    await page.setViewportSize({ width: 1280, height: 3000 });
    const target = entryCard(minutes, 'CYP/IMP/26/6');
    // In the middle of the window: a drag near its edge would scroll the page under the pointer.
    await target.evaluate((element) => { element.scrollIntoView({ block: 'center' }); });
    const grip = await boxOf(entryCard(minutes, 'CYP/IMP/26/7').locator('.minutes-entry__handle'));
    const box = await boxOf(target);
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 10, { steps: 5 });
    await page.mouse.move(box.x + 320, box.y + 12);
    await expect.poll(() => target.getAttribute('class')).toContain('minutes-entry--drop-before');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'minutes-dragging.png') });
    await page.mouse.up();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await entryHeadings(minutes)).slice(0, 2)).toEqual([
      'CYP/IMP/26/6 Apologies for absence',
      'CYP/IMP/26/7 Declarations of interest',
    ]);
    const stored = await call<Minutes>(page, 'minutes/get', { meetingId: ids.november });
    expect(stored.entries.map((entry) => `${entry.reference} ${entry.heading}`).slice(0, 2)).toEqual(['CYP/IMP/26/6 Apologies for absence', 'CYP/IMP/26/7 Declarations of interest']);
  });

  it('approves the minutes at a later meeting, after which the whole editor is read-only with the reason', async () => {
    const { page } = session.browser;
    const minutes = await openMeeting(page, ids.november, 'Improvement Subgroup: Tuesday, 3 November 2026');
    await minutes.getByRole('button', { name: 'Approve these minutes…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve these minutes' });
    await dialog.getByRole('radio', { name: 'Tuesday, 17 November 2026' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Tuesday, 1 December 2026' }).isDisabled()).toBe(true);
    await dialog.getByText('The meeting of 1 December 2026 has not taken place yet, so it cannot have approved these minutes. Record the approval once it has been held.').waitFor();
    await dialog.screenshot({ path: path.join(SCREENSHOTS, 'minutes-approve-dialog.png') });
    await dialog.getByRole('radio', { name: 'Tuesday, 17 November 2026' }).check();
    await dialog.getByRole('button', { name: 'Approve as a correct record' }).click();

    const reason = 'The minutes of the Improvement Subgroup meeting of 3 November 2026 were approved as a correct record at the meeting of 17 November 2026, so they cannot be changed.';
    await minutes.getByText(reason).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('minutes-locked'))).toBe(true);
    // Nothing left to change: no fields, no buttons, only words and a link to the approving meeting.
    expect(await minutes.getByRole('button').count()).toBe(0);
    expect(await minutes.locator('input, select, textarea, [contenteditable="true"]').count()).toBe(0);
    expect(await entryHeadings(minutes)).toHaveLength(6);
    await minutes.getByRole('table', { name: /^Present/ }).getByRole('row', { name: /Tom Haverley/ }).getByText('[CYP/IMP/26/6 – CYP/IMP/26/9]').waitFor();
    await screenshot(page, 'minutes-approved', {
      top: minutes.locator('.minutes-locked'),
      attendance: minutes.getByRole('region', { name: 'Attendance' }),
      report: entryCard(minutes, 'CYP/IMP/26/9'),
    });
    expect(await axeViolations(page)).toEqual([]);

    const refused = await page.evaluate(async (meetingId) => {
      const response = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ method: 'minutes/addEntry', input: { meetingId, heading: 'Late item' } }) });
      return (await response.json()) as { ok: boolean; error?: { message: string } };
    }, ids.november);
    expect(refused).toEqual({ ok: false, error: { code: 'conflict', message: reason } });
  });

  it('prints the minutes in the pack of the meeting that approves them: references, the partial attendance and the decisions', async () => {
    const { page } = session.browser;
    // The approving meeting's agenda, drafted: its minutes item carries the minutes of 3 November.
    await call(page, 'agendaItems/draft', { meetingId: ids.approving });
    const outDir = path.join(session.userData, 'approving-pack');
    fs.mkdirSync(outDir, { recursive: true });
    const built = await call<PackBuildResult>(page, 'packs/build', { meetingId: ids.approving, edition: 'members', format: 'pdf', outDir });
    const file = built.files.find((one) => one.edition === 'members' && one.format === 'pdf');
    expect(file?.path).toBeTruthy();
    const pdf = await readPdf(fs.readFileSync(file?.path ?? ''));
    const text = pdf.pages.map((one) => one.text).join('\n');
    await pdf.destroy();
    expect(pdf.bookmarks.map((bookmark) => bookmark.title)).toContain('Minutes of the meeting held on 3 November 2026');
    expect(text).toContain('Minutes of the meeting held on 3 November 2026');
    expect(text).toContain('Councillors Haverley [CYP/IMP/26/6 - CYP/IMP/26/9], Mbeki-Roberts');
    expect(text).toContain('CYP/IMP/26/8 Minutes of the meeting held on 14 July 2026');
    expect(text).toContain('CYP/IMP/26/11 Children’s home staffing (Public Excluded)');
    expect(text).toMatch(/Decisions\s+1\.?\s*To note the progress report\.\s+2\.?\s*To ask for a report on placement sufficiency in February\./);
    expect(text).toContain('Members asked why health attendance at strategy meetings was still below target.');
  });

  it('does not put minutes already approved into a later pack: December’s has none awaiting approval, and says whose to write', async () => {
    const { page } = session.browser;
    // July's minutes were approved on 3 November and November's on 17 November; 17 November's are not written yet.
    const refused = await attemptFromPage(page, 'packs/build', { meetingId: ids.december, edition: 'members', format: 'pdf', outDir: path.join(session.userData, 'december-pack') });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: '“Minutes of the meeting held on 14 July 2026” is a minutes paper, but no meeting of the Improvement Subgroup before 1 December 2026 has minutes awaiting approval. Write the minutes of the meeting of 17 November 2026, or remove this paper (and add its minutes as a file if they were kept outside the app).',
      },
    });
  });
});
