// Files the Word report import refuses, each with a message that says what
// the file is and what to do: not Word at all, old or password-protected
// Word, damaged or crafted zips, and reports too long for one document.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readWordReport } from '../../../electron/core/documents/docx-import';
import { CoreError } from '../../../electron/core/errors';
import { makePdf, makeZip } from '../../helpers/files';
import { para, wordFile } from './docx-import-files';

async function refusal(data: Uint8Array, fileName = 'report.docx'): Promise<string> {
  try {
    await readWordReport(data, { fileName });
  } catch (error) {
    if (error instanceof CoreError && error.code === 'invalid_input') return error.message;
    throw error;
  }
  throw new Error('The file was read, not refused.');
}

/** An OLE compound file (the container of .doc files and of password-protected .docx files) naming one stream. */
function compoundFile(streamName: string): Uint8Array {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  Buffer.from(streamName, 'utf16le').copy(header, 1024);
  return new Uint8Array(header);
}

describe('refusing what the Word report import cannot read', () => {
  it('names what the file is when it is not a Word document', async () => {
    expect(await refusal(new Uint8Array(0))).toContain('“report.docx” is empty (0 bytes)');
    expect(await refusal(new Uint8Array(makePdf()), 'report.pdf')).toContain('“report.pdf” is a PDF. A PDF cannot be turned back into an editable report: add it to the agenda item as a paper as it is');
    expect(await refusal(new Uint8Array(Buffer.from('{\\rtf1\\ansi Report}')), 'report.rtf')).toContain('is a Rich Text (.rtf) file, not a Word document. Open it in Word, save it as a Word document (.docx)');
    expect(await refusal(new Uint8Array(Buffer.from('Report to the committee, as plain words.')))).toContain('“report.docx” is not a Word document');
    const workbook = makeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await refusal(new Uint8Array(workbook), 'figures.docx')).toContain('“figures.docx” is an Excel workbook, not a Word document');
    const slides = makeZip({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<presentation/>' });
    expect(await refusal(new Uint8Array(slides))).toContain('is a PowerPoint presentation, not a Word document');
    const openDocument = makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' });
    expect(await refusal(new Uint8Array(openDocument), 'report.odt')).toContain('is an OpenDocument file (LibreOffice), not a Word document');
  });

  it('tells an old .doc from a password-protected .docx, though both are compound files', async () => {
    expect(await refusal(compoundFile('WordDocument'), 'report.doc')).toBe(
      '“report.doc” is an older Word document (.doc), which the import cannot read. Open it in Word and save it as .docx first (File › Save As › Word Document), then import that copy.',
    );
    expect(await refusal(compoundFile('EncryptedPackage'))).toContain('“report.docx” is protected with a password, so it cannot be read. Open it in Word, remove the password');
  });

  it('refuses a truncated file and a zip bomb without unpacking them', async () => {
    const whole = wordFile(para('Words.'));
    expect(await refusal(new Uint8Array(whole.subarray(0, Math.floor(whole.length / 2))))).toContain('This Word file is damaged');
    const declaredHuge = wordFile(para('Words.'), { media: { 'a.png': new Uint8Array(10) }, declaredSizes: { 'word/media/a.png': 1_500_000_000 } });
    expect(await refusal(new Uint8Array(declaredHuge))).toContain('unpacks to far more text than any report holds');
    // 60 MB of zeros packs into a few kilobytes and claims to be 900 bytes: inflating stops at the ceiling.
    const zeros = Buffer.alloc(60 * 1024 * 1024);
    expect(deflateRawSync(zeros).length).toBeLessThan(100_000);
    const bomb = makeZip([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'word/document.xml', content: zeros, declaredSize: 900 }]);
    expect(await refusal(new Uint8Array(bomb))).toContain('unpacks to far more text than any report holds');
  });

  it('refuses an empty report, and one too long for one document, saying how to split it', async () => {
    expect(await refusal(new Uint8Array(wordFile(para('') + para(' '))))).toContain('has no text to import: its body is empty');
    const many = Array.from({ length: 10_050 }, (_, index) => para(`Paragraph ${index + 1}.`)).join('');
    expect(await refusal(new Uint8Array(wordFile(many)))).toContain(
      '“report.docx” is too long to import as one document: it has 10,050 paragraphs, headings and tables, and a document holds up to 10,000. Split it in Word',
    );
    const long = Array.from({ length: 2_600 }, (_, index) => para(`${index + 1}: ${'The service improved in every district this year. '.repeat(18)}`)).join('');
    expect(await refusal(new Uint8Array(wordFile(long)))).toMatch(/too long to import as one document: its text alone comes to about 2\.\d MB, and a document holds up to 2 MB/);
  });
});
