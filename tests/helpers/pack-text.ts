// Every piece of text a reader, a search engine or a curious recipient could
// get out of a PDF or Word file: not only what the pages show, but bookmarks,
// link targets, metadata, embedded file names and any string hidden in the
// file's objects (alt text, structure titles, names trees). Leak tests search
// all of it, each piece labelled with where it came from.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import { docxParts } from '../integration/render/docx-readback';
import { readPdf } from './pdf';
import { makeTempDir } from './temp';

const run = promisify(execFile);

/** One place in a file and the text found there. */
export type TextSource = { where: string; text: string };

/** Where a string was found. */
export type Leak = { needle: string; where: string };

/** Whitespace as one space, so a phrase wrapped across lines or runs is still found. */
export const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * All text of a PDF: each page's text (pdf.js, and poppler's pdftotext as a
 * second reader), the bookmarks, link targets, the Info dictionary and XMP,
 * and every string, name and metadata or embedded-file stream in its objects.
 */
export async function pdfText(bytes: Uint8Array): Promise<TextSource[]> {
  const pdf = await readPdf(bytes);
  const sources: TextSource[] = [];
  try {
    pdf.pages.forEach((page, index) => sources.push({ where: `page ${index + 1}`, text: page.text }));
    sources.push({ where: 'bookmarks', text: pdf.bookmarks.map((bookmark) => bookmark.title).join('\n') });
    sources.push({ where: 'links', text: pdf.links.map((link) => [link.url, link.dest].filter((part) => part !== null).join(' ')).join('\n') });
    sources.push({ where: 'Info dictionary', text: JSON.stringify(pdf.info) });
    sources.push({ where: 'XMP metadata', text: pdf.metadata });
  } finally {
    await pdf.destroy();
  }
  sources.push({ where: 'PDF objects', text: (await objectStrings(bytes)).join('\n') });
  sources.push({ where: 'pdftotext', text: await popplerText(bytes) });
  return sources.map((source) => ({ ...source, text: normalised(source.text) }));
}

/** Every string and name in every object, and the text of metadata and embedded-file streams. */
async function objectStrings(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const found: string[] = [];
  const seen = new Set<PDFObject>();
  const visit = (object: PDFObject | undefined): void => {
    if (object === undefined || seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFString || object instanceof PDFHexString) found.push(object.decodeText());
    else if (object instanceof PDFName) found.push(object.decodeText());
    else if (object instanceof PDFArray) object.asArray().forEach(visit);
    else if (object instanceof PDFDict) {
      for (const [key, value] of object.entries()) {
        visit(key);
        visit(value);
      }
    }
    else if (object instanceof PDFRawStream) {
      visit(object.dict);
      // Content streams and fonts are read by pdf.js above; these hold plain text or whole files.
      const type = object.dict.get(PDFName.of('Type'));
      if (type === PDFName.of('Metadata') || type === PDFName.of('EmbeddedFile')) found.push(Buffer.from(decodePDFRawStream(object).decode()).toString('utf8'));
    }
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
  visit(doc.context.trailerInfo.Info);
  return found;
}

/** The bytes of every metadata stream (the XMP packets) in a PDF, decoded. */
export async function pdfMetadataStreams(bytes: Uint8Array): Promise<Uint8Array[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  return doc.context
    .enumerateIndirectObjects()
    .flatMap(([, object]) => (object instanceof PDFRawStream && object.dict.get(PDFName.of('Type')) === PDFName.of('Metadata') ? [decodePDFRawStream(object).decode()] : []));
}

/** The page text as poppler reads it (a different engine from pdf.js, so a quirk of one is caught by the other). */
async function popplerText(bytes: Uint8Array): Promise<string> {
  const dir = makeTempDir('pdftotext');
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, bytes);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * All text of a Word file: the name of every part in the package, and for
 * each XML part both its text (tags removed, so words split across runs join
 * up) and its attribute values (alt text, bookmark names, hyperlink targets).
 */
export async function docxText(bytes: Uint8Array): Promise<TextSource[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sources: TextSource[] = [{ where: 'package part names', text: Object.keys(zip.files).join('\n') }];
  for (const [name, xml] of await docxParts(bytes)) {
    // Paragraph, cell, tab and line ends separate words; runs within a paragraph join up.
    const text = xml.replace(/<\/w:p>|<\/w:tc>|<w:(?:br|tab|cr)\b[^>]*\/>/g, '\n').replace(/<[^>]*>/g, '');
    sources.push({ where: `${name} text`, text: decodeEntities(text) });
    const attributes = [...xml.matchAll(/\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((match) => decodeEntities(match[1] ?? match[2] ?? ''));
    sources.push({ where: `${name} attributes`, text: attributes.join('\n') });
  }
  return sources.map((source) => ({ ...source, text: normalised(source.text) }));
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML's five named entities and numeric character references as the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each needle found in the sources, with where; needles are compared with
 * their whitespace normalised. `words` are whole words, in any case: "recommend"
 * is not found in "recommendations".
 */
export function findAll(sources: readonly TextSource[], needles: readonly string[], words: readonly string[] = []): Leak[] {
  const phrases = needles.map((needle) => ({ needle, isIn: (text: string) => text.includes(normalised(needle)) }));
  const wholeWords = words.map((word) => {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'iu');
    return { needle: word, isIn: (text: string) => pattern.test(text) };
  });
  return [...phrases, ...wholeWords].flatMap(({ needle, isIn }) => sources.filter((source) => isIn(source.text)).map((source) => ({ needle, where: source.where })));
}

/** The needles not found anywhere in the sources. */
export function missing(sources: readonly TextSource[], needles: readonly string[]): string[] {
  return needles.filter((needle) => !sources.some((source) => source.text.includes(normalised(needle))));
}
