import { describe, expect, it } from 'vitest';
import { checkFile, nameForKind } from '../../../electron/core/attachments/check-file';
import { describeSniffed, isEncryptedPdf, isMediaTypeConsistent, sniffContent, zipEntryNames } from '../../../electron/core/attachments/file-types';
import { JPEG_1X1, PNG_1X1, makeDocx, makePdf, makeZip } from '../../helpers/files';

const LIMIT = 1_000_000;

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('file types', () => {
  it('are recognised from the content, not the name', () => {
    expect(sniffContent(makePdf())).toEqual({ kind: 'pdf' });
    expect(sniffContent(PNG_1X1)).toEqual({ kind: 'png' });
    expect(sniffContent(JPEG_1X1)).toEqual({ kind: 'jpeg' });
    expect(sniffContent(makeDocx())).toEqual({ kind: 'docx' });
    expect(sniffContent(Buffer.from('Ward,Count\nNorth,3\n'))).toEqual({ kind: 'text' });
    expect(sniffContent(Buffer.from('Café – “quoted”'))).toEqual({ kind: 'text' });
  });

  it('tell a Word document from other ZIP files by the names in the central directory', () => {
    expect(zipEntryNames(makeDocx())).toContain('word/document.xml');
    expect(sniffContent(makeZip({ 'xl/workbook.xml': '<workbook/>' }))).toEqual({ kind: 'unsupported', looksLike: 'an Excel workbook' });
    expect(sniffContent(makeZip({ 'notes.txt': 'hello' }))).toEqual({ kind: 'unsupported', looksLike: 'a ZIP archive' });
    expect(describeSniffed(sniffContent(makeZip({ 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'x' })))).toMatch(/macros/);
    // Cut off before the central directory: not a Word document, and no crash.
    const truncated = makeDocx().subarray(0, 60);
    expect(zipEntryNames(truncated)).toBeNull();
    expect(sniffContent(truncated)).toEqual({ kind: 'unsupported', looksLike: 'a damaged ZIP or Office file' });
  });

  it('refuse text with NULs, invalid UTF-8 and known but unsupported formats', () => {
    expect(sniffContent(Buffer.from('abc\0def'))).toMatchObject({ kind: 'unsupported' });
    expect(sniffContent(Buffer.from([0x61, 0xc3, 0x28]))).toMatchObject({ kind: 'unsupported' });
    expect(sniffContent(Buffer.from('GIF89a....'))).toEqual({ kind: 'unsupported', looksLike: 'a GIF image' });
    expect(describeSniffed(sniffContent(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])))).toMatch(/older Office file/);
  });

  it('find an /Encrypt entry in the trailer', () => {
    expect(isEncryptedPdf(makePdf({ isEncrypted: true }))).toBe(true);
    expect(isEncryptedPdf(makePdf())).toBe(false);
    // The word in the text of a page is not encryption.
    expect(isEncryptedPdf(makePdf({ text: 'How /Encrypt works' }))).toBe(false);
    // A cross-reference stream dictionary (PDF 1.5+) carries it too.
    expect(isEncryptedPdf(Buffer.from('%PDF-1.7\n9 0 obj\n<< /Type /XRef /Encrypt<< /Filter /Standard >> /Size 9 >>\nstream\n'))).toBe(true);
  });

  it('accept a given media type only when it agrees with the content', () => {
    expect(isMediaTypeConsistent('application/pdf', 'pdf')).toBe(true);
    expect(isMediaTypeConsistent('application/octet-stream', 'pdf')).toBe(true);
    expect(isMediaTypeConsistent('image/jpg', 'jpeg')).toBe(true);
    expect(isMediaTypeConsistent('text/csv; charset=utf-8', 'text')).toBe(true);
    expect(isMediaTypeConsistent('application/vnd.ms-excel', 'text')).toBe(true);
    expect(isMediaTypeConsistent('image/png', 'pdf')).toBe(false);
  });
});

describe('checking a file before it is stored', () => {
  it('returns a safe name and the media type the content shows', () => {
    expect(checkFile({ fileName: 'Inspection report.pdf', data: makePdf() }, LIMIT)).toEqual({ fileName: 'Inspection report.pdf', mediaType: 'application/pdf' });
    expect(checkFile({ fileName: 'Data.CSV', data: Buffer.from('a,b\n') }, LIMIT)).toEqual({ fileName: 'Data.CSV', mediaType: 'text/csv' });
    expect(checkFile({ fileName: 'plan.docx', data: makeDocx() }, LIMIT).mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // No extension, or an unfamiliar one: the right one is added.
    expect(checkFile({ fileName: 'scan', data: JPEG_1X1 }, LIMIT).fileName).toBe('scan.jpg');
    expect(checkFile({ fileName: 'Minutes 2.10.2018', data: makePdf() }, LIMIT).fileName).toBe('Minutes 2.10.2018.pdf');
    expect(checkFile({ fileName: '../../etc/passwd', data: Buffer.from('root:x:0:0\n') }, LIMIT)).toEqual({ fileName: 'passwd.txt', mediaType: 'text/plain' });
  });

  it('refuses mislabelled, unknown, empty, encrypted and oversized files, saying why', () => {
    expect(refusal(() => checkFile({ fileName: 'report.pdf', data: PNG_1X1 }, LIMIT))).toMatch(/^report\.pdf is not a PDF file \(it looks like a PNG image\)\. Rename it to end in \.png/);
    expect(refusal(() => checkFile({ fileName: 'data.csv', data: makePdf() }, LIMIT))).toMatch(/data\.csv is not a CSV file \(it looks like a PDF file\)/);
    expect(refusal(() => checkFile({ fileName: 'report.doc', data: makeDocx() }, LIMIT))).toMatch(/looks like a Word document \(\.docx\), but its name ends in \.doc\. Rename it to end in \.docx/);
    expect(refusal(() => checkFile({ fileName: 'tool.exe', data: Buffer.from([0x4d, 0x5a, 0x90, 0]) }, LIMIT))).toMatch(/tool\.exe cannot be attached: it looks like a Windows program/);
    expect(refusal(() => checkFile({ fileName: 'empty.txt', data: Buffer.alloc(0) }, LIMIT))).toMatch(/empty/);
    expect(refusal(() => checkFile({ fileName: 'secret.pdf', data: makePdf({ isEncrypted: true }) }, LIMIT))).toMatch(/encrypted.*packs cannot include it/);
    expect(refusal(() => checkFile({ fileName: 'big.txt', data: Buffer.alloc(LIMIT + 1, 0x61) }, LIMIT))).toMatch(/big\.txt is too large.*1,000,001 bytes.*limit is 1\.0 MB/);
    expect(refusal(() => checkFile({ fileName: 'report.pdf', data: makePdf(), mediaType: 'image/png' }, LIMIT))).toMatch(/mediaType: report\.pdf was sent as image\/png, but its content is a PDF file/);
  });

  it('keeps a renamed file’s extension in step with its content', () => {
    expect(nameForKind('Data.txt', 'text')).toEqual({ fileName: 'Data.txt', mediaType: 'text/plain' });
    expect(nameForKind('Data.csv', 'text')).toEqual({ fileName: 'Data.csv', mediaType: 'text/csv' });
    expect(nameForKind('Final report', 'pdf').fileName).toBe('Final report.pdf');
    expect(refusal(() => nameForKind('logo.png', 'jpeg'))).toMatch(/logo\.png is not a PNG image \(it looks like a JPEG image\)/);
  });
});
