// What a file really is, from its first bytes (and, for Word, the names in its
// ZIP directory), never from its name: packs must only ever contain files
// that a PDF builder and a reader can open.
import { isUtf8 } from 'node:buffer';
import type { AttachmentMediaType } from '../../../shared/api/methods/attachments';
import { readZipDirectory } from '../zip-directory';

/** The kinds of content the app accepts. */
export type FileKind = 'pdf' | 'docx' | 'png' | 'jpeg' | 'text';

/** What the content turned out to be: an accepted kind, or a description of what it looks like. */
export type Sniffed = { kind: FileKind } | { kind: 'unsupported'; looksLike: string };

type KindInfo = { label: string; extensions: readonly string[] };

/** How each kind is named in messages, and the extensions it may have (the first is the one added). */
export const FILE_KINDS: Record<FileKind, KindInfo> = {
  pdf: { label: 'a PDF file', extensions: ['pdf'] },
  docx: { label: 'a Word document (.docx)', extensions: ['docx'] },
  png: { label: 'a PNG image', extensions: ['png'] },
  jpeg: { label: 'a JPEG image', extensions: ['jpg', 'jpeg'] },
  text: { label: 'a plain text file', extensions: ['txt', 'csv'] },
};

const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The kinds of file people try to attach that packs cannot include, so a name ending in one is a mislabel, not a mystery. */
const OTHER_KNOWN_EXTENSIONS = new Set([
  'doc', 'dot', 'docm', 'dotx', 'rtf', 'odt', 'xls', 'xlsx', 'xlsm', 'ods', 'ppt', 'pptx', 'odp', 'gif', 'bmp', 'tif', 'tiff', 'webp',
  'heic', 'svg', 'htm', 'html', 'xml', 'json', 'zip', 'rar', '7z', 'exe', 'dll', 'msi', 'bat', 'cmd', 'com', 'js', 'vbs', 'ps1', 'sh',
  'lnk', 'scr', 'eml', 'msg', 'mp3', 'mp4', 'wav', 'avi', 'mov',
]);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What a zip whose directory cannot be read looks like. */
export const DAMAGED_ZIP = 'a damaged ZIP or Office file';
/** What a modern Office file locked with a password looks like: an OLE container holding the encrypted zip. */
export const PROTECTED_OFFICE = 'a password-protected Office document';

const OTHER_SIGNATURES: [number[], string][] = [
  [OLE_SIGNATURE, 'an older Office file (.doc, .xls, .ppt) or a password-protected Office document'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x42, 0x4d], 'a BMP image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0x4d, 0x5a], 'a Windows program'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
  [[0x1f, 0x8b], 'a compressed (gzip) file'],
];

