import { afterEach, describe, expect, it } from 'vitest';
import type { ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { RichText } from '../../../shared/api/schema';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
let clock = new Date('2026-11-22T10:00:00Z');

async function open(): Promise<TestWorkspace> {
  clock = new Date('2026-11-22T10:00:00Z');
  ws = await openTestWorkspace('documents', () => clock);
  return ws;
}

/** Moves the workspace clock on, so "newest first" has something to sort by. */
function later(minutes = 1): void {
  clock = new Date(clock.getTime() + minutes * 60_000);
}

afterEach(() => { ws.close(); });

function text(...paragraphs: string[]): RichText {
  return { type: 'doc', content: paragraphs.map((words) => ({ type: 'paragraph', content: [{ type: 'text', text: words }] })) };
}

const COVER: ReportCoverSheet = {
  reportTo: 'Ofsted Subgroup',
  meetingDate: '2018-10-02',
  subject: 'Ofsted inspection of children’s social care services',
  reportOf: 'Strategic Director of Children’s Services',
  reportType: 'for_information',
  summary: 'This report sets out the findings of the inspection.',
  recommendations: ['That the subgroup notes the report.', 'That progress is reported in six months.'],
  wardsAffected: 'All',
  strategyAlignment: [{ priority: 'Best start in life', contribution: 'Improves outcomes for children in care.' }],
  contactOfficers: [{ name: 'Dana Whitlock', jobTitle: 'Scrutiny Officer', phone: '01632 960000', email: 'dana.whitlock@example.gov.uk' }],
  backgroundDocuments: ['Ofsted report, 2018'],
};

describe('documents', () => {
  it('writes a report with its cover sheet and body, and reads it all back', async () => {
    await open();
    await ws.call('settings/update', { authorName: 'Dana Whitlock' });
    const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    const report = await ws.call('documents/create', {
      kind: 'report',
      title: 'Ofsted inspection 2018',
      committeeId: committee.id,
      coverSheet: COVER,
      body: text('1.0 Background', '1.1 The inspection took place in July 2018.'),
    });
    expect(report).toMatchObject({ kind: 'report', status: 'draft', committeeId: committee.id, actionPlanId: null, author: 'Dana Whitlock', usedByPaperCount: 0 });
    expect(await ws.call('documents/get', { id: report.id })).toEqual(report);
    expect(report.coverSheet).toEqual(COVER);
    expect(report.body.content[1]?.content?.[0]?.text).toBe('1.1 The inspection took place in July 2018.');

    const given = await ws.call('documents/create', { kind: 'minutes', title: 'Minutes', author: 'Someone else' });
    expect(given.author).toBe('Someone else');
    expect(given.coverSheet).toEqual({});
    expect(given.body).toEqual({ type: 'doc', content: [] });
  });

  it('lists summaries without bodies, newest first, filtered by kind, committee, plan and status', async () => {
    await open();
    const subgroup = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    const panel = await ws.call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
    const plan = await ws.call('actionPlans/create', { title: 'Improvement plan' });
    const report = await ws.call('documents/create', { kind: 'report', title: 'Report A', committeeId: subgroup.id, body: text('Long words') });
    later();
    const plan1 = await ws.call('documents/create', { kind: 'action_plan', title: 'Plan table', actionPlanId: plan.id, status: 'final' });
    later();
    const other = await ws.call('documents/create', { kind: 'report', title: 'Report B', committeeId: panel.id });

    const all = await ws.call('documents/list', {});
    expect(all.map((document) => document.title)).toEqual(['Report B', 'Plan table', 'Report A']);
    expect(Object.keys(all[0] ?? {}).sort()).toEqual(['actionPlanId', 'author', 'committeeId', 'committeeName', 'createdAt', 'id', 'kind', 'meetings', 'status', 'title', 'updatedAt', 'usedByPaperCount']);

    const titles = async (filter: object) => (await ws.call('documents/list', filter)).map((document) => document.id);
    expect(await titles({ kind: 'report' })).toEqual([other.id, report.id]);
    expect(await titles({ committeeId: subgroup.id })).toEqual([report.id]);
    expect(await titles({ actionPlanId: plan.id })).toEqual([plan1.id]);
    expect(await titles({ status: 'final' })).toEqual([plan1.id]);
    expect(await titles({ kind: 'report', committeeId: panel.id, status: 'draft' })).toEqual([other.id]);

    // Editing the oldest one brings it to the top.
    later();
    await ws.call('documents/update', { id: report.id, title: 'Report A (revised)' });
    expect((await titles({}))[0]).toBe(report.id);
  });

  it('changes only the fields given, replaces the cover sheet whole and can unlink a committee', async () => {
    await open();
    const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    const report = await ws.call('documents/create', { kind: 'report', title: 'Draft report', committeeId: committee.id, coverSheet: COVER, body: text('Body stays') });
    later();

    const final = await ws.call('documents/update', { id: report.id, status: 'final' });
    expect(final).toMatchObject({ status: 'final', title: 'Draft report', committeeId: committee.id, coverSheet: COVER, body: text('Body stays') });
    expect(final.updatedAt).toBe('2026-11-22T10:01:00.000Z');
    expect(final.createdAt).toBe('2026-11-22T10:00:00.000Z');

    // A final document is locked (tests/integration/documents/final-lock.test.ts): reopened first.
    await ws.call('documents/update', { id: report.id, status: 'draft' });
    const recast = await ws.call('documents/update', { id: report.id, coverSheet: { subject: 'New subject', reportType: 'for_resolution' }, committeeId: null, kind: 'other' });
    expect(recast).toMatchObject({ kind: 'other', committeeId: null, coverSheet: { subject: 'New subject', reportType: 'for_resolution' } });
    expect(recast.coverSheet.reportTo).toBeUndefined();
  });

  it('duplicates a document as a new draft called “Copy of …”', async () => {
    await open();
    const report = await ws.call('documents/create', { kind: 'report', title: 'Annual report', status: 'final', coverSheet: COVER, body: text('Section 1') });
    const copy = await ws.call('documents/duplicate', { id: report.id });
    expect(copy.id).not.toBe(report.id);
    expect(copy).toMatchObject({ title: 'Copy of Annual report', status: 'draft', kind: 'report', coverSheet: COVER, body: text('Section 1') });

    const long = await ws.call('documents/create', { kind: 'other', title: 'x'.repeat(300) });
    expect((await ws.call('documents/duplicate', { id: long.id })).title).toHaveLength(300);

    // The copy is its own document: editing it leaves the original alone.
    await ws.call('documents/update', { id: copy.id, body: text('Changed') });
    expect((await ws.call('documents/get', { id: report.id })).body).toEqual(text('Section 1'));

    const trail = await ws.call('audit/list', { entity: 'document', entityId: copy.id });
    expect(trail.map((entry) => [entry.action, entry.summary])).toEqual([
      ['update', 'Copy of Annual report'],
      ['create', `Copy of Annual report (copied from document ${report.id})`],
    ]);
  });

  it('refuses to delete a document an agenda uses, saying which agenda, and deletes it once removed', async () => {
    await open();
    const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
    const meeting = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' });
    const item = await ws.call('agendaItems/create', { meetingId: meeting.id, title: 'Ofsted inspection' });
    const report = await ws.call('documents/create', { kind: 'report', title: 'Inspection report' });
    const paper = await ws.call('papers/add', { agendaItemId: item.id, documentId: report.id });
    expect((await ws.call('documents/get', { id: report.id })).usedByPaperCount).toBe(1);

    const refused = await ws.attempt('documents/delete', { id: report.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Remove it from the agenda of Ofsted Subgroup on 2 October 2018 first/);
    expect(await ws.call('documents/get', { id: report.id })).toMatchObject({ title: 'Inspection report' });

    await ws.call('papers/remove', { id: paper.id });
    expect(await ws.call('documents/delete', { id: report.id })).toEqual({ id: report.id });
    expect(await ws.attempt('documents/get', { id: report.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const [last] = await ws.call('audit/list', { entity: 'document' });
    expect(last).toMatchObject({ action: 'delete', entityId: report.id, summary: 'Inspection report' });
  });

  it('lists 5,000 long documents in well under a second, without their bodies', async () => {
    await open();
    const { db } = ws.ctx.workspace.current();
    const body = JSON.stringify(text(...Array.from({ length: 60 }, (_, index) => `Paragraph ${index} of a long report about placements and sufficiency.`)));
    const insert = db.prepare("INSERT INTO documents (kind, title, status, body, created_at, updated_at) VALUES ('report', ?, 'draft', ?, ?, ?)");
    db.transaction(() => {
      for (let index = 0; index < 5_000; index += 1) {
        const at = new Date(Date.UTC(2020, 0, 1) + index * 60_000).toISOString();
        insert.run(`Report ${index}`, body, at, at);
      }
    })();

    const started = performance.now();
    const list = await ws.call('documents/list', {});
    const tookMs = performance.now() - started;
    expect(list).toHaveLength(5_000);
    expect(list[0]?.title).toBe('Report 4999');
    expect(list[0]).not.toHaveProperty('body');
    expect(tookMs).toBeLessThan(500);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    await open();
    const existing = await ws.call('documents/create', { kind: 'report', title: 'Existing' });
    const before = ws.snapshot();
    const cases: [string, unknown, RegExp][] = [
      ['documents/create', { title: 'No kind' }, /kind/],
      ['documents/create', { kind: 'memo', title: 'Bad kind' }, /kind.*agenda, minutes, report/],
      ['documents/create', { kind: 'report' }, /title/],
      ['documents/create', { kind: 'report', title: '   ' }, /title/],
      ['documents/create', { kind: 'report', title: 'x'.repeat(301) }, /300 characters/],
      ['documents/create', { kind: 'report', title: 'Ok', status: 'published' }, /status/],
      ['documents/create', { kind: 'report', title: 'Ok', committeeId: 999 }, /committeeId: there is no committee with id 999/],
      ['documents/create', { kind: 'report', title: 'Ok', actionPlanId: 999 }, /actionPlanId: there is no action plan with id 999/],
      ['documents/create', { kind: 'report', title: 'Ok', coverSheet: { meetingDate: '2018-02-30' } }, /coverSheet\.meetingDate/],
      ['documents/create', { kind: 'report', title: 'Ok', coverSheet: { reportType: 'for_fun' } }, /coverSheet\.reportType/],
      ['documents/create', { kind: 'report', title: 'Ok', coverSheet: { colour: 'red' } }, /coverSheet|Unrecognized/i],
      ['documents/create', { kind: 'report', title: 'Ok', coverSheet: { contactOfficers: [{ name: 'A' }] } }, /coverSheet\.contactOfficers\.0/],
      ['documents/create', { kind: 'report', title: 'Ok', body: '<p>html</p>' }, /body/],
      ['documents/create', { kind: 'report', title: 'Ok', body: { type: 'paragraph', content: [] } }, /body\.type/],
      ['documents/update', { id: 999, title: 'Nobody' }, /no document with id 999/],
      ['documents/update', { id: existing.id, committeeId: 42 }, /committeeId: there is no committee with id 42/],
      ['documents/update', { id: existing.id, title: '' }, /title/],
      ['documents/duplicate', { id: 999 }, /no document with id 999/],
      ['documents/delete', { id: 999 }, /no document with id 999/],
      ['documents/list', { kind: 'memo' }, /kind/],
    ];
    for (const [method, input, message] of cases) {
      const result = await ws.attempt(method, input);
      expect(result.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!result.ok) expect(result.error.message, `${method} ${JSON.stringify(input)}`).toMatch(message);
    }
    expect(ws.snapshot()).toBe(before);
  });
});
