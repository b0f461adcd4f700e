// Reading a rendered .docx back as a person's tools would: its XML parts
// through jszip, and its pages through a LibreOffice conversion to PDF read
// with pdfjs-dist.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const run = promisify(execFile);

/** The text parts of a .docx, by path inside the package. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.file(name);
    if (entry !== null && /\.(xml|rels)$/.test(name)) parts.set(name, await entry.async('string'));
  }
  return parts;
}

/**
 * Converts a .docx to PDF with LibreOffice, as users do by hand. Blank pages
 * that odd-page section breaks add are kept, so PDF page n is page n; the
 * profile folder is the test's own, so parallel conversions do not collide.
 */
export async function convertToPdf(bytes: Uint8Array, dir: string, name = 'pack'): Promise<Uint8Array> {
  const docx = path.join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const filter = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  try {
    await run('libreoffice', [profile, '--headless', '--convert-to', filter, '--outdir', dir, docx], { timeout: 50_000 });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') {
      throw new Error('These tests convert Word files with LibreOffice, which is not installed: run `sudo apt-get install libreoffice-writer-nogui` (see the README).', { cause: error });
    }
    throw error;
  }
  return new Uint8Array(readFileSync(path.join(dir, `${name}.pdf`)));
}

export type PdfOutlineEntry = { title: string; items: PdfOutlineEntry[] };
/** Each page's text items (non-blank strings in reading order), and the outline. */
export type PdfReadback = { pages: string[][]; outline: PdfOutlineEntry[] };

/** Reads a PDF's text and bookmarks. */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item.str.trim()] : [])));
    }
    const outline = ((await document.getOutline()) as PdfOutlineEntry[] | null) ?? [];
    return { pages, outline };
  } finally {
    await document.destroy();
  }
}

/** The 1-based number of the first page whose text includes `text`, or 0. */
export function pageOf(pages: readonly string[][], text: string): number {
  return pages.findIndex((items) => items.join(' ').includes(text)) + 1;
}
