// A file whose first bytes say "PDF" or "PNG" may still be cut short (a
// download that stopped halfway), damaged, or built to explode when opened (a
// zip bomb, a picture claiming a billion pixels). Packs open every PDF and
// picture they include, so such a file would only fail later, in the middle
// of building a pack; it is refused here instead, while the officer still has
// the file in hand. Every check reads the bytes in place or inflates one part
// at a time with a hard ceiling, so a hostile file costs little time and memory.
import { inflateRawSync } from 'node:zlib';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/api/methods/attachments';
import { formatFileSize, groupDigits } from '../../../shared/format/sizes';
import { CoreError } from '../errors';
import { MAX_ZIP_DECLARED_BYTES, MAX_ZIP_ENTRIES } from '../import/readers/limits';
import { packedBytesOf } from '../import/readers/zip';
import { declaredZipEntryCount, readZipDirectory, type ZipEntry } from '../zip-directory';
import type { FileKind } from './file-types';

/** Most pixels a picture may have: a 10,000 × 10,000 image, far beyond any page, well within memory. */
export const MAX_PICTURE_PIXELS = 100_000_000;

const ZIP64_MARK = 0xffffffff;
/** Acrobat's rule: a PDF's end-of-file marker lies within its last kilobyte. */
const PDF_TAIL_BYTES = 1024;
const TRAILING_PADDING = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

const SAVE_AGAIN = 'it was probably cut short while downloading or copying. Download or save it again, check that it opens, then attach the new copy.';

/** Refuses content of an accepted kind that is cut short, damaged or made to exhaust whoever opens it. */
export function checkIntegrity(fileName: string, kind: FileKind, data: Buffer): void {
  switch (kind) {
    case 'pdf':
      if (!hasPdfEnd(data)) throw new CoreError('invalid_input', `${fileName} is incomplete or damaged: it does not end the way every PDF does, so ${SAVE_AGAIN}`);
      return;
    case 'png':
      checkPng(fileName, data);
      return;
    case 'docx':
      checkWordZip(fileName, data);
      return;
    case 'jpeg':
    case 'text':
      // A cut-short JPEG still shows (greyed at the foot); text has no end to check.
      return;
  }
}

/** True when "%%EOF" lies within the last kilobyte, ignoring the blank padding some mail systems add. */
function hasPdfEnd(data: Buffer): boolean {
  let end = data.length;
  while (end > 0 && TRAILING_PADDING.has(data[end - 1] ?? 0)) end -= 1;
  return data.subarray(Math.max(0, end - PDF_TAIL_BYTES), end).includes('%%EOF', 0, 'latin1');
}

function checkPng(fileName: string, data: Buffer): void {
  // Signature (8 bytes), then the IHDR chunk: length, "IHDR", width, height.
  const hasHeader = data.length >= 33 && data.toString('latin1', 12, 16) === 'IHDR';
  if (!hasHeader || data.lastIndexOf('IEND', data.length, 'latin1') < 33) {
    throw new CoreError('invalid_input', `${fileName} is incomplete or damaged: the picture stops before its end, so ${SAVE_AGAIN}`);
  }
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  if (width * height > MAX_PICTURE_PIXELS) {
    throw new CoreError(
      'invalid_input',
      `${fileName} says it is ${groupDigits(width)} × ${groupDigits(height)} pixels, far more than a page can show (the limit is ${groupDigits(MAX_PICTURE_PIXELS / 1_000_000)} million pixels). Resize it (for example to 3,000 pixels wide), save it and attach that copy.`,
    );
  }
}

/**
 * A Word file must unpack to what its directory declares, and that must be
 * something a document could hold: no more entries than the Word import
 * reads, no part larger than the largest attachment, no more than 1 GB in all.
 * Each part is inflated to a ceiling of its own declared size, so a part that
 * lies about its size is caught at the first byte over it.
 */
function checkWordZip(fileName: string, data: Buffer): void {
  const damaged = new CoreError('invalid_input', `${fileName} is damaged: part of it cannot be unpacked. Open it in Word, save a fresh copy (File › Save As), and attach that copy.`);
  const declaredCount = declaredZipEntryCount(data);
  if (declaredCount === null) throw damaged;
  if (declaredCount === 0xffff || declaredCount > MAX_ZIP_ENTRIES) throw unpacksTooFar(fileName, `it holds more than ${groupDigits(MAX_ZIP_ENTRIES)} parts`);
  const entries = readZipDirectory(data, MAX_ZIP_ENTRIES);
  if (entries === null || entries.length < declaredCount) throw damaged;
  let total = 0;
  for (const entry of entries) {
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) throw unpacksTooFar(fileName, 'it has parts of 4 GB or more');
    if (entry.uncompressedSize > ATTACHMENT_MAX_BYTES) throw unpacksTooFar(fileName, `its part ${entry.name} unpacks to ${formatFileSize(entry.uncompressedSize)}`);
    total += entry.uncompressedSize;
    if (total > MAX_ZIP_DECLARED_BYTES) throw unpacksTooFar(fileName, `its parts unpack to more than ${formatFileSize(MAX_ZIP_DECLARED_BYTES)} in all`);
  }
  for (const entry of entries) {
    const verdict = unpackedSizeVerdict(data, entry);
    if (verdict === 'too-big') throw unpacksTooFar(fileName, `its part ${entry.name} unpacks to more than the ${formatFileSize(entry.uncompressedSize)} it declares`);
    if (verdict === 'damaged') throw damaged;
  }
}

type Verdict = 'ok' | 'too-big' | 'damaged';

function unpackedSizeVerdict(data: Buffer, entry: ZipEntry): Verdict {
  if (entry.isEncrypted) return 'damaged';
  const packed = packedBytesOf(data, entry);
  if (packed === null) return 'damaged';
  if (entry.method === 0) return packed.length === entry.uncompressedSize ? 'ok' : 'damaged';
  if (entry.method !== 8) return 'damaged';
  // Some tools write an empty part as "deflated" with no bytes at all.
  if (packed.length === 0) return entry.uncompressedSize === 0 ? 'ok' : 'damaged';
  try {
    const inflated = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    return inflated.length === entry.uncompressedSize ? 'ok' : 'damaged';
  } catch (error) {
    return (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-big' : 'damaged';
  }
}

/** A Word file whose parts unpack to far more than any document holds: a zip bomb, or a badly damaged file. */
function unpacksTooFar(fileName: string, detail: string): CoreError {
  return new CoreError(
    'invalid_input',
    `${fileName} was not attached: ${detail}. No real Word document does that, so it may be damaged or made to cause harm. Open it in Word and save a fresh copy, then attach that; if Word cannot open it either, do not use it.`,
  );
}
