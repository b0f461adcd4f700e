// The recommendations and actions tracker on the committee page's
// Follow-ups tab, on the demo workspace (today is Monday 23 November 2026):
// overdue flagged in words, filtering, marking one done and reopening it,
// a dropped follow-up needing its reason, editing, and putting the
// recommendations monitor on the December agenda.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CommitteeSummary } from '../../shared/api/methods/committees';
import type { MeetingDetail, MeetingSummary } from '../../shared/api/methods/meetings';
import type { FollowUpListing } from '../../shared/api/methods/minutes';
import { axeViolations } from '../helpers/axe';
import { useHostSession } from '../helpers/host-session';
import { callFromPage as call } from '../helpers/page-api';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../.tmp/screenshots');
const LETTER = 'Send the Chair’s letter to the hospital trust chief executive';
const REPORT = 'Prepare a report on placement sufficiency for the December meeting';
const DECEMBER = 'Tuesday, 1 December 2026';

const session = useHostSession('e2e-follow-ups');
let committeeId = 0;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const { page } = session.browser;
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const committees = await call<CommitteeSummary[]>(page, 'committees/list', {});
  committeeId = committees.find((committee) => committee.name === 'Improvement Subgroup')?.id ?? 0;
  expect(committeeId).toBeGreaterThan(0);
});

async function openTracker(page: Page): Promise<Locator> {
  await page.evaluate((hash) => { window.location.hash = hash; }, `#/committees/${String(committeeId)}/follow-ups`);
  await page.getByRole('tab', { name: 'Follow-ups', selected: true }).waitFor();
  const tracker = page.locator('.fu-tracker');
  await tracker.getByRole('table').first().waitFor();
  return tracker;
}

function rowOf(tracker: Locator, action: string): Locator {
  return tracker.getByRole('row').filter({ hasText: action });
}

async function storedFollowUp(page: Page, description: string): Promise<FollowUpListing | undefined> {
  return (await call<FollowUpListing[]>(page, 'followUps/list', { committeeId })).find((followUp) => followUp.description === description);
}

