import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('non-working-days', () => new Date('2018-09-03T09:00:00Z')); });
afterEach(() => { ws.close(); });

/** A refusal that names the problem and leaves every row of the workspace as it was. */
async function expectRefused(method: string, input: unknown, code: string, message: RegExp) {
  const before = ws.snapshot();
  const result = await ws.attempt(method, input);
  expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(ws.snapshot()).toBe(before);
}

function auditTrail() {
  return ws.ctx.workspace.current().db.prepare("SELECT action, summary FROM audit_log WHERE entity = 'non_working_day' ORDER BY id").raw().all();
}

describe('non-working days', () => {
  it('lists the bank holidays of a range, with the authority’s own days among them, by date', async () => {
    expect(await ws.call('calendar/nonWorkingDays', { from: '2018-12-01', to: '2019-01-31' })).toEqual([
      { date: '2018-12-25', name: 'Christmas Day', source: 'bank_holiday' },
      { date: '2018-12-26', name: 'Boxing Day', source: 'bank_holiday' },
      { date: '2019-01-01', name: 'New Year’s Day', source: 'bank_holiday' },
    ]);
    const added = await ws.call('calendar/addNonWorkingDay', { date: '2018-12-27', name: '  Council closure day ' });
    expect(added).toEqual({ day: { date: '2018-12-27', name: 'Council closure day', source: 'authority' }, reportDeadlinesMoved: 0 });
    await ws.call('calendar/addNonWorkingDay', { date: '2019-02-01', name: 'Outside the range' });
    expect(await ws.call('calendar/nonWorkingDays', { from: '2018-12-26', to: '2019-01-01' })).toEqual([
      { date: '2018-12-26', name: 'Boxing Day', source: 'bank_holiday' },
      { date: '2018-12-27', name: 'Council closure day', source: 'authority' },
      { date: '2019-01-01', name: 'New Year’s Day', source: 'bank_holiday' },
    ]);
    expect(auditTrail()).toEqual([['create', '2018-12-27: Council closure day'], ['create', '2019-02-01: Outside the range']]);
  });

  it('removes a day the authority added, and refuses to remove a bank holiday or a day never added', async () => {
    await ws.call('calendar/addNonWorkingDay', { date: '2018-12-27', name: 'Council closure day' });
    await expectRefused('calendar/removeNonWorkingDay', { date: '2018-12-25' }, 'conflict', /Tuesday, 25 December 2018 is a bank holiday \(Christmas Day\)\. Bank holidays are built in and cannot be removed/);
    await expectRefused('calendar/removeNonWorkingDay', { date: '2018-12-28' }, 'not_found', /Friday, 28 December 2018 is not one of the authority’s non-working days/);

    const removed = await ws.call('calendar/removeNonWorkingDay', { date: '2018-12-27' });
    expect(removed).toEqual({ day: { date: '2018-12-27', name: 'Council closure day', source: 'authority' }, reportDeadlinesMoved: 0 });
    expect(await ws.call('calendar/nonWorkingDays', { from: '2018-12-27', to: '2018-12-27' })).toEqual([]);
    expect(auditTrail()).toEqual([['create', '2018-12-27: Council closure day'], ['delete', '2018-12-27: Council closure day']]);
  });

  it('refuses a day added twice, a bank holiday, a weekend, a name too long or missing, and a date that is not one, changing nothing', async () => {
    await ws.call('calendar/addNonWorkingDay', { date: '2018-12-27', name: 'Council closure day' });
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-12-27', name: 'Again' }, 'conflict', /Thursday, 27 December 2018 is already a non-working day \(Council closure day\)/);
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-08-27', name: 'Closed' }, 'conflict', /already a bank holiday \(Summer bank holiday\)/);
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-09-29', name: 'Closed' }, 'invalid_input', /Saturday, 29 September 2018 is at a weekend/);
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-12-28', name: 'x'.repeat(201) }, 'invalid_input', /name: Keep this under 200 characters/);
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-12-28', name: '   ' }, 'invalid_input', /name: Give a name for the day/);
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-12-28' }, 'invalid_input', /name/);
    await expectRefused('calendar/addNonWorkingDay', { date: 20181228, name: 'Closed' }, 'invalid_input', /^Invalid input for calendar\/addNonWorkingDay: date:/);
    for (const date of ['2018-02-30', '28/12/2018', '2018-12-28T00:00:00Z', '']) {
      await expectRefused('calendar/addNonWorkingDay', { date, name: 'Closed' }, 'invalid_input', /date: Give a date as YYYY-MM-DD/);
      await expectRefused('calendar/removeNonWorkingDay', { date }, 'invalid_input', /date: Give a date as YYYY-MM-DD/);
      await expectRefused('calendar/nonWorkingDays', { from: date, to: '2019-01-01' }, 'invalid_input', /from: Give a date as YYYY-MM-DD/);
    }
    await expectRefused('calendar/nonWorkingDays', { from: '2019-01-01', to: '2018-01-01' }, 'invalid_input', /to: The range starts after it ends/);
    await expectRefused('calendar/nonWorkingDays', { from: '2018-01-01' }, 'invalid_input', /to:/);
    await expectRefused('calendar/addNonWorkingDay', { date: '2018-12-28', name: 'Closed', extra: true }, 'invalid_input', /extra/);
  });

  it('moves the derived report deadlines of draft meetings when a day shuts or opens, and leaves issued meetings and deadlines set by hand', async () => {
    const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    // 11 days before Tuesday 2 October 2018 is Friday 21 September.
    const draft = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
    const byHand = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-03', reportDeadline: '2018-09-21' });
    const issued = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-04' });
    await ws.call('meetings/setStatus', { id: issued.id, status: 'issued' });
    expect([draft.reportDeadline, byHand.reportDeadline, issued.reportDeadline]).toEqual(['2018-09-21', '2018-09-21', '2018-09-21']);

    const shut = await ws.call('calendar/addNonWorkingDay', { date: '2018-09-21', name: 'Council closure day' });
    expect(shut.reportDeadlinesMoved).toBe(1);
    const deadlineOf = async (meetingId: number) => (await ws.call('meetings/get', { id: meetingId })).reportDeadline;
    expect(await deadlineOf(draft.id)).toBe('2018-09-20');
    expect(await deadlineOf(byHand.id)).toBe('2018-09-21');
    expect(await deadlineOf(issued.id)).toBe('2018-09-21');
    // A meeting created while the day is shut takes it into account from the start.
    expect((await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-05' })).reportDeadline).toBe('2018-09-24');

    const opened = await ws.call('calendar/removeNonWorkingDay', { date: '2018-09-21' });
    expect(opened.reportDeadlinesMoved).toBe(1);
    expect(await deadlineOf(draft.id)).toBe('2018-09-21');
  });
});
