// Files the demo attaches, made at run time so the product ships no sample
// binaries: the Improvement Board's performance summary as a PDF appendix,
// and a simple crest as the authority's logo.
import { crc32, deflateSync } from 'node:zlib';
import { ENTRIES } from './content/action-plan';
import { RECOMMENDATIONS } from './content/inspection';

export const APPENDIX_FILE_NAME = 'Appendix 2 - Improvement Board performance summary, October 2026.pdf';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/** A short, real PDF: a title page paragraph and a table of every measure, on A4, byte-identical on every run. */
export async function appendixPdf(): Promise<Buffer> {
  // pdfkit loads only when a demo is made, not with the app.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: 'Improvement Board performance summary, October 2026',
      Author: 'Castlemere City Council',
      CreationDate: new Date(Date.UTC(2026, 10, 2, 9, 0, 0)),
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => { resolve(Buffer.concat(chunks)); });
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(16).text('Appendix 2');
  pdf.moveDown(0.3).fontSize(14).text('Improvement Board performance summary, October 2026');
  pdf.moveDown().font('Helvetica').fontSize(11).text(
    'The measures below are those agreed in the Children’s Services Improvement Plan 2025–2027. Figures are for October 2026 unless stated. Targets are for March 2027.',
    { width: A4.width - 2 * MARGIN },
  );
  pdf.moveDown();

  const columns = [{ title: 'Point', width: 40 }, { title: 'Measure', width: 260 }, { title: 'Target', width: 80 }, { title: 'Now', width: 80 }];
  const row = (cells: string[], isHeader: boolean) => {
    const y = pdf.y;
    let x = MARGIN;
    pdf.font(isHeader ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    const heights = cells.map((cell, index) => pdf.heightOfString(cell, { width: (columns[index]?.width ?? 60) - 6 }));
    const height = Math.max(...heights) + 6;
    if (y + height > A4.height - MARGIN) {
      pdf.addPage();
      row(cells, isHeader);
      return;
    }
    cells.forEach((cell, index) => {
      const width = columns[index]?.width ?? 60;
      pdf.text(cell, x + 3, y + 3, { width: width - 6 });
      x += width;
    });
    pdf.moveTo(MARGIN, y + height).lineTo(x, y + height).lineWidth(0.5).stroke('#777777');
    pdf.x = MARGIN;
    pdf.y = y + height;
  };
  row(columns.map((column) => column.title), true);
  ENTRIES.forEach((entry, index) => {
    for (const measure of entry.measures) row([String(index + 1), measure.description, measure.target, measure.currentValue], false);
  });

  pdf.addPage();
  pdf.font('Helvetica-Bold').fontSize(14).text('Points for improvement');
  pdf.moveDown(0.5).font('Helvetica').fontSize(11);
  RECOMMENDATIONS.forEach((text, index) => pdf.text(`${index + 1}. ${text}`, { width: A4.width - 2 * MARGIN, paragraphGap: 6 }));
  pdf.end();
  return done;
}

/** A 96 × 96 crest in the accent colour: a shield with a band, as a PNG. */
export function logoPng(): Buffer {
  const size = 96;
  const [r, g, b] = [0x1d, 0x4f, 0x6e];
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const line = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const inShield = isInShield(x, y, size);
      const inBand = inShield && y > 40 && y < 54;
      const offset = 1 + x * 4;
      if (inBand) line.set([0xf2, 0xc1, 0x4e, 0xff], offset);
      else if (inShield) line.set([r, g, b, 0xff], offset);
      else line.set([0xff, 0xff, 0xff, 0x00], offset);
    }
    rows.push(line);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function isInShield(x: number, y: number, size: number): boolean {
  const margin = 12;
  if (x < margin || x >= size - margin || y < margin || y >= size - 6) return false;
  if (y < size * 0.55) return true;
  // The lower half narrows to a point.
  const progress = (y - size * 0.55) / (size - 6 - size * 0.55);
  const half = ((size - 2 * margin) / 2) * (1 - progress);
  return Math.abs(x - size / 2) <= half;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
