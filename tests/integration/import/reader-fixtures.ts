// Files for the readers' tests, made the way officers' files are made: the
// seeds converted by LibreOffice (as text, and as a styled HTML page so the
// Word and PDF versions carry real headings, tables and numbered lists), and
// small PDFs and Word files about invented councils for the edge cases.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import { logoPng } from '../../../electron/core/demo/files';
import type { SourceText } from '../../../electron/core/import/source-text';
import { SEEDS } from '../../helpers/seeds';
import { makeZip, type ZipInput } from '../../helpers/files';

export { makeZip };

const run = promisify(execFile);

export { SEEDS };

/**
 * Converts files with LibreOffice in one run (its own profile folder, so
 * parallel test files do not collide); returns the converted files' bytes by
 * input name.
 */
export async function convert(files: readonly string[], dir: string, target: 'pdf' | 'docx', options: { isHtml?: boolean } = {}): Promise<Map<string, Uint8Array>> {
  const filter = target === 'pdf' ? 'pdf' : 'docx:MS Word 2007 XML';
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  const input = options.isHtml === true ? ['--infilter=HTML (StarWriter)'] : [];
  try {
    await run('libreoffice', [profile, '--headless', ...input, '--convert-to', filter, '--outdir', dir, ...files], { timeout: 120_000 });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new Error('These tests convert files with LibreOffice, which is not installed: run `sudo apt-get install libreoffice-writer-nogui`.', { cause: error });
    }
    throw error;
  }
  return new Map(files.map((file) => [path.basename(file), new Uint8Array(readFileSync(path.join(dir, `${path.parse(file).name}.${target}`)))]));
}

/** The twelve numbered recommendations of the SIF seed, as written there. */
export function seedRecommendations(seedText: string): string[] {
  const lines = seedText.split('\n');
  const start = lines.indexOf('Recommendations');
  const found: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = /^(\d+)\. (.*)$/.exec(line);
    if (match === null) {
      if (found.length > 0 && line.trim() !== '') break;
      continue;
    }
    found.push(match[2] ?? '');
  }
  return found;
}

