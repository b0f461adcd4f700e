import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { services } from '../../../electron/core/api/handler';
import { recordIssuedPack } from '../../../electron/core/services/records';
import { makePdf } from '../../helpers/files';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

let ws: TestWorkspace;
beforeEach(async () => { ws = await openTestWorkspace('records'); });
afterEach(() => { ws.close(); });

const contentRows = () => ws.ctx.workspace.current().db.prepare('SELECT count(*) FROM attachment_contents').pluck().get();

/** "code: message" of a refused call. */
async function failure(method: string, input: unknown): Promise<string> {
  const result = await ws.attempt(method, input);
  if (result.ok) throw new Error(`${method} should have been refused`);
  return `${result.error.code}: ${result.error.message}`;
}

async function makeMeeting(): Promise<number> {
  const committee = await ws.call('committees/create', { name: 'Ofsted Subgroup', minutePrefix: 'CYP/OSG' });
  return (await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2018-10-02' })).id;
}

describe('audit trail', () => {
  it('lists changes newest first with who made them, filtered by record, a page at a time', async () => {
    await ws.call('settings/update', { authorName: 'Dana Whitlock' });
    const ids: number[] = [];
    for (let index = 1; index <= 5; index += 1) ids.push((await ws.call('documents/create', { kind: 'other', title: `Note ${index}` })).id);
    await ws.call('documents/update', { id: ids[0] ?? 0, status: 'final' });

    const documents = await ws.call('audit/list', { entity: 'document' });
    expect(documents.map((entry) => [entry.action, entry.summary])).toEqual([
      ['update', 'Note 1'], ['create', 'Note 5'], ['create', 'Note 4'], ['create', 'Note 3'], ['create', 'Note 2'], ['create', 'Note 1'],
    ]);
    expect(documents[0]).toMatchObject({ at: '2026-11-22T10:00:00.000Z', author: 'Dana Whitlock', entity: 'document', entityId: ids[0] });

    expect((await ws.call('audit/list', { entity: 'document', entityId: ids[0] ?? 0 })).map((entry) => entry.action)).toEqual(['update', 'create']);

    const firstPage = await ws.call('audit/list', { entity: 'document', limit: 4 });
    const secondPage = await ws.call('audit/list', { entity: 'document', limit: 4, beforeId: firstPage.at(-1)?.id ?? 0 });
    expect(firstPage).toHaveLength(4);
    expect([...firstPage, ...secondPage]).toEqual(documents);

    // Without a filter, every kind of record is there (the settings change too).
    const everything = await ws.call('audit/list', {});
    expect(everything.length).toBeGreaterThan(documents.length);
    expect(everything.map((entry) => entry.id)).toEqual([...everything.map((entry) => entry.id)].sort((a, b) => b - a));
  });

  it('returns 100 entries unless asked, and at most 500', async () => {
    const { db } = ws.ctx.workspace.current();
    const insert = db.prepare("INSERT INTO audit_log (at, action, entity, entity_id, summary) VALUES ('2026-01-01T00:00:00.000Z', 'update', 'person', 1, ?)");
    db.transaction(() => { for (let index = 0; index < 600; index += 1) insert.run(`Change ${index}`); })();
    expect(await ws.call('audit/list', {})).toHaveLength(100);
    expect(await ws.call('audit/list', { limit: 500 })).toHaveLength(500);
    expect((await ws.attempt('audit/list', { limit: 501 })).ok).toBe(false);
    expect((await ws.attempt('audit/list', { limit: 0 })).ok).toBe(false);
  });
});

describe('issued packs', () => {
  it('keeps each issue as a new version per kind, edition and format, stores the bytes once and audits it', async () => {
    await ws.call('settings/update', { authorName: 'Dana Whitlock' });
    const meetingId = await makeMeeting();
    const ctx = services(ws.ctx);
    const pdf = makePdf({ text: 'Public reports pack' });
    const base = { meetingId, kind: 'main', edition: 'public', format: 'pdf', fileName: 'Ofsted Subgroup 2018-10-02 public pack.pdf', data: pdf, pageCount: 12 } as const;

    const first = recordIssuedPack(ctx, base);
    expect(first).toMatchObject({ meetingId, kind: 'main', edition: 'public', format: 'pdf', version: 1, pageCount: 12, issuedAt: '2026-11-22T10:00:00.000Z', issuedBy: 'Dana Whitlock', size: pdf.length });
    expect(first.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));

    const again = recordIssuedPack(ctx, base);
    const members = recordIssuedPack(ctx, { ...base, edition: 'members', fileName: 'members pack.pdf', data: makePdf({ text: 'Members pack' }) });
    const supplement = recordIssuedPack(ctx, { ...base, kind: 'supplementary', fileName: '../supplement.pdf', pageCount: null });
    expect([again.version, members.version, supplement.version]).toEqual([2, 1, 1]);
    expect(supplement.fileName).toBe('supplement.pdf');
    // The same bytes issued three times (and attached once) are stored once.
    await ws.call('attachments/add', { fileName: 'pack.pdf', dataBase64: pdf.toString('base64') });
    expect(contentRows()).toBe(2);

    const listed = await ws.call('packs/list', { meetingId });
    expect(listed.map((pack) => [pack.kind, pack.edition, pack.version])).toEqual([
      ['supplementary', 'public', 1], ['main', 'members', 1], ['main', 'public', 2], ['main', 'public', 1],
    ]);
    expect(listed.at(-1)).toEqual(first);
    expect(listed[0]).not.toHaveProperty('data');

    const issues = await ws.call('audit/list', { entity: 'pack' });
    expect(issues).toHaveLength(4);
    expect(issues.at(-1)).toMatchObject({ action: 'issue', entityId: first.id });
    expect(issues.at(-1)?.summary).toMatch(/public pack\.pdf \(public main pack, PDF, version 1\)/);
  });

  it('keeps an issued pack’s content when the attachment sharing it is deleted', async () => {
    const meetingId = await makeMeeting();
    const pdf = makePdf();
    const attachment = await ws.call('attachments/add', { fileName: 'report.pdf', dataBase64: pdf.toString('base64') });
    recordIssuedPack(services(ws.ctx), { meetingId, kind: 'main', edition: 'members', format: 'pdf', fileName: 'pack.pdf', data: pdf, pageCount: 1 });
    await ws.call('attachments/delete', { id: attachment.id });
    expect(contentRows()).toBe(1);
    expect((await ws.call('packs/list', { meetingId }))[0]?.size).toBe(pdf.length);
  });

  it('refuses an unknown meeting, naming the field, and writes nothing', async () => {
    const before = ws.snapshot();
    expect(await failure('packs/list', { meetingId: 999 })).toBe('not_found: meetingId: there is no meeting with id 999.');
    expect(() => recordIssuedPack(services(ws.ctx), { meetingId: 999, kind: 'main', edition: 'public', format: 'pdf', fileName: 'x.pdf', data: makePdf(), pageCount: 1 })).toThrow(
      /meetingId: there is no meeting with id 999/,
    );
    expect(await failure('packs/list', {})).toMatch(/^invalid_input: .*meetingId/);
    expect(await failure('audit/list', { beforeId: 'x' })).toMatch(/^invalid_input: .*beforeId/);
    expect(ws.snapshot()).toBe(before);
  });
});
