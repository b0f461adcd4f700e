// `npm run bench`: the pack figures of issues 4 and 8 — a 300-page members'
// pack (generated reports plus a 40-page attached PDF) as PDF and as Word,
// a rebuild after one paragraph changes, next to the same run's floor
// (pdfkit writing 300 pages of plain text). Figures, never assertions.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, it } from 'vitest';
import type { RichText, RichTextNode } from '../../shared/api/schema';
import { forgetRenderedPapers } from '../../electron/core/services/pack-build';
import { openTestWorkspace, type TestWorkspace } from '../helpers/workspace';
import { makeTempDir } from '../helpers/temp';
import { measure, report, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const out = makeTempDir('bench-pack');
afterAll(() => { fs.rmSync(out, { recursive: true, force: true }); });

const WORDS = 'the council subgroup children services improvement plan progress review inspection members officers report action quality practice social care placement support families partners governance performance measure outcome'.split(' ');

/** Deterministic prose: word n of paragraph p is always the same. */
function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, index) => WORDS[(seed * 7 + index * 13 + Math.floor(index / 3)) % WORDS.length] ?? 'plan');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function reportBody(reportIndex: number, sections: number): RichText {
  const content: RichTextNode[] = [];
  for (let section = 0; section < sections; section += 1) {
    content.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Section ${section + 1} of report ${reportIndex + 1}` }] });
    for (let paragraph = 0; paragraph < 8; paragraph += 1) {
      const seed = reportIndex * 1000 + section * 10 + paragraph;
      content.push({ type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text: `${sentence(seed, 40)} ${sentence(seed + 1, 35)} ${sentence(seed + 2, 30)}` }] });
    }
    content.push({ type: 'bulletList', content: [0, 1, 2].map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(section + item, 12) }] }] })) });
  }
  return { type: 'doc', content };
}

/** A 40-page appendix, as an attached PDF from elsewhere would be. */
async function appendixPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2024-01-01T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  for (let page = 0; page < 40; page += 1) {
    if (page > 0) doc.addPage();
    doc.fontSize(14).text(`Performance appendix, page ${page + 1}`);
    for (let line = 0; line < 12; line += 1) doc.fontSize(10).text(sentence(page * 20 + line, 30));
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** The floor: pdfkit alone writing 300 pages of plain text in a standard font. */
async function plainPdfkit300(): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: new Date('2024-01-01T00:00:00Z') } });
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.on('data', () => undefined);
  for (let page = 0; page < 300; page += 1) {
    if (page > 0) doc.addPage();
    for (let line = 0; line < 8; line += 1) doc.fontSize(11).text(`${sentence(page + line, 40)} ${sentence(page + line + 1, 35)}`);
  }
  doc.end();
  await done;
}

async function buildBenchMeeting(ws: TestWorkspace): Promise<{ meetingId: number; firstReportId: number }> {
  await ws.call('settings/update', { name: 'Northbridge Borough Council', address: 'Town Hall, Northbridge NB1 1AA', authorName: 'Scrutiny Officer' });
  const committee = await ws.call('committees/create', { name: 'Children’s Scrutiny Committee', minutePrefix: 'CSC' });
  const meeting = await ws.call('meetings/create', { committeeId: committee.id, meetingDate: '2025-03-04', startTime: '10:00', venue: 'Council Chamber' });
  let firstReportId = 0;
  for (let index = 0; index < 6; index += 1) {
    const document = await ws.call('documents/create', {
      kind: 'report',
      title: `Report ${index + 1}: service review`,
      status: index === 0 ? 'draft' : 'final',
      committeeId: committee.id,
      coverSheet: { reportTo: 'Children’s Scrutiny Committee', meetingDate: '2025-03-04', subject: `Service review ${index + 1}`, reportOf: 'Strategic Director', reportType: 'for_information', summary: sentence(index, 30), recommendations: [sentence(index + 1, 20)], wardsAffected: 'All' },
      body: reportBody(index, 18),
    });
    if (index === 0) firstReportId = document.id;
    const item = await ws.call('agendaItems/create', { meetingId: meeting.id, title: `Service review ${index + 1}`, kind: 'report', reportOf: 'Strategic Director', summary: sentence(index + 5, 20) });
    await ws.call('papers/add', { agendaItemId: item.id, documentId: document.id });
    if (index === 5) {
      const appendix = await ws.call('attachments/add', { fileName: 'performance-appendix.pdf', dataBase64: (await appendixPdf()).toString('base64') });
      await ws.call('papers/add', { agendaItemId: item.id, attachmentId: appendix.id });
    }
  }
  return { meetingId: meeting.id, firstReportId };
}

it('measures building a 300-page pack', async () => {
  const ws = await openTestWorkspace('bench-pack');
  try {
    const { meetingId, firstReportId } = await buildBenchMeeting(ws);
    const figures: Figure[] = [];
    const floor = await measure('floor: pdfkit writing 300 pages of plain text (Helvetica, untagged)', { runs: 3 }, plainPdfkit300);
    figures.push(floor);

    let pages = 0;
    figures.push(await measure('build the members’ pack as PDF, cold (tagged, embedded fonts, bookmarks, links)', { runs: 3, targetMs: 3000, floorMs: floor.medianMs, note: 'every paper rendered afresh' }, async () => {
      forgetRenderedPapers();
      const result = await ws.call('packs/build', { meetingId, edition: 'members', format: 'pdf', outDir: out });
      pages = result.files[0]?.pageCount ?? 0;
    }));
    figures.push(await measure('build the same pack as Word (DOCX)', { runs: 3, targetMs: 1500 }, async () => {
      await ws.call('packs/build', { meetingId, edition: 'members', format: 'docx', outDir: out });
    }));
    let edit = 0;
    figures.push(await measure('rebuild the PDF after editing one paragraph of one report', { runs: 3, targetMs: 1000, floorMs: floor.medianMs, note: 'unchanged papers reused from the last build; output identical to a cold build' }, async () => {
      edit += 1;
      const document = await ws.call('documents/get', { id: firstReportId });
      const body = structuredClone(document.body);
      const paragraph = body.content[1];
      if (paragraph?.content?.[0]) paragraph.content[0].text = `${sentence(edit, 40)} (edit ${edit})`;
      await ws.call('documents/update', { id: firstReportId, body });
      await ws.call('packs/build', { meetingId, edition: 'members', format: 'pdf', outDir: out });
    }));
    console.log(`\n${report(figures, { jsonFile: path.join(root, 'bench-results.json'), section: 'packs', facts: { packPages: pages } })}\n(pack: ${pages} pages)\n`);
  } finally {
    ws.close();
  }
});