async function screenshot(page: Page, locator: Locator, name: string) {
  // Tall enough for the whole tracker: the page scrolls inside <main>, which would clip it.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await locator.screenshot({ path: path.join(SCREENSHOTS, name) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('the recommendations and actions tracker', () => {
  it('lists the July follow-ups under their meeting, with the overdue one flagged in words, and no accessibility findings', async () => {
    const { page } = session.browser;
    const tracker = await openTracker(page);
    expect(await tracker.getByRole('heading', { level: 2 }).first().innerText()).toBe('Recommendations and actions');
    expect(await tracker.locator('.fu-summary').innerText()).toBe('3 follow-ups: 1 open (1 overdue), 2 done.');
    expect(await tracker.getByRole('heading', { level: 3, name: 'Raised at the meeting of Tuesday, 14 July 2026' }).count()).toBe(1);
    expect(await tracker.getByRole('columnheader').allInnerTexts()).toEqual(['Minute and decision', 'Action', 'Responsible', 'Due', 'Status']);

    const letter = rowOf(tracker, LETTER);
    // The word is what says it; the colour and the mark only repeat it.
    expect(await letter.locator('.fu-status').innerText()).toBe('Overdue by 101 days');
    expect(await letter.innerText()).toContain('CYP/IMP/26/4');
    expect(await letter.innerText()).toContain('Ms Aisha Rahman');
    expect(await letter.innerText()).toContain('14 August 2026');
    expect(await rowOf(tracker, REPORT).locator('.fu-status').innerText()).toBe('Done on 16 November 2026');
    expect(await rowOf(tracker, REPORT).innerText()).toContain(`Report back at ${DECEMBER}`);

    await screenshot(page, tracker, 'follow-ups-tracker.png');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters by status and by who is responsible, saying how many are shown', async () => {
    const { page } = session.browser;
    const tracker = await openTracker(page);
    const actions = () => tracker.locator('.fu-action').allInnerTexts();
    await tracker.getByLabel('Status').selectOption({ label: 'Overdue' });
    await expect.poll(actions).toEqual([LETTER]);
    expect(await tracker.locator('.fu-count').innerText()).toBe('Showing 1 of 3.');
    await tracker.getByLabel('Status').selectOption({ label: 'Done' });
    await expect.poll(actions).toHaveLength(2);
    await tracker.getByLabel('Status').selectOption({ label: 'Dropped' });
    await expect.poll(() => tracker.locator('.committee-empty').innerText()).toContain('No follow-up matches these filters.');

    await tracker.getByLabel('Status').selectOption({ label: 'All follow-ups' });
    await tracker.getByLabel('Responsible').selectOption({ label: 'Dr Fiona Whitlock' });
    await expect.poll(actions).toEqual([REPORT]);
    await tracker.getByLabel('Responsible').selectOption({ label: 'Everyone' });
    await expect.poll(actions).toHaveLength(3);
    expect(await tracker.locator('.fu-count').innerText()).toBe('Showing all 3.');
  });

  it('marks the overdue follow-up done today with a response, announces it, keeps focus on the row, and reopens it', async () => {
    const { page } = session.browser;
    const tracker = await openTracker(page);
    const letter = rowOf(tracker, LETTER);
    await letter.getByRole('button', { name: `Mark done: ${LETTER}` }).click();
    const form = tracker.getByRole('form', { name: `Mark done: ${LETTER}` });
    const doneOn = form.getByLabel('Done on');
    // Focus goes to the first field, which starts at today.
    await expect.poll(() => doneOn.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await doneOn.inputValue()).toBe('2026-11-23');
    await form.getByLabel('Response (optional)').fill('Letter sent on 23 November; the trust replied the same day.');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Mark done' }).click();

    await expect.poll(() => letter.locator('.fu-status').innerText()).toBe('Done on 23 November 2026');
    expect(await letter.innerText()).toContain('Response: Letter sent on 23 November; the trust replied the same day.');
    expect(await tracker.locator('> [role="status"]').innerText()).toBe(`Done on 23 November 2026: ${LETTER}.`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(`Reopen: ${LETTER}`);
    expect(await tracker.locator('.fu-summary').innerText()).toBe('3 follow-ups: 0 open, 3 done.');
    expect(await storedFollowUp(page, LETTER)).toMatchObject({ status: 'done', completedOn: '2026-11-23', notes: 'Letter sent on 23 November; the trust replied the same day.' });

    await letter.getByRole('button', { name: `Reopen: ${LETTER}` }).click();
    await expect.poll(() => letter.locator('.fu-status').innerText()).toBe('Overdue by 101 days');
    expect(await storedFollowUp(page, LETTER)).toMatchObject({ status: 'open', completedOn: null });
  });

  it('will not drop a follow-up without a reason, and saves nothing until one is given', async () => {
    const { page } = session.browser;
    const tracker = await openTracker(page);
    const letter = rowOf(tracker, LETTER);
    await letter.getByRole('button', { name: `Drop: ${LETTER}` }).click();
    const form = tracker.getByRole('form', { name: `Drop: ${LETTER}` });
    await form.getByLabel('Why is it dropped?').fill('');
    await form.getByRole('button', { name: 'Drop follow-up' }).click();
    await expect.poll(() => form.getByLabel('Why is it dropped?').getAttribute('aria-invalid')).toBe('true');
    expect(await form.innerText()).toContain('Say why it is dropped');
    expect(await storedFollowUp(page, LETTER)).toMatchObject({ status: 'open' });
    await screenshot(page, tracker, 'follow-ups-drop-refused.png');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toBe(`Mark done: ${LETTER}`);
  });

  it('reassigns a follow-up, moves its due date and chooses the meeting it is reported back to', async () => {
    const { page } = session.browser;
    const tracker = await openTracker(page);
    const letter = rowOf(tracker, LETTER);
    await letter.getByRole('button', { name: `Edit: ${LETTER}` }).click();
    const form = tracker.getByRole('form', { name: `Edit: ${LETTER}` });
    await form.getByLabel('Responsible').selectOption({ label: 'Dr Fiona Whitlock' });
    await form.getByLabel('Due date').fill('2026-12-18');
    await form.getByLabel('Report back at').selectOption({ label: DECEMBER });
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => letter.locator('.fu-status').innerText()).toBe('Open');
    expect(await letter.innerText()).toContain('Dr Fiona Whitlock');
    expect(await letter.innerText()).toContain('18 December 2026');
    expect(await letter.innerText()).toContain(`Report back at ${DECEMBER}`);
    expect(await storedFollowUp(page, LETTER)).toMatchObject({ ownerName: 'Dr Fiona Whitlock', dueDate: '2026-12-18', reportedMeetingDate: '2026-12-01', isOverdue: false });
  });

  it('puts the recommendations monitor on the December agenda before the private business', async () => {
    const { page } = session.browser;
    // The demo's December agenda already carries the monitor: the tracker says so, and it is taken off to offer it afresh.
    let tracker = await openTracker(page);
    const offer = tracker.getByRole('region', { name: 'Recommendations monitor' });
    await expect.poll(() => offer.innerText()).toMatch(new RegExp(`On the agenda of ${DECEMBER} as item \\d+\\.`));
    const meetingsBefore = await call<MeetingSummary[]>(page, 'meetings/list', { committeeId });
    const decemberBefore = await call<MeetingDetail>(page, 'meetings/get', { id: meetingsBefore.find((meeting) => meeting.meetingDate === '2026-12-01')?.id ?? 0 });
    await call(page, 'agendaItems/delete', { id: decemberBefore.agendaItems.find((item) => item.kind === 'recommendations_monitor')?.id ?? 0 });
    await page.reload();
    tracker = await openTracker(page);
    const monitor = tracker.getByRole('region', { name: 'Recommendations monitor' });
    await monitor.getByRole('button', { name: `Add to the agenda of ${DECEMBER}` }).click();
    await expect.poll(() => monitor.innerText()).toMatch(new RegExp(`On the agenda of ${DECEMBER} as item \\d+\\.`));
    const meetings = await call<MeetingSummary[]>(page, 'meetings/list', { committeeId });
    const december = await call<MeetingDetail>(page, 'meetings/get', { id: meetings.find((meeting) => meeting.meetingDate === '2026-12-01')?.id ?? 0 });
    const titles = december.agendaItems.map((item) => item.title);
    expect(titles.indexOf('Recommendations monitor')).toBe(titles.indexOf('Exclusion of the public') - 1);
    expect(december.agendaItems.find((item) => item.kind === 'recommendations_monitor')?.papers[0]?.document?.kind).toBe('recommendations_monitor');
    await screenshot(page, monitor, 'follow-ups-monitor-offer.png');
    expect(await axeViolations(page)).toEqual([]);
  });
});
