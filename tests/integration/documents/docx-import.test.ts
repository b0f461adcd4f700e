// An author's Word report imported into a real workspace: saved as a draft
// report on an agenda item, then printed in the pack in house style, with the
// pack's own numbering (1.0, 1.1, 3.1.1), its table and picture tagged. Also a
// report LibreOffice wrote, a report this app exported to Word read back, a
// long report, and files refused with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { services } from '../../../electron/core/api/handler';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { DECEMBER_REPORT_TITLE } from '../../../electron/core/demo/content/documents';
import { CoreError } from '../../../electron/core/errors';
import { silentLogger } from '../../../electron/core/logger';
import { importDocxService, previewDocxService, type ImportDocxInput } from '../../../electron/core/services/document-import';
import type { ServiceContext } from '../../../electron/core/services/unit-of-work';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { MeetingDetail } from '../../../shared/api/methods/meetings';
import type { RichTextNode } from '../../../shared/api/schema';
import { readPdf } from '../../helpers/pdf';
import { makeTempDir } from '../../helpers/temp';
import { snapshotOf } from '../../helpers/workspace';
import { convert } from '../import/reader-fixtures';
import { authorReport, REPORT_TITLE, WEBSITE } from './docx-import-fixtures';

const dir = makeTempDir('docx-import');
let ctx: CoreContext;
let sc: ServiceContext;
let december: MeetingDetail;

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

const input = (data: Buffer, fileName: string, rest: Partial<ImportDocxInput> = {}): ImportDocxInput => ({ fileName, dataBase64: data.toString('base64'), kind: 'report', ...rest });

async function pdfText(documentId: number): Promise<{ text: string; roles: Set<string>; links: string[]; bookmarks: string[] }> {
  const file = await call('documents/export', { id: documentId, format: 'pdf', outDir: dir });
  const pdf = await readPdf(fs.readFileSync(file.path ?? ''));
  const roles = new Set<string>();
  for (let index = 0; index < pdf.pageCount; index += 1) (await pdf.structure(index)).forEach((role) => roles.add(role));
  const result = { text: pdf.pages.map((page) => page.text).join(' '), roles, links: pdf.links.flatMap((link) => (link.url === null ? [] : [link.url])), bookmarks: pdf.bookmarks.map((mark) => mark.title) };
  await pdf.destroy();
  return result;
}

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  sc = services(ctx);
  const meeting = (await call('meetings/list', {})).find((candidate) => candidate.meetingDate === '2026-12-01');
  december = await call('meetings/get', { id: meeting?.id ?? 0 });
}, 60_000);