/** Text with all white space taken out: line wrapping differs by format, the characters must not. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Everything a reader read that is not furniture, markers included, squashed. */
export function squashedBody(source: SourceText): string {
  return squash(source.lines.filter((line) => line.isFurniture !== true).map((line) => `${line.listMarker ?? ''}${line.text}`).join(''));
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The seed as a styled web page: isolated short lines become headings, tab
 * rows a table, "1." runs an ordered list (so Word numbers them itself), "-"
 * lines a bulleted list, and the seed's own <p> lines stay HTML.
 */
export function seedToHtml(seedText: string): string {
  const lines = seedText.split('\n');
  const out: string[] = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Seed</title></head><body>'];
  let open: 'table' | 'ol' | 'ul' | null = null;
  const close = (): void => {
    if (open !== null) out.push(`</${open}>`);
    open = null;
  };
  lines.forEach((line, index) => {
    const text = line.trim();
    const numbered = /^(\d+)\. (.*)$/.exec(text);
    if (text === '') close();
    else if (line.includes('\t')) {
      if (open !== 'table') {
        close();
        out.push('<table width="100%" border="1">');
        open = 'table';
      }
      out.push(`<tr>${line.split('\t').map((cell) => `<td>${escapeHtml(cell.trim())}</td>`).join('')}</tr>`);
    } else if (numbered !== null) {
      if (open !== 'ol') {
        close();
        out.push(`<ol start="${numbered[1] ?? '1'}">`);
        open = 'ol';
      }
      out.push(`<li>${escapeHtml(numbered[2] ?? '')}</li>`);
    } else if (/^- /.test(text)) {
      if (open !== 'ul') {
        close();
        out.push('<ul>');
        open = 'ul';
      }
      out.push(`<li>${escapeHtml(text.slice(2))}</li>`);
    } else {
      close();
      const isIsolated = (lines[index - 1] ?? '').trim() === '' && (lines[index + 1] ?? '').trim() === '';
      if (text.startsWith('<p>')) out.push(text);
      else if (isIsolated && text.length <= 80 && !/[.:;,]$/.test(text) && !text.includes(':')) out.push(`<h2>${escapeHtml(text)}</h2>`);
      else out.push(`<p>${escapeHtml(text)}</p>`);
    }
  });
  close();
  out.push('</body></html>');
  return out.join('\n');
}

/** Writes the seed files (and their HTML versions) into `dir`; returns their paths. */
export function copySeeds(dir: string, names: readonly string[]): { text: string[]; html: string[] } {
  const text: string[] = [];
  const html: string[] = [];
  for (const name of names) {
    const content = readFileSync(path.join(SEEDS, name), 'utf8');
    const base = path.parse(name).name;
    writeFileSync(path.join(dir, `${base}.txt`), content);
    writeFileSync(path.join(dir, `${base}-styled.html`), seedToHtml(content));
    text.push(path.join(dir, `${base}.txt`));
    html.push(path.join(dir, `${base}-styled.html`));
  }
  return { text, html };
}

async function pdfkitBytes(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({ info: { CreationDate: new Date('2026-01-05T00:00:00Z') }, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  draw(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

const FINDINGS = [
  'Leaders in Eastbrook have a clear picture of where practice is strong.',
  'Most children are seen promptly by a social worker who knows them well.',
  'Plans for care leavers describe their hopes as well as their needs.',
  'Managers check the quality of supervision every month and act on it.',
  'Partners share information quickly when a child goes missing.',
  'Foster carers say they feel listened to and well trained.',
  'Some assessments do not say what the family thinks should change.',
  'The service for disabled children has grown and waiting times fell.',
];

/** A six-page report of an invented council with a running head, page numbers ("Page 1 of 6" or bare) and varied body text. */
export function pdfWithFurniture(): Promise<Uint8Array> {
  return pdfkitBytes({ autoFirstPage: false }, (doc) => {
    for (let page = 1; page <= 6; page += 1) {
      doc.addPage({ size: 'A4', margin: 0 });
      doc.font('Helvetica').fontSize(9).text('Eastbrook Borough Council: inspection of children’s services', 72, 30, { lineBreak: false });
      doc.font('Helvetica-Bold').fontSize(16).text(`Finding ${page}`, 72, 70, { lineBreak: false });
      for (let line = 0; line < 24; line += 1) {
        doc.font('Helvetica').fontSize(11).text(FINDINGS[(page * 3 + line) % FINDINGS.length] ?? '', 72, 110 + line * 26, { lineBreak: false });
      }
      doc.font('Helvetica').fontSize(9).text(page % 2 === 1 ? `Page ${page} of 6` : String(page), 280, 800, { lineBreak: false });
    }
  });
}

/** A judgement table whose cells wrap, top-aligned, without borders, then a list: rows must come back whole. */
export function pdfWithWrappedTable(): Promise<Uint8Array> {
  const rows = [
    ['The impact of leaders on social work practice with children and families in Eastbrook', 'Requires improvement to be good'],
    ['The experiences and progress of children who need help and protection', 'Good'],
    ['2.1 Adoption performance', 'Outstanding'],
    ['Overall effectiveness', 'Requires improvement to be good'],
  ];
  return pdfkitBytes({ size: 'A4', margin: 60 }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(11).text('Judgement', 60, 80, { lineBreak: false });
    doc.text('Grade', 400, 80, { lineBreak: false });
    doc.y = 96;
    for (const [area, grade] of rows) {
      const y = doc.y;
      doc.font('Helvetica').text(area ?? '', 60, y, { width: 300 });
      const after = doc.y;
      doc.text(grade ?? '', 400, y, { width: 110 });
      doc.y = Math.max(after, doc.y);
    }
    doc.moveDown().text('•  leaders should check the quality of plans every month.', 70);
  });
}

/** A one-page PDF that opens only with a password. */
export function encryptedPdf(): Promise<Uint8Array> {
  return pdfkitBytes({ userPassword: 'eastbrook', ownerPassword: 'owner', pdfVersion: '1.7' }, (doc) => {
    doc.font('Helvetica').fontSize(11).text('Eastbrook Borough Council: a protected report.');
  });
}

/** A three-page "scan": each page a picture and no text at all. */
export function scannedPdf(pages = 3): Promise<Uint8Array> {
  return pdfkitBytes({ autoFirstPage: false }, (doc) => {
    for (let page = 0; page < pages; page += 1) {
      doc.addPage({ size: 'A4' });
      doc.image(logoPng(), 72, 72, { width: 400 });
    }
  });
}

/** A picture file, for "that is not a report". */
export function picture(): Uint8Array {
  return new Uint8Array(logoPng());
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

/** A minimal Word file around a body of WordprocessingML, with optional styles and numbering parts. */
export function wordFile(body: string, parts: { styles?: string; numbering?: string } = {}): Uint8Array {
  const inputs: ZipInput[] = [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
  ];
  if (parts.styles !== undefined) inputs.push({ name: 'word/styles.xml', content: `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${parts.styles}</w:styles>` });
  if (parts.numbering !== undefined) inputs.push({ name: 'word/numbering.xml', content: `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${parts.numbering}</w:numbering>` });
  return makeZip(inputs);
}
