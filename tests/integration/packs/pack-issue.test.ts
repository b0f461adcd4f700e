// Issuing, re-issuing, exporting, supplementary packs and cancelling, on a
// copy of the demo workspace, with every file read back.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import { renderPdf } from '../../../electron/core/render/pdf';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { AppEvent } from '../../../shared/api/types';
import { readPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';
import { snapshotOf } from '../../helpers/workspace';

const dir = makeTempDir('pack-issue');
const events: AppEvent[] = [];
let ctx: CoreContext;
let decemberId: number;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const outcome = await invoke(ctx, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}: ${outcome.error.message}`);
  return outcome.value as ApiOutput<M>;
}

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-24T10:00:00Z'), emit: (event) => events.push(event) });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  const meetings = await call('meetings/list', {});
  decemberId = meetings.find((meeting) => meeting.meetingDate === '2026-12-01')?.id ?? 0;
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('issuing a pack', () => {
  it('freezes each file as the next version, sets the issue date, and exports a version byte for byte', async () => {
    // The demo issued version 1 of each file on 23 November.
    expect((await call('packs/list', { meetingId: decemberId })).map((pack) => `${pack.edition} ${pack.format} v${pack.version}`)).toEqual([
      'members docx v1', 'members pdf v1', 'public docx v1', 'public pdf v1',
    ]);
    const first = await call('packs/issue', { meetingId: decemberId, edition: 'both', format: 'pdf' });
    expect(first.issued.map((pack) => [pack.edition, pack.format, pack.version])).toEqual([['public', 'pdf', 2], ['members', 'pdf', 2]]);
    expect(first.files.every((file) => file.path === null)).toBe(true);
    const meeting = await call('meetings/get', { id: decemberId });
    expect(meeting.agendaIssueDate).toBe('2026-11-24');
    expect(meeting.status).toBe('issued');

    const second = await call('packs/issue', { meetingId: decemberId, edition: 'members', format: 'pdf', outDir: path.join(dir, 'issued') });
    expect(second.issued[0]?.version).toBe(3);
    expect(fs.existsSync(second.files[0]?.path ?? '')).toBe(true);
    const listed = (await call('packs/list', { meetingId: decemberId })).filter((pack) => pack.format === 'pdf');
    expect(listed.map((pack) => `${pack.edition} v${pack.version}`)).toEqual(['members v3', 'members v2', 'public v2', 'members v1', 'public v1']);

    const version1 = listed.find((pack) => pack.edition === 'public' && pack.version === 2);
    const exported = await call('packs/export', { id: version1?.id ?? 0, outDir: dir });
    const bytes = fs.readFileSync(exported.path);
    expect(sha256(bytes)).toBe(version1?.sha256);
    const pdf = await readPdf(bytes);
    expect(pdf.pages.slice(0, 2).map((page) => page.text).join(' ')).toMatch(/This agenda was issued on\s+Tuesday, 24 November 2026/);
    await pdf.destroy();
    // An export never replaces a file unless told to.
    const again = await call('packs/export', { id: version1?.id ?? 0, outDir: dir });
    expect(path.basename(again.path)).toMatch(/\(2\)\.pdf$/);
    const audit = await call('audit/list', { entity: 'pack' });
    expect(audit.length).toBe(7);
  });

  it('builds a supplementary pack of the items that were to follow, once they have papers', async () => {
    const refused = await invoke(ctx, 'packs/build', { meetingId: decemberId, kind: 'supplementary', outDir: path.join(dir, 'supplement') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/no item marked “to follow” has papers yet/);

    const meeting = await call('meetings/get', { id: decemberId });
    const late = meeting.agendaItems.find((item) => item.isToFollow);
    const report = await call('documents/create', {
      kind: 'report',
      title: 'Care leavers’ accommodation: the range of homes',
      status: 'final',
      coverSheet: { reportTo: 'Improvement Subgroup', subject: 'Homes for care leavers aged 18 to 21', reportOf: 'Head of Commissioning (Children)', reportType: 'for_information', summary: 'Where care leavers live, and what is planned.' },
      body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Background' }] }, { type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text: 'Forty-two care leavers live in supported lodgings.' }] }] },
    });
    await call('papers/add', { agendaItemId: late?.id ?? 0, documentId: report.id });
    const built = await call('packs/build', { meetingId: decemberId, kind: 'supplementary', edition: 'public', format: 'pdf', outDir: path.join(dir, 'supplement') });
    expect(built.files[0]?.fileName).toBe('2026-12-01-improvement-subgroup-supplementary-public.pdf');
    const pdf = await readPdf(fs.readFileSync(built.files[0]?.path ?? ''));
    expect(pdf.pages[0]?.text).toMatch(/Supplementary/);
    expect(pdf.pages[0]?.text).toContain('Care leavers’ accommodation');
    expect(pdf.pages[0]?.text).not.toContain('Improvement plan: progress report');
    const text = pdf.pages.map((page) => page.text).join(' ');
    expect(text).toContain('Forty-two care leavers live in supported lodgings.');
    expect(pdf.bookmarks.filter((bookmark) => bookmark.depth === 0).map((bookmark) => bookmark.title)).toContain('5. Care leavers’ accommodation');
    await pdf.destroy();
  });

  it('reports progress and can be cancelled, leaving nothing behind', async () => {
    events.length = 0;
    const target = path.join(dir, 'cancelled');
    const building = invoke(ctx, 'packs/build', { meetingId: decemberId, edition: 'both', format: 'both', outDir: target });
    const started = events.find((event) => event.type === 'progress' && event.label === 'Building the pack');
    expect(started).toBeDefined();
    if (started?.type === 'progress') expect(await call('tasks/cancel', { taskId: started.taskId })).toEqual({ isCancelled: true });
    expect(await building).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(fs.existsSync(target) ? fs.readdirSync(target) : []).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'progress', isFinished: true });
    expect(await call('tasks/cancel', { taskId: 'no-such-task' })).toEqual({ isCancelled: false });
  });

  it('refuses a folder that is a file, and leaves an earlier pack of the same name untouched when a build fails', async () => {
    const notAFolder = path.join(dir, 'not-a-folder');
    fs.writeFileSync(notAFolder, 'x');
    const result = await invoke(ctx, 'packs/build', { meetingId: decemberId, edition: 'public', format: 'pdf', outDir: notAFolder });
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error' } });
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('x');
  });

  it('records nothing when the issued files cannot be written: no new version, no issue date, no stray file', async () => {
    const notAFolder = path.join(dir, 'still-not-a-folder');
    fs.writeFileSync(notAFolder, 'x');
    const before = snapshotOf(ctx.workspace.current().db);
    const result = await invoke(ctx, 'packs/issue', { meetingId: decemberId, edition: 'members', format: 'pdf', outDir: notAFolder });
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error', message: expect.stringContaining('is a file, not a folder') as unknown } });
    expect(snapshotOf(ctx.workspace.current().db) === before).toBe(true);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);

    // A good folder afterwards gets every file under its final name, and nothing temporary.
    const target = path.join(dir, 'issued-after-refusal');
    const issued = await call('packs/issue', { meetingId: decemberId, edition: 'both', format: 'pdf', outDir: target });
    expect(fs.readdirSync(target).sort()).toEqual(issued.files.map((file) => path.basename(file.path ?? '')).sort());
    expect(issued.files.every((file) => fs.statSync(file.path ?? '').size === file.size)).toBe(true);
  });
});

describe('an attached PDF written by LibreOffice', () => {
  it('keeps every content stream byte for byte and gets a pack page number', async () => {
    const source = path.join(dir, 'appendix.txt');
    fs.writeFileSync(source, Array.from({ length: 120 }, (_, line) => `Line ${line + 1} of the appendix written by another program.`).join('\n\n'));
    // Its own profile folder, so a conversion running in another test file at the same time cannot collide with it.
    execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, source], { stdio: 'ignore', timeout: 120_000 });
    const original = fs.readFileSync(path.join(dir, 'appendix.pdf'));
    const attachment = await call('attachments/add', { fileName: 'appendix-from-libreoffice.pdf', dataBase64: original.toString('base64') });
    const meeting = await call('meetings/get', { id: decemberId });
    const programme = meeting.agendaItems.find((item) => item.kind === 'terms_and_work_programme');
    await call('papers/add', { agendaItemId: programme?.id ?? 0, attachmentId: attachment.id });
    const built = await call('packs/build', { meetingId: decemberId, edition: 'public', format: 'pdf', outDir: path.join(dir, 'with-libreoffice') });
    const packBytes = fs.readFileSync(built.files[0]?.path ?? '');

    const originalStreams = rawContentStreams(original, await PDFDocument.load(original));
    expect(originalStreams.length).toBeGreaterThan(1);
    const packStreams = new Set(rawContentStreams(packBytes, await PDFDocument.load(packBytes)).map((stream) => sha256(stream)));
    for (const stream of originalStreams) expect(packStreams.has(sha256(stream))).toBe(true);

    const pdf = await readPdf(packBytes);
    const appendixPage = pdf.pages.findIndex((page) => page.text.includes('Line 1 of the appendix'));
    expect(appendixPage).toBeGreaterThan(0);
    expect(pdf.pages[appendixPage]?.items.some((item) => item.y < 40 && item.str.trim() === String(appendixPage + 1))).toBe(true);
    await pdf.destroy();
  }, 180_000);
});

describe('an attached PDF that carries its own tags', () => {
  it('keeps its structure in the pack and says so in the build notes', async () => {
    const tagged = await renderPdf(
      { info: { title: 'Partner briefing', subject: 'Briefing', author: 'Castlemere Health Partnership' }, blocks: [{ type: 'heading', level: 1, content: [{ type: 'text', text: 'Partner briefing on health assessments' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Health assessments for children in care are now done within 20 working days.' }] }] },
      { style: { fontFamily: 'DejaVu Sans', bodySizePt: 11, accentColour: '#225522' }, mode: 'standalone', createdAt: new Date('2026-10-01T00:00:00Z') },
    );
    const attachment = await call('attachments/add', { fileName: 'partner-briefing.pdf', dataBase64: Buffer.from(tagged.bytes).toString('base64') });
    const meeting = await call('meetings/get', { id: decemberId });
    const progress = meeting.agendaItems.find((item) => item.title === 'Improvement plan: progress report');
    await call('papers/add', { agendaItemId: progress?.id ?? 0, attachmentId: attachment.id, label: 'Appendix 3: partner briefing' });
    const built = await call('packs/build', { meetingId: decemberId, edition: 'public', format: 'pdf', outDir: path.join(dir, 'with-tagged') });
    expect(built.log.join('\n')).toMatch(/Appendix 3: partner briefing is attached as it came and keeps the tags its author gave it/);
    const pdf = await readPdf(fs.readFileSync(built.files[0]?.path ?? ''));
    const page = pdf.pages.findIndex((candidate) => candidate.text.includes('Partner briefing on health assessments'));
    expect(page).toBeGreaterThan(0);
    expect(await pdf.structure(page)).toEqual(expect.arrayContaining(['H1', 'P']));
    await pdf.destroy();
  }, 60_000);
});

/**
 * The bytes between "stream" and "endstream" of every page content stream,
 * cut from the file itself by the length its dictionary states (resolving an
 * indirect /Length by hand), so a parser that drops a byte cannot hide it.
 */
function rawContentStreams(file: Buffer, pdf: PDFDocument): Buffer[] {
  const text = file.toString('latin1');
  const streams: Buffer[] = [];
  for (const page of pdf.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray() : [];
    for (const ref of refs) {
      if (!(ref instanceof PDFRef) || !(pdf.context.lookup(ref) instanceof PDFRawStream)) continue;
      const start = text.search(new RegExp(`(^|[\\r\\n])${ref.objectNumber} 0 obj`));
      const header = text.slice(start, text.indexOf('stream', start));
      const lengthMatch = /\/Length (\d+)( 0 R)?/.exec(header);
      if (!lengthMatch) continue;
      let length = Number(lengthMatch[1]);
      if (lengthMatch[2]) length = Number(new RegExp(`(^|[\\r\\n])${length} 0 obj\\s*(\\d+)`).exec(text)?.[2]);
      let dataStart = text.indexOf('stream', start) + 'stream'.length;
      if (text[dataStart] === '\r') dataStart += 1;
      if (text[dataStart] === '\n') dataStart += 1;
      streams.push(file.subarray(dataStart, dataStart + length));
    }
  }
  return streams;
}
