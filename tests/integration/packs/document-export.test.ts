// One generated document on its own: a PDF with its own page numbers and
// bookmarks from its headings, and a Word file; both say the same thing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { DECEMBER_REPORT_TITLE } from '../../../electron/core/demo/content/documents';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { readPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';
import { convertToPdf, docxParts } from '../render/docx-readback';

const dir = makeTempDir('document-export');
let ctx: CoreContext;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const outcome = await invoke(ctx, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.message}`);
  return outcome.value as ApiOutput<M>;
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('exporting one document', () => {
  it('writes the December report as a PDF with "Page n of m" and bookmarks, and as Word with the same numbered sections', async () => {
    const report = (await call('documents/list', { kind: 'report' })).find((document) => document.title === DECEMBER_REPORT_TITLE);
    const pdfFile = await call('documents/export', { id: report?.id ?? 0, format: 'pdf', outDir: dir });
    expect(path.basename(pdfFile.path ?? '')).toBe('improvement-plan-progress-report-december-2026.pdf');
    const pdf = await readPdf(fs.readFileSync(pdfFile.path ?? ''));
    expect(pdf.pageCount).toBe(pdfFile.pageCount);
    pdf.pages.forEach((page, index) => { expect(page.text).toContain(`Page ${index + 1} of ${pdf.pageCount}`); });
    expect(pdf.bookmarks.map((bookmark) => bookmark.title)).toEqual(expect.arrayContaining(['1.0 Introduction']));
    expect(pdf.info.Title).toBe(DECEMBER_REPORT_TITLE);
    const pdfText = pdf.pages.map((page) => page.text).join(' ');
    await pdf.destroy();

    const docxFile = await call('documents/export', { id: report?.id ?? 0, format: 'docx', outDir: dir });
    const docx = fs.readFileSync(docxFile.path ?? '');
    expect((await docxParts(docx)).get('word/numbering.xml')).toContain('%1.%2');
    const converted = await readPdf(await convertToPdf(docx, dir, 'report-docx'));
    const convertedText = converted.pages.map((page) => page.text).join(' ');
    for (const label of ['1.0 Introduction', '1.1', '4.2.1']) {
      expect(pdfText).toContain(label);
      expect(convertedText).toContain(label);
    }
    await converted.destroy();
  }, 120_000);

  it('writes generated minutes for the meeting they go to: the minutes of the meeting before it', async () => {
    const minutes = (await call('documents/list', { kind: 'minutes' }))[0];
    const december = (await call('meetings/list', {})).find((meeting) => meeting.meetingDate === '2026-12-01');
    const file = await call('documents/export', { id: minutes?.id ?? 0, format: 'pdf', outDir: dir, meetingId: december?.id ?? 0 });
    const pdf = await readPdf(fs.readFileSync(file.path ?? ''));
    const text = pdf.pages.map((page) => page.text).join(' ');
    expect(text).toContain('Minutes of the meeting held on 14 July 2026');
    expect(text).toMatch(/CYP\/IMP\/26\/1/);
    await pdf.destroy();
    const missing = await invoke(ctx, 'documents/export', { id: 999_999, format: 'pdf', outDir: dir });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  }, 60_000);
});
