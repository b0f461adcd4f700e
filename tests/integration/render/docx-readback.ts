// Reading a rendered .docx back as a person's tools would: its XML parts
// through jszip, and its pages through a LibreOffice conversion to PDF read
// with pdfjs-dist.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { readPdf as readPdfPages, type FlatBookmark } from '../../helpers/pdf';

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

/** Reads a PDF's text and bookmarks (through the shared reader in tests/helpers/pdf.ts). */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  const pdf = await readPdfPages(bytes);
  try {
    const pages = pdf.pages.map((page) => page.items.map((item) => item.str.trim()).filter((text) => text !== ''));
    return { pages, outline: nested(pdf.bookmarks) };
  } finally {
    await pdf.destroy();
  }
}

/** The flat bookmark list (each with its depth) as the tree it came from. */
function nested(bookmarks: readonly FlatBookmark[]): PdfOutlineEntry[] {
  const root: PdfOutlineEntry[] = [];
  const open: { depth: number; items: PdfOutlineEntry[] }[] = [{ depth: -1, items: root }];
  for (const bookmark of bookmarks) {
    while ((open.at(-1)?.depth ?? -1) >= bookmark.depth) open.pop();
    const entry: PdfOutlineEntry = { title: bookmark.title, items: [] };
    (open.at(-1)?.items ?? root).push(entry);
    open.push({ depth: bookmark.depth, items: entry.items });
  }
  return root;
}

/** The 1-based number of the first page whose text includes `text`, or 0. */
export function pageOf(pages: readonly string[][], text: string): number {
  return pages.findIndex((items) => items.join(' ').includes(text)) + 1;
}
