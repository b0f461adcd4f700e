// Just enough of the zip format to take the text parts out of a Word file,
// with the guards a general zip library leaves to its caller: entries are
// counted and their declared sizes summed before anything is inflated, and
// inflating stops at a hard ceiling (zlib's maxOutputLength), so a zip bomb
// costs at most that much memory and never the whole machine.
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { CoreError } from '../../errors';
import { MAX_ZIP_DECLARED_BYTES, MAX_ZIP_ENTRIES } from './limits';

const inflateRawAsync = promisify(inflateRaw);

/** One file inside a zip, as its central directory describes it. */
export type ZipEntry = {
  name: string;
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

const DAMAGED = 'This Word file is damaged: its contents cannot be unpacked. Open it in Word and save a fresh copy (or save it as PDF), then import that.';
const TOO_BIG =
  'This Word file unpacks to far more text than any report holds, so it was not opened: it may be damaged or made to cause harm. Open it in Word and save a fresh copy (or save it as PDF) and import that; if Word cannot open it either, do not use it.';

/** The entries of a zip, refusing one that is damaged, has too many entries or declares more bytes than a report could. */
export function listZipEntries(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfDirectory(view);
  const entryCount = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === 0xffff || directoryOffset === ZIP64_MARK) throw new CoreError('invalid_input', TOO_BIG);
  if (entryCount > MAX_ZIP_ENTRIES) throw new CoreError('invalid_input', TOO_BIG);
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let declared = 0;
  for (let index = 0; index < entryCount; index += 1) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== DIRECTORY_ENTRY) throw new CoreError('invalid_input', DAMAGED);
    const nameLength = view.getUint16(offset + 28, true);
    const entry: ZipEntry = {
      name: names.decode(data.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      isEncrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      compressedSize: view.getUint32(offset + 20, true),
      uncompressedSize: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) throw new CoreError('invalid_input', TOO_BIG);
    declared += entry.uncompressedSize;
    if (declared > MAX_ZIP_DECLARED_BYTES) throw new CoreError('invalid_input', TOO_BIG);
    entries.push(entry);
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** An entry's bytes, inflated; refuses one that declares or inflates to more than `maxBytes`. */
export async function readZipEntry(data: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.isEncrypted) {
    throw new CoreError('invalid_input', 'This Word file is password-protected. Open it in Word, remove the password (or save it as PDF), then import that copy.');
  }
  if (entry.uncompressedSize > maxBytes) throw new CoreError('invalid_input', TOO_BIG);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = entry.localHeaderOffset;
  if (header + 30 > data.length || view.getUint32(header, true) !== LOCAL_HEADER) throw new CoreError('invalid_input', DAMAGED);
  const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const compressed = data.subarray(start, start + entry.compressedSize);
  if (compressed.length !== entry.compressedSize) throw new CoreError('invalid_input', DAMAGED);
  if (entry.method === 0) return compressed;
  if (entry.method !== 8) throw new CoreError('invalid_input', DAMAGED);
  let inflated: Uint8Array;
  try {
    inflated = await inflateRawAsync(compressed, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CoreError('invalid_input', code === 'ERR_BUFFER_TOO_LARGE' ? TOO_BIG : DAMAGED);
  }
  // A size that lies is a damaged (or crafted) file, whichever way it lies.
  if (inflated.length !== entry.uncompressedSize) throw new CoreError('invalid_input', DAMAGED);
  return inflated;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let offset = last; offset >= Math.max(0, last - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  throw new CoreError('invalid_input', DAMAGED);
}
