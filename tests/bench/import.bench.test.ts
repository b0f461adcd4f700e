// `npm run bench`: importing a 40-page inspection report PDF (read + parse),
// next to the same run's floor: pdfjs-dist extracting the text alone.
// The report is generated here (pdfkit), about an invented council.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, it } from 'vitest';
import { readInspectionImport } from '../../electron/core/services/inspection-import';
import { makeTempDir } from '../helpers/temp';
import { measure, report, type Figure } from './measure';

const root = path.resolve(import.meta.dirname, '../..');
const dir = makeTempDir('bench-import');
afterAll(() => { fs.rmSync(dir, { recursive: true, force: true }); });

const JUDGEMENTS = [
  ['The impact of leaders on social work practice with children and families', 'Requires improvement to be good'],
  ['The experiences and progress of children who need help and protection', 'Good'],
  ['The experiences and progress of children in care', 'Requires improvement to be good'],
  ['The experiences and progress of care leavers', 'Inadequate'],
  ['Overall effectiveness', 'Requires improvement to be good'],
] as const;

const WORDS = 'children families social workers managers leaders practice plans assessments visits partners council services quality oversight supervision care leavers placements support'.split(' ');
const sentence = (seed: number, length: number): string => {
  const text = Array.from({ length }, (_, index) => WORDS[(seed * 11 + index * 7) % WORDS.length] ?? 'care').join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/** A 40-page ILACS-style report: cover facts, the judgement table, what needs to improve, then findings. */
async function reportPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: { CreationDate: new Date('2025-06-01T00:00:00Z') } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.font('Helvetica-Bold').fontSize(18).text('Westmarsh County Council');
  doc.fontSize(14).text('Inspection of children’s social care services');
  doc.font('Helvetica').fontSize(11).text('Inspection dates: 12 May to 23 May 2025');
  doc.text('Lead inspector: Harriet Oduya, His Majesty’s Inspector');
  doc.moveDown().font('Helvetica-Bold').text('Judgement', 60, doc.y, { continued: false });
  for (const [area, grade] of JUDGEMENTS) {
    const y = doc.y;
    doc.font('Helvetica').text(area, 60, y, { width: 320 });
    const after = doc.y;
    doc.text(grade, 400, y, { width: 135 });
    doc.y = Math.max(after, doc.y);
  }
  doc.moveDown().font('Helvetica-Bold').text('What needs to improve in this local authority?', 60);
  for (let item = 0; item < 8; item += 1) doc.font('Helvetica').text(`•  ${sentence(item, 18)}`, 70);
  for (let page = doc.bufferedPageRange().count; page < 40; page += 1) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(12).text(`Findings, part ${page}`);
    for (let paragraph = 0; paragraph < 6; paragraph += 1) doc.font('Helvetica').fontSize(11).text(sentence(page * 10 + paragraph, 60), { paragraphGap: 6 });
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

it('measures importing a 40-page inspection report', async () => {
  const file = path.join(dir, 'westmarsh-inspection.pdf');
  fs.writeFileSync(file, await reportPdf());
  const figures: Figure[] = [];
  const floor = await measure('floor: pdfjs-dist extracting the text of 40 pages', { runs: 5 }, async () => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    for (let page = 1; page <= doc.numPages; page += 1) await (await doc.getPage(page)).getTextContent();
    await doc.destroy();
  });
  figures.push(floor);
  let found = '';
  figures.push(await measure('import a 40-page inspection report PDF (read + parse)', { runs: 5, targetMs: 1500, floorMs: floor.medianMs }, async () => {
    const result = await readInspectionImport({ path: file });
    found = `${result.pageCount} pages, ${result.parsed.judgements.length} judgements, ${result.parsed.recommendations.length} recommendations`;
  }));
  console.log(`\n${report(figures, { jsonFile: path.join(root, 'bench-results.json'), section: 'import', facts: { found } })}\n(${found})\n`);
});
