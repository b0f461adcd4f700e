// Progress report calls that cannot be done: each is refused with a message
// that says what is wrong and what to do, and the workspace is left exactly
// as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoWorkspace, type DemoWorkspace } from './demo-workspace';

let ws: DemoWorkspace;
beforeAll(async () => { ws = await openDemoWorkspace('progress-report-bad-input'); }, 60_000);
afterAll(() => { ws.close(); });

/** Makes the call and checks it was refused with the code and words given, writing nothing. */
async function refused(method: string, input: unknown, code: string, message: RegExp): Promise<void> {
  const before = ws.snapshot();
  const result = await ws.attempt(method, input);
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(ws.snapshot()).toBe(before);
}

describe('progress reports refuse bad input and change nothing', () => {
  it('refuses an agenda item of another meeting, naming both meetings', async () => {
    await refused(
      'progressReports/draft',
      { planId: ws.ids.planId, meetingId: ws.ids.december, agendaItemId: ws.ids.julyProgressItem },
      'invalid_input',
      /^agendaItemId: “Improvement plan: progress report” is on the agenda of the meeting of 14 July 2026, not of the meeting of 1 December 2026\. Choose an item on this meeting’s agenda/,
    );
  });

  it('refuses unknown plans, meetings and agenda items by name', async () => {
    await refused('progressReports/draft', { planId: 999, meetingId: ws.ids.december }, 'not_found', /no action plan with id 999/);
    await refused('progressReports/draft', { planId: ws.ids.planId, meetingId: 999 }, 'not_found', /no meeting with id 999/);
    await refused('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december, agendaItemId: 999 }, 'not_found', /^agendaItemId: there is no agenda item with id 999/);
    await refused('progressReports/sections', { documentId: 999 }, 'not_found', /no document with id 999/);
    await refused('progressReports/regenerate', { documentId: 999 }, 'not_found', /no document with id 999/);
  });

  it('refuses a start date on or after the day the report is as at, and dates that do not parse', async () => {
    await refused('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december, since: '2026-11-23' }, 'invalid_input', /^since: the report covers progress up to 23 November 2026, so it must start before then/);
    await refused('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december, since: '2026-02-30' }, 'invalid_input', /YYYY-MM-DD/);
  });

  it('refuses to put a report on the agenda of a minuted meeting, and keeps no half-made report', async () => {
    // July's minutes approved at a meeting in October that has taken place: July is then minuted.
    const committeeId = (await ws.call('meetings/get', { id: ws.ids.july })).committeeId;
    const october = await ws.call('meetings/create', { committeeId, meetingDate: '2026-10-13' });
    await ws.call('minutes/approve', { meetingId: ws.ids.july, approvingMeetingId: october.id });
    await refused('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.july, agendaItemId: ws.ids.julyProgressItem }, 'conflict', /14 July 2026 is minuted/);
  });

  it('refuses sections and redrafting of a report with no plan, and of a document that is not a report', async () => {
    const loose = await ws.call('documents/create', { kind: 'report', title: 'Budget monitoring, quarter 2' });
    await refused('progressReports/sections', { documentId: loose.id }, 'invalid_input', /^documentId: “Budget monitoring, quarter 2” is not linked to an action plan/);
    await refused('progressReports/regenerate', { documentId: loose.id }, 'invalid_input', /Choose the action plan on the report first/);
    const [minutes] = await ws.call('documents/list', { kind: 'minutes' });
    if (!minutes) throw new Error('The demo has no minutes document.');
    await refused('progressReports/regenerate', { documentId: minutes.id }, 'invalid_input', /is not a report \(it is a minutes document\)/);
  });

  it('refuses to redraft a section the plan cannot give', async () => {
    const draft = await ws.call('progressReports/draft', { planId: ws.ids.planId, meetingId: ws.ids.december });
    await refused('progressReports/regenerate', { documentId: draft.document.id, keys: ['entry:999'] }, 'invalid_input', /has no section entry:999, and the plan has no entry/);
    await refused('progressReports/regenerate', { documentId: draft.document.id, keys: ['appendix'] }, 'invalid_input', /A section key is introduction, structure, conclusion or entry:<id>/);
  });
});
