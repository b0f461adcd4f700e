// What a file is, from its first bytes rather than its name: officers rename
// files, mail systems strip extensions, and "report.pdf" may be a Word file.
import { CoreError } from '../../errors';

/** What the bytes say the file is: a PDF, a zip (a Word file, or something else packed), or text. */
export type ContentKind = 'pdf' | 'zip' | 'text';

const PICTURES: { name: string; test: (data: Uint8Array) => boolean }[] = [
  { name: 'PNG', test: (data) => startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { name: 'JPEG', test: (data) => startsWith(data, [0xff, 0xd8, 0xff]) },
  { name: 'GIF', test: (data) => ascii(data, 0, 4) === 'GIF8' },
  { name: 'TIFF', test: (data) => startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a]) },
  { name: 'WebP', test: (data) => ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP' },
  { name: 'HEIC', test: (data) => ascii(data, 4, 8) === 'ftyp' && /^(heic|heix|mif1|avif)$/.test(ascii(data, 8, 12)) },
  { name: 'BMP', test: (data) => ascii(data, 0, 2) === 'BM' && data.length >= 26 && readUint32(data, 2) === data.length },
];

/** Sorts a file by its content, refusing pictures and other formats with a message that says what to do instead. */
export function detectContent(data: Uint8Array, fileName: string): ContentKind {
  // The PDF standard lets a header follow some junk; readers look in the first kilobyte.
  if (indexOfAscii(data.subarray(0, 1024), '%PDF-') >= 0) return 'pdf';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  const picture = PICTURES.find((candidate) => candidate.test(data));
  if (picture !== undefined) {
    throw new CoreError(
      'invalid_input',
      `“${fileName}” is a picture (${picture.name}), not a report with text in it. Import the published report as a PDF or Word file; if all you have is a scan, run it through OCR to make a searchable PDF first.`,
    );
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new CoreError(
      'invalid_input',
      `“${fileName}” is an older Word (.doc) file or a password-protected Office file, which the import cannot read. Open it in Word, remove any password, and save it as a Word document (.docx) or PDF; then import that.`,
    );
  }
  if (ascii(data, 0, 5) === '{\\rtf') {
    throw new CoreError('invalid_input', `“${fileName}” is a Rich Text (.rtf) file. Open it in Word and save it as a Word document (.docx) or PDF; then import that.`);
  }
  return 'text';
}

/** A warning when the file's name promises another format than its content has (the content wins), else null. */
export function extensionWarning(fileName: string, format: 'pdf' | 'docx' | 'text'): string | null {
  const extension = /\.([a-z0-9]{1,10})$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === undefined) return null;
  const named = NAMED_FORMATS[extension];
  if (named === format) return null;
  return `The file is named “.${extension}” but it is ${FORMAT_NAMES[format]}; it was read as ${FORMAT_NAMES[format]}.`;
}

const NAMED_FORMATS: Record<string, 'pdf' | 'docx' | 'text'> = {
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
};

const FORMAT_NAMES = { pdf: 'a PDF', docx: 'a Word document', text: 'plain text' } as const;

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => data[index] === byte);
}

function ascii(data: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...data.subarray(start, end));
}

function readUint32(data: Uint8Array, offset: number): number {
  return new DataView(data.buffer, data.byteOffset, data.byteLength).getUint32(offset, true);
}

function indexOfAscii(data: Uint8Array, needle: string): number {
  const codes = Array.from({ length: needle.length }, (_, index) => needle.charCodeAt(index));
  for (let start = 0; start + codes.length <= data.length; start += 1) {
    if (codes.every((code, index) => data[start + index] === code)) return start;
  }
  return -1;
}
