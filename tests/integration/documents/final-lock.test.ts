// A report marked final is locked until it is reopened: every change but the
// status is refused with nothing written, drafting its sections again from the
// plan is refused too, and reopening it is kept in the audit trail.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { DECEMBER_REPORT_TITLE } from '../../../electron/core/demo/content/documents';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { Document } from '../../../shared/api/methods/documents';
import type { RichText } from '../../../shared/api/schema';
import { makeTempDir } from '../../helpers/temp';
import { snapshotOf } from '../../helpers/workspace';

const dir = makeTempDir('documents-final-lock');
let ctx: CoreContext;
let clock = new Date('2026-11-23T10:00:00Z');
let reportId: number;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

function snapshot(): string {
  return snapshotOf(ctx.workspace.current().db);
}

function text(words: string): RichText {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: words }] }] };
}

function lockedMessage(title: string, change = 'be changed'): string {
  return `“${title}” is final, so it cannot ${change}. Reopen it as a draft first (this keeps a record that it was reopened).`;
}

/** The demo's December report, final and in the issued pack. */
function demoReport(): Promise<Document> {
  return call('documents/get', { id: reportId });
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => clock });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  clock = new Date('2026-11-23T10:00:00Z');
  const listed = (await call('documents/list', { kind: 'report' })).find((document) => document.title === DECEMBER_REPORT_TITLE);
  if (!listed) throw new Error('The demo has no December report.');
  reportId = listed.id;
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a final document', () => {
  it('refuses a change to any field but its status, saying why and what to do, and writes nothing', async () => {
    const report = await demoReport();
    expect(report.status).toBe('final');
    const committee = await call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
    const before = snapshot();
    const changes: Record<string, unknown>[] = [
      { title: 'A new title' },
      { kind: 'other' },
      { author: 'Someone else' },
      { committeeId: committee.id },
      { committeeId: null },
      { actionPlanId: null },
      { coverSheet: { subject: 'A new subject' } },
      { body: text('New words') },
      // Reopening and changing in one go is refused too: the reopening must be its own step, on the record.
      { status: 'draft', title: 'Reopened and renamed' },
      // The same value again is still a change to a locked document.
      { title: report.title },
    ];
    for (const change of changes) {
      const result = await invoke(ctx, 'documents/update', { id: report.id, ...change });
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'conflict', message: lockedMessage(DECEMBER_REPORT_TITLE) } });
    }
    expect(snapshot()).toBe(before);
    expect(await call('documents/get', { id: report.id })).toEqual(report);
  });

  it('is reopened as a draft, on the record, then takes changes, and can be marked final again', async () => {
    const report = await demoReport();
    clock = new Date('2026-11-23T10:05:00Z');
    const reopened = await call('documents/update', { id: report.id, status: 'draft' });
    expect(reopened).toMatchObject({ status: 'draft', title: report.title, body: report.body, coverSheet: report.coverSheet, updatedAt: '2026-11-23T10:05:00.000Z' });
    const [entry] = await call('audit/list', { entity: 'document', entityId: report.id, limit: 1 });
    expect(entry).toMatchObject({ action: 'update', at: '2026-11-23T10:05:00.000Z', summary: `${DECEMBER_REPORT_TITLE}: reopened as a draft (it was final)` });

    const edited = await call('documents/update', { id: report.id, title: `${DECEMBER_REPORT_TITLE} (revised)`, coverSheet: { ...report.coverSheet, subject: 'Revised subject' } });
    expect(edited).toMatchObject({ status: 'draft', title: `${DECEMBER_REPORT_TITLE} (revised)`, coverSheet: { subject: 'Revised subject' } });

    const final = await call('documents/update', { id: report.id, status: 'final' });
    expect(final.status).toBe('final');
    const refused = await invoke(ctx, 'documents/update', { id: report.id, body: text('Too late') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: lockedMessage(`${DECEMBER_REPORT_TITLE} (revised)`) } });
    const trail = await call('audit/list', { entity: 'document', entityId: report.id, limit: 3 });
    expect(trail.map((line) => line.summary)).toEqual([`${DECEMBER_REPORT_TITLE} (revised)`, `${DECEMBER_REPORT_TITLE} (revised)`, `${DECEMBER_REPORT_TITLE}: reopened as a draft (it was final)`]);
  });

  it('may be withdrawn, which unlocks it and says so in the audit trail', async () => {
    const note = await call('documents/create', { kind: 'other', title: 'Briefing note', status: 'final' });
    const withdrawn = await call('documents/update', { id: note.id, status: 'withdrawn' });
    expect(withdrawn.status).toBe('withdrawn');
    expect((await call('audit/list', { entity: 'document', entityId: note.id, limit: 1 }))[0]?.summary).toBe('Briefing note: withdrawn (it was final)');
    expect((await call('documents/update', { id: note.id, title: 'Briefing note (withdrawn)' })).title).toBe('Briefing note (withdrawn)');
  });

  it('is copied as an unlocked draft, and drafts and withdrawn documents take changes as before', async () => {
    const report = await demoReport();
    const copy = await call('documents/duplicate', { id: report.id });
    expect(copy.status).toBe('draft');
    expect((await call('documents/update', { id: copy.id, body: text('My own words') })).body).toEqual(text('My own words'));
    expect((await call('documents/get', { id: report.id })).body).toEqual(report.body);
  });

  it('refuses to draft a final progress report’s sections again from the plan, until it is reopened', async () => {
    const [plan] = await call('actionPlans/list', {});
    const december = (await call('meetings/list', {})).find((meeting) => meeting.meetingDate === '2026-12-01');
    if (!plan || !december) throw new Error('The demo has no plan or December meeting.');
    const { document } = await call('progressReports/draft', { planId: plan.id, meetingId: december.id });
    // Take a section out, so drafting again has something to put back.
    const shortened = await call('documents/update', { id: document.id, body: { ...document.body, content: document.body.content.slice(0, -3) } });
    expect(shortened.body.content.length).toBeLessThan(document.body.content.length);
    await call('documents/update', { id: document.id, status: 'final' });

    const before = snapshot();
    const refused = await invoke(ctx, 'progressReports/regenerate', { documentId: document.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: lockedMessage(document.title, 'have its sections drafted again') } });
    expect(await invoke(ctx, 'progressReports/regenerate', { documentId: document.id, overwriteChanged: true })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot()).toBe(before);

    await call('documents/update', { id: document.id, status: 'draft' });
    const redrafted = await call('progressReports/regenerate', { documentId: document.id, overwriteChanged: true });
    expect(redrafted.replaced.length).toBeGreaterThan(0);
    expect(redrafted.document.body.content.length).toBeGreaterThan(shortened.body.content.length);
  });
});
