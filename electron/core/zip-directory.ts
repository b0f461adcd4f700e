// A zip file's central directory, read in place: what each entry is called,
// how it is packed and where it lies. Nothing is inflated here, so callers can
// judge a file (its kind, its entry count, the sizes it declares) before
// unpacking a byte. Used to recognise Office files among attachments and to
// read Word reports safely.

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
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/**
 * The entries of a zip's central directory (at most `maxEntries`), or null
 * when the directory cannot be found or is inconsistent. Sizes of 0xffffffff
 * mean the real size is in a zip64 extra field; callers that cannot take such
 * sizes refuse them.
 */
export function readZipDirectory(data: Uint8Array, maxEntries: number): ZipEntry[] | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfDirectory(view);
  if (end === null) return null;
  let directoryOffset = view.getUint32(end + 16, true);
  let directorySize = view.getUint32(end + 12, true);
  if (directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) {
    const zip64 = readZip64Directory(view, end);
    if (zip64 === null) return null;
    ({ directoryOffset, directorySize } = zip64);
  }
  const limit = directoryOffset + directorySize;
  if (limit > data.length) return null;
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let position = directoryOffset;
  while (position + 46 <= limit && entries.length < maxEntries) {
    if (view.getUint32(position, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(position + 28, true);
    if (position + 46 + nameLength > limit) return null;
    entries.push({
      name: names.decode(data.subarray(position + 46, position + 46 + nameLength)),
      method: view.getUint16(position + 10, true),
      isEncrypted: (view.getUint16(position + 8, true) & 1) === 1,
      compressedSize: view.getUint32(position + 20, true),
      uncompressedSize: view.getUint32(position + 24, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    });
    position += 46 + nameLength + view.getUint16(position + 30, true) + view.getUint16(position + 32, true);
  }
  return entries;
}

/** How many entries the directory says it holds (from its end record), whatever was read. */
export function declaredZipEntryCount(data: Uint8Array): number | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfDirectory(view);
  return end === null ? null : view.getUint16(end + 10, true);
}

function findEndOfDirectory(view: DataView): number | null {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let position = last; position >= Math.max(0, last - 0xffff); position -= 1) {
    if (view.getUint32(position, true) === END_OF_DIRECTORY) return position;
  }
  return null;
}

function readZip64Directory(view: DataView, end: number): { directoryOffset: number; directorySize: number } | null {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return null;
  const record = Number(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_OF_DIRECTORY) return null;
  return { directorySize: Number(view.getBigUint64(record + 40, true)), directoryOffset: Number(view.getBigUint64(record + 48, true)) };
}
