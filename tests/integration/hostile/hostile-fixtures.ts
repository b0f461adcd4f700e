// Hostile files, built byte by byte in the test so nothing large sits in the
// repository: zip bombs (a Word or Excel file whose one part inflates to over
// 1 GB from about a megabyte), a password-protected Word file (an OLE compound
// file holding EncryptionInfo and EncryptedPackage streams, as Word writes it),
// a picture that claims ten billion pixels, damaged and cut-short files.
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { zipOfPacked, type PackedZipEntry } from '../../helpers/files';

const MIB = 1024 * 1024;
/** What the bomb inflates to: over 1 GB, above every limit the app has. */
export const BOMB_BYTES = 1100 * MIB;

/**
 * A deflate stream of `mebibytes` MiB of zeros, built without ever holding
 * them: one MiB deflated and ended with a full flush (byte-aligned, no history
 * carried over) is valid again and again, and an empty final block ends it.
 */
function deflatedZeros(mebibytes: number): { packed: Buffer; crc: number } {
  const zeros = Buffer.alloc(MIB);
  const block = deflateRawSync(zeros, { finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let index = 0; index < mebibytes; index += 1) crc = crc32(zeros, crc);
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return { packed: Buffer.concat([...Array.from({ length: mebibytes }, () => block), finalEmptyBlock]), crc };
}

function packedEntry(name: string, content: string): PackedZipEntry {
  const raw = Buffer.from(content, 'utf8');
  return { name, packed: deflateRawSync(raw), crc: crc32(raw), declaredSize: raw.length };
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const WORD_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/**
 * A Word (or Excel) file whose main part is a zip bomb. `honest` declares the
 * real inflated size (over 1 GB); otherwise the directory claims 20 KB and
 * the part inflates far past it, the trick that defeats size checks alone.
 */
export function zipBomb(options: { kind: 'docx' | 'xlsx'; isHonest: boolean }): Buffer {
  const zeros = deflatedZeros(BOMB_BYTES / MIB);
  const declaredSize = options.isHonest ? BOMB_BYTES : 20_000;
  const bombName = options.kind === 'docx' ? 'word/document.xml' : 'xl/worksheets/sheet1.xml';
  const parts = options.kind === 'docx' ? [packedEntry('_rels/.rels', WORD_RELS)] : [packedEntry('xl/workbook.xml', '<workbook/>')];
  return zipOfPacked([packedEntry('[Content_Types].xml', CONTENT_TYPES), ...parts, { name: bombName, ...zeros, declaredSize }]);
}

/** A zip that is not an Office file at all: no word/document.xml. */
export function plainZip(): Buffer {
  return zipOfPacked([packedEntry('notes.txt', 'Minutes of the last meeting'), packedEntry('photos/readme.txt', 'Nothing to see')]);
}

/**
 * A password-protected Word file as Word saves it: an OLE compound file (not
 * a zip) whose directory names the EncryptionInfo and EncryptedPackage
 * streams. Header, one FAT sector, one directory sector; the streams are empty.
 */
export function encryptedDocx(): Buffer {
  const sector = 512;
  const header = Buffer.alloc(sector, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cut-off
  header.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  header.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // the FAT is sector 0
  for (let index = 1; index < 109; index += 1) header.writeUInt32LE(0xffffffff, 76 + index * 4);
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: the directory, one sector long
  const directory = Buffer.alloc(sector, 0);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = index * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(0xffffffff, at + 68); // left sibling
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(0xfffffffe, at + 116); // start sector: none
  };
  entry(0, 'Root Entry', 5, 1, 0xffffffff);
  entry(1, 'EncryptionInfo', 2, 0xffffffff, 2);
  entry(2, 'EncryptedPackage', 2, 0xffffffff, 0xffffffff);
  return Buffer.concat([header, fat, directory]);
}

/** A real, complete PNG that claims to be 100,000 × 100,000 pixels (its one row of data is all it has). */
export function pictureBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(100_001))), chunk('IEND', Buffer.alloc(0))]);
}

/** Bytes that look random but are the same on every run (a linear congruential sequence). */
export function noise(length: number, seed = 20_261_123): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

/** A file whose first bytes are right (the signature readers check) and whose body is noise. */
export function damaged(valid: Buffer, keep = 16): Buffer {
  return Buffer.concat([valid.subarray(0, keep), noise(Math.max(valid.length, 4096) - keep)]);
}

/** The first half of a file, as a download that stopped halfway leaves it. */
export function cutInHalf(valid: Buffer | Uint8Array): Buffer {
  return Buffer.from(valid.subarray(0, Math.floor(valid.length / 2)));
}

/** The start of a Windows program: "MZ", then the DOS stub's message. */
export function windowsProgram(): Buffer {
  return Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(56), Buffer.from('This program cannot be run in DOS mode.\r\n', 'latin1'), noise(1024)]);
}

/** A web page with a script, as a browser's "Save page" writes it. */
export function webPage(): Buffer {
  return Buffer.from('<!DOCTYPE html><html><head><title>Report</title><script>alert(document.cookie)</script></head><body><h1>Report</h1></body></html>\n');
}