afterAll(() => {
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('importing an author’s Word report', () => {
  it('saves it as a draft report on the agenda item, and the pack prints it in house style with its own numbers, table, link and picture', async () => {
    const item = december.agendaItems.find((candidate) => candidate.kind === 'report' && !candidate.isExempt);
    const result = await importDocxService(sc, input(await authorReport(), 'Fostering annual report.docx', { agendaItemId: item?.id ?? 0 }));
    expect(result.document).toMatchObject({ title: REPORT_TITLE, kind: 'report', status: 'draft', committeeId: december.committeeId });
    expect(result.counts).toEqual({ headings: 5, numberedParagraphs: 6, lists: 2, tables: 1, images: 1 });
    expect(result.warnings).toEqual([expect.stringContaining('The report has 1 footnote.')]);
    const papers = (await call('meetings/get', { id: december.id })).agendaItems.find((candidate) => candidate.id === item?.id)?.papers ?? [];
    expect(papers.map((paper) => paper.documentId)).toContain(result.document.id);

    const pdf = await pdfText(result.document.id);
    for (const words of [
      '1.0 Introduction',
      '1.1 This report sets out the work of the fostering service in 2025/26.',
      '1.3 The full statistics are on the council website and this link goes nowhere.',
      '2.0 Background',
      '2.1 The service approved more households',
      '3.0 Performance',
      '3.1 Current position',
      '3.1.1 Forty-two households were approved.',
      '3.1.2 Eleven carers retired.',
      'Measure 2024/25 2025/26',
      'Households approved 35 42',
      'Quarter 4 figures are provisional.',
      '4.0 Conclusion',
    ]) {
      expect(pdf.text).toContain(words);
    }
    expect(pdf.text).not.toContain('1.0 1.0');
    expect(pdf.bookmarks).toEqual(expect.arrayContaining(['1.0 Introduction', '3.1 Current position']));
    expect(pdf.links).toContain(WEBSITE);
    expect(pdf.links.some((url) => url.startsWith('javascript'))).toBe(false);
    expect([...pdf.roles]).toEqual(expect.arrayContaining(['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TH', 'TD', 'Figure']));

    const built = await call('packs/build', { meetingId: december.id, edition: 'members', format: 'pdf', outDir: path.join(dir, 'pack') });
    const pack = await readPdf(fs.readFileSync(built.files[0]?.path ?? ''));
    const packText = pack.pages.map((page) => page.text).join(' ');
    expect(pack.bookmarks.map((mark) => mark.title)).toContain(REPORT_TITLE);
    for (const words of ['3.1.1 Forty-two households were approved.', 'Households approved 35 42']) expect(packText).toContain(words);
    await pack.destroy();
  }, 120_000);

  it('reads a report LibreOffice saved as Word: headings, typed paragraph numbers, lists, a table and a picture', async () => {
    const png = fs.readFileSync(path.join('resources', 'icon.png')).toString('base64');
    const html = path.join(dir, 'sufficiency.html');
    fs.writeFileSync(
      html,
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sufficiency</title></head><body>
<h1>Children in Care Sufficiency Report</h1>
<h2>1.0 Purpose of the report</h2>
<p>1.1 The report tells the committee how many places there are.</p>
<p>1.2 It asks the committee to <b>note</b> the <i>findings</i> and to see <a href="https://www.castlemere.gov.uk/care">the website</a>.</p>
<h2>2.0 Findings</h2>
<ul><li>Enough foster places<ul><li>Except for teenagers</li></ul></li><li>Too few residential places</li></ul>
<ol><li>Build a new home</li><li>Recruit more carers</li></ol>
<table border="1"><thead><tr><th>Area</th><th>Places</th></tr></thead><tbody><tr><td>North</td><td>12</td></tr><tr><td colspan="2">South figures to follow</td></tr></tbody></table>
<p><img src="data:image/png;base64,${png}" alt="Map of the districts" width="200"></p>
</body></html>`,
    );
    const docx = (await convert([html], dir, 'docx', { isHtml: true })).get('sufficiency.html');
    const preview = await previewDocxService(input(Buffer.from(docx ?? new Uint8Array()), 'sufficiency.docx'));
    expect(preview.title).toBe('Children in Care Sufficiency Report');
    expect(preview.counts).toEqual({ headings: 2, numberedParagraphs: 2, lists: 2, tables: 1, images: 1 });
    const shape = preview.body.content.map((node: RichTextNode) => `${node.type}${node.attrs?.['numbered'] === true ? ' numbered' : ''}${node.type === 'heading' ? ` ${String(node.attrs?.['level'])}` : ''}`);
    expect(shape).toEqual(['heading 1', 'paragraph numbered', 'paragraph numbered', 'heading 1', 'bulletList', 'orderedList', 'table', 'image']);

    const imported = await importDocxService(sc, input(Buffer.from(docx ?? new Uint8Array()), 'sufficiency.docx', { title: 'Sufficiency report' }));
    expect(imported.document.title).toBe('Sufficiency report');
    const pdf = await pdfText(imported.document.id);
    for (const words of ['1.0 Purpose of the report', '1.1 The report tells the committee', '2.0 Findings', 'Except for teenagers', 'South figures to follow']) expect(pdf.text).toContain(words);
  }, 120_000);

  it('reads back a report this app exported to Word, keeping its headings and numbered paragraphs', async () => {
    const report = (await call('documents/list', { kind: 'report' })).find((document) => document.title === DECEMBER_REPORT_TITLE);
    const original = await call('documents/get', { id: report?.id ?? 0 });
    const exported = await call('documents/export', { id: original.id, format: 'docx', outDir: path.join(dir, 'exported') });
    const preview = await previewDocxService(input(fs.readFileSync(exported.path ?? ''), 'exported.docx'));
    const headings = (nodes: readonly RichTextNode[]) => nodes.filter((node) => node.type === 'heading' && Number(node.attrs?.['level']) <= 2).map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''));
    const numbered = (nodes: readonly RichTextNode[]) => nodes.filter((node) => node.attrs?.['numbered'] === true).length;
    expect(headings(preview.body.content)).toEqual(expect.arrayContaining(headings(original.body.content)));
    expect(numbered(preview.body.content)).toBe(numbered(original.body.content));
    expect(numbered(original.body.content)).toBeGreaterThan(0);
  }, 60_000);

  it('imports a long report (60 sections, 2,400 numbered paragraphs, 60 tables) whole', async () => {
    const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, LevelFormat, AlignmentType } = await import('docx');
    const children = Array.from({ length: 60 }, (_, section) => [
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: `Section ${section + 1}` }),
      ...Array.from({ length: 40 }, (_, index) => new Paragraph({ numbering: { reference: 'report', level: 1 }, text: `Paragraph ${index + 1} of section ${section + 1} says what the service did and why it matters to children in care.` })),
      new Table({ rows: Array.from({ length: 10 }, (_, row) => new TableRow({ tableHeader: row === 0, children: [new TableCell({ children: [new Paragraph(`Row ${row}`)] }), new TableCell({ children: [new Paragraph(String(row * section))] })] })) }),
    ]).flat();
    const levels = ['%1.', '%1.%2'].map((text, level) => ({ level, format: LevelFormat.DECIMAL, text, alignment: AlignmentType.START }));
    const data = await Packer.toBuffer(new Document({ numbering: { config: [{ reference: 'report', levels }] }, sections: [{ children }] }));
    const result = await importDocxService(sc, input(data, 'Annual review 2026.docx'));
    expect(result.counts).toEqual({ headings: 60, numberedParagraphs: 2_400, lists: 0, tables: 60, images: 0 });
    expect(result.document.title).toBe('Annual review 2026');
  }, 60_000);

  it('writes nothing when the file is refused, or the agenda item can no longer take papers', async () => {
    const db = ctx.workspace.current().db;
    const meeting = await call('meetings/create', { committeeId: december.committeeId, meetingDate: '2027-01-12' });
    const item = await call('agendaItems/create', { meetingId: meeting.id, title: 'Fostering annual report' });
    await call('meetings/cancel', { id: meeting.id });
    const attempts: [ImportDocxInput, string][] = [
      [input(await authorReport(), 'report.docx', { agendaItemId: item.id }), 'was cancelled, so the papers of its agenda are part of the record'],
      [input(await authorReport(), 'report.docx', { committeeId: 999_999 }), 'committeeId: there is no committee with id 999999'],
      [input(Buffer.alloc(0), 'empty.docx'), 'is empty (0 bytes)'],
      [input(Buffer.from('PK\u0003\u0004 truncated'), 'cut-short.docx'), 'This Word file is damaged'],
      [input(Buffer.from('{\\rtf1 Report}'), 'report.rtf'), 'Rich Text (.rtf)'],
    ];
    for (const [attempt, message] of attempts) {
      const before = snapshotOf(db);
      const error = await importDocxService(sc, attempt).then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).message).toContain(message);
      expect(snapshotOf(db)).toBe(before);
    }
  }, 60_000);
});