/** Recognises the content from its bytes. */
export function sniffContent(data: Buffer): Sniffed {
  if (startsWithText(data, '%PDF-')) return { kind: 'pdf' };
  if (startsWith(data, PNG_SIGNATURE)) return { kind: 'png' };
  if (startsWith(data, JPEG_SIGNATURE)) return { kind: 'jpeg' };
  if (startsWith(data, ZIP_SIGNATURE)) return sniffZip(data);
  if (startsWith(data, OLE_SIGNATURE) && data.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return { kind: 'unsupported', looksLike: PROTECTED_OFFICE };
  const other = OTHER_SIGNATURES.find(([signature]) => startsWith(data, signature));
  if (other) return { kind: 'unsupported', looksLike: other[1] };
  if (!data.includes(0) && isUtf8(data)) return { kind: 'text' };
  return { kind: 'unsupported', looksLike: 'a kind of file the app does not recognise' };
}

/** A label for messages: "a PNG image", or what an unsupported file looks like. */
export function describeSniffed(sniffed: Sniffed): string {
  return sniffed.kind === 'unsupported' ? sniffed.looksLike : FILE_KINDS[sniffed.kind].label;
}

function sniffZip(data: Buffer): Sniffed {
  const names = zipEntryNames(data);
  if (names === null) return { kind: 'unsupported', looksLike: DAMAGED_ZIP };
  const has = (name: string) => names.includes(name);
  if (has('word/document.xml')) {
    return has('word/vbaProject.bin') ? { kind: 'unsupported', looksLike: 'a Word document with macros (.docm)' } : { kind: 'docx' };
  }
  if (has('xl/workbook.xml')) return { kind: 'unsupported', looksLike: 'an Excel workbook' };
  if (has('ppt/presentation.xml')) return { kind: 'unsupported', looksLike: 'a PowerPoint presentation' };
  if (has('mimetype') && has('content.xml')) return { kind: 'unsupported', looksLike: 'an OpenDocument file' };
  return { kind: 'unsupported', looksLike: 'a ZIP archive' };
}

const MAX_ZIP_ENTRIES = 100_000;

/**
 * The names in a ZIP file's central directory, read in place (nothing is
 * unzipped); null when the directory cannot be found or is inconsistent.
 */
export function zipEntryNames(data: Buffer): string[] | null {
  return readZipDirectory(data, MAX_ZIP_ENTRIES)?.map((entry) => entry.name) ?? null;
}

/**
 * True when a PDF is encrypted: its trailer (or, from PDF 1.5, its
 * cross-reference stream dictionary, which is never itself encrypted) has an
 * /Encrypt entry, as a reference ("/Encrypt 12 0 R") or a dictionary. Other
 * text mentioning the word is inside strings or compressed streams.
 */
export function isEncryptedPdf(data: Buffer): boolean {
  const token = Buffer.from('/Encrypt', 'latin1');
  for (let hit = data.indexOf(token); hit !== -1; hit = data.indexOf(token, hit + token.length)) {
    const after = data.toString('latin1', hit + token.length, hit + token.length + 40);
    if (/^\s*(\d+\s+\d+\s+R|<<)/.test(after)) return true;
  }
  return false;
}

/** The accepted kind an extension claims ('txt' and 'csv' both claim text), if any. */
export function kindOfExtension(extension: string): FileKind | null {
  const lower = extension.toLowerCase();
  for (const [kind, info] of Object.entries(FILE_KINDS) as [FileKind, KindInfo][]) {
    if (info.extensions.includes(lower)) return kind;
  }
  return null;
}

/** True when the extension belongs to some other well-known kind of file (.doc, .xlsx, .exe…). */
export function isOtherKnownExtension(extension: string): boolean {
  return OTHER_KNOWN_EXTENSIONS.has(extension.toLowerCase());
}

/** The media type stored for content of a kind; text is CSV when the name ends in .csv. */
export function mediaTypeOf(kind: FileKind, extension: string): AttachmentMediaType {
  switch (kind) {
    case 'pdf':
      return 'application/pdf';
    case 'docx':
      return DOCX_MEDIA_TYPE;
    case 'png':
      return 'image/png';
    case 'jpeg':
      return 'image/jpeg';
    case 'text':
      return extension.toLowerCase() === 'csv' ? 'text/csv' : 'text/plain';
  }
}

/** The kind of content a stored media type stands for. */
export function kindOfMediaType(mediaType: AttachmentMediaType): FileKind {
  switch (mediaType) {
    case 'application/pdf':
      return 'pdf';
    case DOCX_MEDIA_TYPE:
      return 'docx';
    case 'image/png':
      return 'png';
    case 'image/jpeg':
      return 'jpeg';
    case 'text/plain':
    case 'text/csv':
      return 'text';
  }
}

/** Other names programs give the same media types (Windows calls every .csv an Excel file). */
const MEDIA_TYPE_ALIASES: Record<string, string> = {
  'application/x-pdf': 'application/pdf',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/vnd.ms-excel': 'text/csv',
  'application/csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
};

/**
 * True when a media type someone gave agrees with the content's kind. An
 * empty or generic type ("application/octet-stream") says nothing, so agrees.
 */
export function isMediaTypeConsistent(given: string, kind: FileKind): boolean {
  const bare = given.split(';')[0]?.trim().toLowerCase() ?? '';
  if (bare === '' || bare === 'application/octet-stream') return true;
  const canonical = MEDIA_TYPE_ALIASES[bare] ?? bare;
  if (kind === 'text') return canonical === 'text/plain' || canonical === 'text/csv';
  return canonical === mediaTypeOf(kind, '');
}

function startsWith(data: Buffer, signature: readonly number[]): boolean {
  return data.length >= signature.length && signature.every((byte, index) => data[index] === byte);
}

function startsWithText(data: Buffer, text: string): boolean {
  return startsWith(data, [...Buffer.from(text, 'latin1')]);
}
