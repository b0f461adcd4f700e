// Just enough of the zip format to take the text parts out of a Word file,
// with the guards a general zip library leaves to its caller: entries are
// counted and their declared sizes summed before anything is inflated, and
// inflating stops at a hard ceiling (zlib's maxOutputLength), so a zip bomb
// costs at most that much memory and never the whole machine.
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { CoreError } from '../../errors';
import { declaredZipEntryCount, readZipDirectory, type ZipEntry } from '../../zip-directory';
import { MAX_ZIP_DECLARED_BYTES, MAX_ZIP_ENTRIES } from './limits';

export type { ZipEntry };

const inflateRawAsync = promisify(inflateRaw);

const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

const DAMAGED = 'This Word file is damaged: its contents cannot be unpacked. Open it in Word and save a fresh copy (or save it as PDF), then import that.';
const TOO_BIG =
  'This Word file unpacks to far more text than any report holds, so it was not opened: it may be damaged or made to cause harm. Open it in Word and save a fresh copy (or save it as PDF) and import that; if Word cannot open it either, do not use it.';

/** The entries of a zip, refusing one that is damaged, has too many entries or declares more bytes than a report could. */
export function listZipEntries(data: Uint8Array): ZipEntry[] {
  const declaredCount = declaredZipEntryCount(data);
  if (declaredCount === null) throw new CoreError('invalid_input', DAMAGED);
  if (declaredCount === 0xffff || declaredCount > MAX_ZIP_ENTRIES) throw new CoreError('invalid_input', TOO_BIG);
  const entries = readZipDirectory(data, MAX_ZIP_ENTRIES);
  if (entries === null || entries.length < declaredCount) throw new CoreError('invalid_input', DAMAGED);
  let declared = 0;
  for (const entry of entries) {
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) throw new CoreError('invalid_input', TOO_BIG);
    declared += entry.uncompressedSize;
    if (declared > MAX_ZIP_DECLARED_BYTES) throw new CoreError('invalid_input', TOO_BIG);
  }
  return entries;
}

/** An entry's bytes, inflated; refuses one that declares or inflates to more than `maxBytes`. */
export async function readZipEntry(data: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.isEncrypted) {
    throw new CoreError('invalid_input', 'This Word file is password-protected. Open it in Word, remove the password (or save it as PDF), then import that copy.');
  }
  if (entry.uncompressedSize > maxBytes) throw new CoreError('invalid_input', TOO_BIG);
  const compressed = packedBytesOf(data, entry);
  if (compressed === null) throw new CoreError('invalid_input', DAMAGED);
  if (entry.method === 0) return compressed;
  if (entry.method !== 8) throw new CoreError('invalid_input', DAMAGED);
  let inflated: Uint8Array;
  try {
    // Inflating stops one byte past the declared size: an entry that lies about
    // its size (a zip bomb's trick) costs no more memory than an honest one.
    inflated = await inflateRawAsync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CoreError('invalid_input', code === 'ERR_BUFFER_TOO_LARGE' ? TOO_BIG : DAMAGED);
  }
  // A size that lies is a damaged (or crafted) file, whichever way it lies.
  if (inflated.length !== entry.uncompressedSize) throw new CoreError('invalid_input', DAMAGED);
  return inflated;
}

/**
 * An entry's bytes as they lie in the zip (still packed), found through its
 * local header; null when the header or the bytes are not where the
 * directory says (a damaged or cut-short file).
 */
export function packedBytesOf(data: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > data.length || view.getUint32(header, true) !== LOCAL_HEADER) return null;
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const packed = data.subarray(start, start + entry.compressedSize);
  return packed.length === entry.compressedSize ? packed : null;
}
