// The readers on real files: the seed reports as text, as PDF and as Word
// (converted by LibreOffice here, as an officer would), small files about
// invented councils for the layout cases, and every kind of bad input.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreError } from '../../../electron/core/errors';
import { MAX_FILE_BYTES, assertFileSize, readSourceText } from '../../../electron/core/import/readers/index';
import type { SourceLine, SourceText } from '../../../electron/core/import/source-text';
import { renderDocx } from '../../../electron/core/render/docx/index';
import { readPdf } from '../../helpers/pdf';
import { CREATED_AT, HOUSE_STYLE, sampleReport } from '../render/pdf-samples';
import { makeTempDir } from '../../helpers/temp';
import { hasSeeds } from '../../helpers/seeds';
import {
  SEEDS,
  convert,
  copySeeds,
  encryptedPdf,
  makeZip,
  pdfWithFurniture,
  pdfWithWrappedTable,
  picture,
  scannedPdf,
  seedRecommendations,
  squash,
  squashedBody,
  wordFile,
} from './reader-fixtures';

const SIF = 'ofsted-sif-2017-manchester.txt';
const BOARD = 'board-report-for-resolution-2018.txt';
const FORMS = ['text', 'pdf', 'docx', 'styled-docx', 'styled-pdf'] as const;
type Form = (typeof FORMS)[number];

const dir = makeTempDir('readers');
const read = new Map<string, SourceText>();
const bytes = new Map<string, Uint8Array>();
let recommendations: string[] = [];

beforeAll(async () => {
  if (!hasSeeds) return;
  recommendations = seedRecommendations(readFileSync(path.join(SEEDS, SIF), 'utf8'));
  const { text, html } = copySeeds(dir, [SIF, BOARD]);
  const converted = {
    pdf: await convert(text, dir, 'pdf'),
    docx: await convert(text, dir, 'docx'),
    'styled-docx': await convert(html, dir, 'docx', { isHtml: true }),
    'styled-pdf': await convert(html, dir, 'pdf', { isHtml: true }),
  };
  for (const seed of [SIF, BOARD]) {
    const base = path.parse(seed).name;
    bytes.set(`${seed}:text`, new Uint8Array(readFileSync(path.join(SEEDS, seed))));
    bytes.set(`${seed}:pdf`, converted.pdf.get(`${base}.txt`) ?? new Uint8Array());
    bytes.set(`${seed}:docx`, converted.docx.get(`${base}.txt`) ?? new Uint8Array());
    bytes.set(`${seed}:styled-docx`, converted['styled-docx'].get(`${base}-styled.html`) ?? new Uint8Array());
    bytes.set(`${seed}:styled-pdf`, converted['styled-pdf'].get(`${base}-styled.html`) ?? new Uint8Array());
  }
  for (const seed of [SIF, BOARD]) {
    for (const form of FORMS) {
      const extension = form.endsWith('pdf') ? 'pdf' : form.endsWith('docx') ? 'docx' : 'txt';
      read.set(`${seed}:${form}`, await readSourceText(bytes.get(`${seed}:${form}`) ?? new Uint8Array(), `${seed}.${extension}`));
    }
  }
}, 240_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const source = (seed: string, form: Form): SourceText => {
  const found = read.get(`${seed}:${form}`);
  if (found === undefined) throw new Error(`${seed} as ${form} was not read`);
  return found;
};

const rowsWithCells = (text: SourceText): string[][] => text.lines.flatMap((line) => (line.cells === undefined ? [] : [line.cells]));

async function failure(promise: Promise<unknown>): Promise<CoreError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CoreError) return error;
    throw error;
  }
  throw new Error('expected the read to be refused');
}

describe.skipIf(!hasSeeds)('the seed reports as text, PDF and Word', () => {
  it('finds the twelve recommendations, word for word, in every form of both seeds', () => {
    expect(recommendations).toHaveLength(12);
    for (const seed of [SIF, BOARD]) {
      for (const form of FORMS) {
        const body = squashedBody(source(seed, form));
        for (const recommendation of recommendations) expect(body, `${seed} as ${form}`).toContain(squash(recommendation));
      }
    }
  });

  it('splits each recommendation’s number off as its list marker, whoever drew the number', () => {
    for (const seed of [SIF, BOARD]) {
      for (const form of FORMS) {
        const lines = source(seed, form).lines;
        recommendations.forEach((recommendation, index) => {
          const starts = lines.some((line) => line.listMarker === `${index + 1}.` && line.text.length > 10 && squash(recommendation).startsWith(squash(line.text)));
          expect(starts, `${seed} as ${form}: recommendation ${index + 1}`).toBe(true);
        });
      }
    }
  });

  it('counts pages: a PDF’s own pages, one page for text and Word files without page breaks', async () => {
    for (const seed of [SIF, BOARD]) {
      const pdf = await readPdf(bytes.get(`${seed}:pdf`) ?? new Uint8Array());
      await pdf.destroy();
      expect(pdf.pageCount).toBeGreaterThan(10);
      expect(source(seed, 'pdf').pageCount).toBe(pdf.pageCount);
      expect(new Set(source(seed, 'pdf').lines.map((line) => line.page)).size).toBe(pdf.pageCount);
      expect(source(seed, 'text').pageCount).toBe(1);
      expect(source(seed, 'docx').pageCount).toBe(1);
    }
  });

  it('gives a text file one line per line of the file, so page and line point into the file', () => {
    const content = readFileSync(path.join(SEEDS, SIF), 'utf8').split('\n');
    const lines = source(SIF, 'text').lines;
    expect(lines).toHaveLength(content.length);
    const at = content.findIndex((line) => line.startsWith('12. Expedite'));
    expect(lines[at]).toMatchObject({ page: 1, line: at + 1, listMarker: '12.' });
  });

  it('turns the judgement table’s tab-separated rows into cells in text and Word, and its widely spaced columns in the PDF', () => {
    const judgements = [
      ['1. Children who need help and protection', 'Requires improvement'],
      ['2. Children looked after and achieving permanence', 'Requires improvement'],
      ['2.1 Adoption performance', 'Good'],
      ['2.2 Experiences and progress of care leavers', 'Requires improvement'],
      ['3. Leadership, management and governance', 'Good'],
    ];
    for (const form of ['text', 'docx', 'styled-docx'] as const) {
      for (const row of judgements) expect(rowsWithCells(source(SIF, form)), form).toContainEqual(row);
    }
    expect(rowsWithCells(source(SIF, 'pdf'))).toContainEqual(['2.1 Adoption performance', 'Good']);
    const tableRow = source(SIF, 'text').lines.find((line) => line.cells?.[0] === '2.1 Adoption performance');
    expect(tableRow?.text).toBe('2.1 Adoption performance\tGood');
    // The board report indents its sub-judgements with a leading tab and leaves a middle column empty.
    expect(rowsWithCells(source(BOARD, 'text'))).toContainEqual(['2.1 Adoption performance', 'Good']);
    expect(rowsWithCells(source(BOARD, 'text'))).toContainEqual(['1. Children who need help and protection', 'Requires improvement']);
  });

  it('strips the HTML a pasted text carries and keeps each paragraph readable', () => {
    expect(source(SIF, 'text').lines.filter((line) => /<\/?p>/.test(line.text))).toEqual([]);
    const opening = source(SIF, 'text').lines.find((line) => line.text.startsWith('Services to children in need of help and protection have improved'));
    expect(opening?.text).toContain('risks are reduced. Children and families');
  });

  it('flags nothing as furniture in reports that have no running heads or page numbers', () => {
    for (const seed of [SIF, BOARD]) {
      for (const form of FORMS) expect(source(seed, form).lines.filter((line) => line.isFurniture === true), `${seed} as ${form}`).toEqual([]);
    }
  });

  it('reads headings, bold, tables and Word’s own list numbering from a styled Word file and its PDF', () => {
    for (const form of ['styled-docx', 'styled-pdf'] as const) {
      const heading = source(SIF, form).lines.find((line) => line.text === 'Recommendations');
      expect(heading?.headingLevel, form).toBeDefined();
      expect(heading?.isBold, form).toBe(true);
      expect(source(SIF, form).lines.filter((line) => line.isBold !== true && line.headingLevel !== undefined), form).toEqual([]);
    }
    const docx = source(SIF, 'styled-docx').lines;
    expect(docx.find((line) => line.text === 'Recommendations')?.headingLevel).toBe(2);
    // Paragraph 13 onwards are Word-numbered lists that start at 13, 33…: the numbers must carry on.
    expect(docx.find((line) => line.text.startsWith('Children do not enter care unnecessarily'))?.listMarker).toBe('33.');
    expect(docx.filter((line) => line.listMarker === '•').length).toBeGreaterThan(20);
  });
});

describe('text and Markdown', () => {
  const readString = (text: string, name = 'pasted.md'): Promise<SourceText> => readSourceText(new TextEncoder().encode(text), name);
  const byText = (text: SourceText, start: string): SourceLine | undefined => text.lines.find((line) => line.text.startsWith(start));

  it('reads the markup of a pasted report: headings, bold, footnotes, bullets, numbers, tabs, HTML in cells, form feeds', async () => {
    const text = await readString(
      [
        '# Westholme City Council',
        '## **What needs to improve**',
        '<b>Judgement</b>\t<b>Grade</b>',
        'Overall effectiveness\tRequires improvement to be good',
        'Leaders\t<p>Leaders know their services<sup>3</sup> well.</p> <ul><li>• Strong oversight</li><li>• Clear plans</li></ul>',
        '',
        '1. The quality of supervision ﬁrst and fore\u00ADmost.',
        '- A bullet with a\u00A0no-break space and a zero\u200Bwidth space.',
        '* Another bullet',
        '(b) A lettered point.',
        'Plain text with **some bold** words and services<sup>2</sup> noted.',
        '| Area | Grade |',
        '|---|---|',
        '| Adoption | Good |',
        '\fPage two starts here.',
        '',
      ].join('\n'),
    );
    expect(text.format).toBe('text');
    expect(text.pageCount).toBe(2);
    expect(text.lines[0]).toMatchObject({ text: 'Westholme City Council', headingLevel: 1 });
    expect(text.lines[1]).toMatchObject({ text: 'What needs to improve', headingLevel: 2, isBold: true });
    expect(text.lines[2]).toMatchObject({ cells: ['Judgement', 'Grade'], isBold: true, text: 'Judgement\tGrade' });
    expect(text.lines[3]?.cells).toEqual(['Overall effectiveness', 'Requires improvement to be good']);
    expect(text.lines[4]?.cells).toEqual(['Leaders', 'Leaders know their services well. • Strong oversight • Clear plans']);
    expect(text.lines[5]).toEqual({ page: 1, line: 6, text: '' });
    expect(text.lines[6]).toMatchObject({ listMarker: '1.', text: 'The quality of supervision first and foremost.' });
    expect(text.lines[7]).toMatchObject({ listMarker: '-', text: 'A bullet with a no-break space and a zerowidth space.' });
    expect(text.lines[8]).toMatchObject({ listMarker: '*', text: 'Another bullet' });
    expect(text.lines[9]).toMatchObject({ listMarker: '(b)', text: 'A lettered point.' });
    expect(byText(text, 'Plain text')).toMatchObject({ text: 'Plain text with some bold words and services noted.' });
    expect(byText(text, 'Plain text')?.isBold).toBeUndefined();
    expect(text.lines[11]?.cells).toEqual(['Area', 'Grade']);
    expect(text.lines[12]?.text).toBe('');
    expect(text.lines[13]?.cells).toEqual(['Adoption', 'Good']);
    expect(byText(text, 'Page two')).toMatchObject({ page: 2, line: 1 });
  });

  it.skipIf(!hasSeeds)('reads the meeting-pack seed’s Markdown headings, bold table headings and HTML lists in cells', async () => {
    const pack = await readSourceText(new Uint8Array(readFileSync(path.join(SEEDS, 'subgroup-meeting-pack-2018-10-02.txt'))), 'pack.txt');
    expect(pack.lines.find((line) => line.text === 'Membership')).toMatchObject({ headingLevel: 2, isBold: true });
    expect(pack.lines.find((line) => line.cells?.[0] === 'Item')).toMatchObject({ isBold: true });
    const rationale = pack.lines.find((line) => line.cells?.[0] === 'Rationale');
    expect(rationale?.cells?.[1]).toMatch(/^This Subgroup has been established to: • consider inspection reports/);
    expect(pack.lines.some((line) => /<\/?(p|ul|li|b)\b/.test(line.text))).toBe(false);
    expect(pack.lines.some((line) => line.text.includes('**'))).toBe(false);
  });

  it('flags page numbers and running heads in a paged text, and bare rising page numbers in an unpaged one', async () => {
    const pages = [1, 2, 3, 4].map((page) => `Westholme inspection report\n\nFinding number ${page * 7} is about ${['help', 'care', 'adoption', 'leaving care'][page - 1] ?? ''}.\n\n${page}`);
    const paged = await readString(pages.join('\f'), 'paged.txt');
    expect(paged.pageCount).toBe(4);
    expect(paged.lines.filter((line) => line.isFurniture === true).map((line) => line.text)).toEqual(
      ['Westholme inspection report', '1', 'Westholme inspection report', '2', 'Westholme inspection report', '3', 'Westholme inspection report', '4'],
    );
    const unpaged = await readString('Finding one.\n\n1\n\nFinding two.\n\n2\n\nPage 3 of 9\nThere were 12\n', 'unpaged.txt');
    expect(unpaged.lines.filter((line) => line.isFurniture === true).map((line) => line.text)).toEqual(['1', '2', 'Page 3 of 9']);
  });

  it('reads UTF-16 and Windows-1252 files, saying so for the latter', async () => {
    const sixteen = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Children’s services\tGood\n', 'utf16le')]);
    expect((await readSourceText(new Uint8Array(sixteen), 'report.txt')).lines[0]?.cells).toEqual(['Children’s services', 'Good']);
    const western = new Uint8Array([...Buffer.from('Budget of '), 0xa3, ...Buffer.from('2m for children'), 0x92, ...Buffer.from('s services')]);
    const text = await readSourceText(western, 'report.txt');
    expect(text.lines[0]?.text).toBe('Budget of £2m for children’s services');
    expect(text.warnings.join(' ')).toMatch(/not in UTF-8/);
  });
});

describe('PDF layout', () => {
  it('flags the running head and the page numbers on every page and nothing in the body', async () => {
    const text = await readSourceText(await pdfWithFurniture(), 'eastbrook.pdf');
    expect(text.pageCount).toBe(6);
    for (let page = 1; page <= 6; page += 1) {
      const furniture = text.lines.filter((line) => line.page === page && line.isFurniture === true).map((line) => line.text);
      expect(furniture).toEqual(['Eastbrook Borough Council: inspection of children’s services', page % 2 === 1 ? `Page ${page} of 6` : String(page)]);
    }
    const heading = text.lines.find((line) => line.text === 'Finding 1');
    expect(heading).toMatchObject({ isBold: true, headingLevel: 1 });
    expect(text.lines.filter((line) => line.text.startsWith('Leaders in Eastbrook')).every((line) => line.isFurniture !== true && line.isBold !== true)).toBe(true);
  });

  it('puts table rows whose cells wrap back together, and leaves the next row and the list alone', async () => {
    const text = await readSourceText(await pdfWithWrappedTable(), 'eastbrook-judgements.pdf');
    expect(rowsWithCells(text)).toEqual([
      ['Judgement', 'Grade'],
      ['The impact of leaders on social work practice with children and families in Eastbrook', 'Requires improvement to be good'],
      ['The experiences and progress of children who need help and protection', 'Good'],
      ['2.1 Adoption performance', 'Outstanding'],
      ['Overall effectiveness', 'Requires improvement to be good'],
    ]);
    expect(text.lines.find((line) => line.listMarker === '•')?.text).toBe('leaders should check the quality of plans every month.');
  });

  // Uses the seed reports converted in beforeAll.
  it.skipIf(!hasSeeds)('puts centred cells that wrap above and below their row back together (LibreOffice’s table)', () => {
    expect(rowsWithCells(source(SIF, 'styled-pdf'))).toContainEqual(['The experiences and progress of children who need help and protection', 'Requires improvement to be good']);
  });
});

describe('Word layout', () => {
  const paragraph = (text: string, properties = '', runProperties = ''): string =>
    `<w:p><w:pPr>${properties}</w:pPr><w:r><w:rPr>${runProperties}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const styles =
    '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Subheading"/><w:basedOn w:val="berschrift1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
  const numbering =
    '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
  const numbered = (numId: number, level: number): string => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
  const cell = (text: string, bold = false): string => `<w:tc><w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${text}</w:t></w:r></w:p></w:tc>`;

  it('reads styles, Word numbering, tables, breaks and what to leave out', async () => {
    const body = [
      paragraph('Northvale Council', '<w:pStyle w:val="berschrift1"/>'),
      paragraph('Leadership', '<w:pStyle w:val="Sub"/>'),
      paragraph('Improve supervision.', '<w:pStyle w:val="ListNumber"/>'),
      paragraph('Record decisions.', numbered(1, 0)),
      paragraph('With a sub-point.', numbered(1, 1)),
      paragraph('Publish plans.', numbered(1, 0)),
      paragraph('A bullet point.', numbered(2, 0)),
      '<w:tbl><w:tr>' + cell('Judgement', true) + cell('Grade', true) + '</w:tr><w:tr>' + cell('Overall effectiveness') + '<w:tc><w:p/></w:tc>' + cell('Good') + '</w:tr></w:tbl>',
      '<w:p><w:r><w:t xml:space="preserve">Services</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>4</w:t></w:r><w:r><w:t xml:space="preserve"> improved</w:t></w:r><w:del><w:r><w:delText> a lot</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>Before the break</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>',
      '<w:p><w:r><w:lastRenderedPageBreak/><w:t>After the break</w:t></w:r></w:p>',
      '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>Shown once</w:t></mc:Choice><mc:Fallback><w:t>Shown once</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>',
      paragraph('Restarted list.', numbered(3, 0)),
      '<w:p><w:r><w:t>First half</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t xml:space="preserve"> second half</w:t></w:r></w:p>',
    ].join('');
    const text = await readSourceText(wordFile(body, { styles, numbering }), 'northvale.docx');
    const line = (start: string): SourceLine | undefined => text.lines.find((candidate) => candidate.text.startsWith(start));
    expect(text.format).toBe('docx');
    expect(line('Northvale')).toMatchObject({ headingLevel: 1, isBold: true });
    expect(line('Leadership')).toMatchObject({ headingLevel: 2, isBold: true });
    expect(line('Improve supervision')?.listMarker).toBe('1.');
    expect(line('Record decisions')?.listMarker).toBe('2.');
    expect(line('With a sub-point')?.listMarker).toBe('(a)');
    expect(line('Publish plans')?.listMarker).toBe('3.');
    expect(line('A bullet point')?.listMarker).toBe('•');
    expect(line('Restarted list')?.listMarker).toBe('1.');
    expect(line('Judgement')).toMatchObject({ cells: ['Judgement', 'Grade'], isBold: true });
    expect(line('Overall')).toMatchObject({ cells: ['Overall effectiveness', 'Good'], text: 'Overall effectiveness\tGood' });
    expect(line('Services')?.text).toBe('Services improved.');
    expect(line('Before the break')?.page).toBe(1);
    // An explicit break and Word's rendered break at the same place are one page break.
    expect(line('After the break')).toMatchObject({ page: 2, line: 1 });
    expect(text.lines.filter((candidate) => candidate.text.includes('Shown once'))).toHaveLength(1);
    expect(line('First half')).toMatchObject({ page: 2 });
    expect(line('second half')).toMatchObject({ page: 3, line: 1 });
    expect(text.pageCount).toBe(3);
  });

  it('reads the app’s own Word report: multi-level numbering, key-value and data tables, a new section on a new page', async () => {
    const model = sampleReport();
    const text = await readSourceText(await renderDocx([{ model, startsOnOddPage: false }], { style: HOUSE_STYLE, info: model.info, createdAt: CREATED_AT }), 'report.docx');
    const line = (start: string): SourceLine | undefined => text.lines.find((candidate) => candidate.text.startsWith(start));
    expect(line('Report for Information')).toMatchObject({ page: 1, headingLevel: 1, isBold: true });
    expect(line('Report to:')?.cells).toEqual(['Report to:', 'Improvement Subgroup – 1 December 2026']);
    expect(line('Introduction')).toMatchObject({ page: 2, listMarker: '1.0', headingLevel: 1 });
    expect(line('Systems and processes for recording supervision')?.listMarker).toBe('3.1.1');
    expect(line('Caseload guidance refreshed')?.listMarker).toBe('(b)');
    expect(line('Team')).toMatchObject({ cells: ['Team', 'Target', 'October', 'November'], isBold: true });
  });
});

describe('bad input', () => {
  it('refuses an empty file', async () => {
    const error = await failure(readSourceText(new Uint8Array(), 'report.pdf'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^The file “report.pdf” is empty/);
  });

  it('refuses a file over 200 MB before reading it', async () => {
    expect(() => {
      assertFileSize(MAX_FILE_BYTES + 1, 'huge.pdf');
    }).toThrow(/larger than 200 MB/);
    const error = await failure(readSourceText(new Uint8Array(MAX_FILE_BYTES + 1), 'huge.pdf'));
    expect(error.message).toMatch(/larger than 200 MB/);
  });

  it('refuses a password-protected PDF', async () => {
    const error = await failure(readSourceText(await encryptedPdf(), 'protected.pdf'));
    expect(error.message).toMatch(/^This PDF is password-protected.*save an unprotected copy/);
  });

  it('refuses a damaged PDF', async () => {
    const whole = await pdfWithFurniture();
    for (const damaged of [whole.slice(0, Math.floor(whole.length / 3)), new TextEncoder().encode('%PDF-1.7\nnot really a PDF at all\n')]) {
      const error = await failure(readSourceText(damaged, 'damaged.pdf'));
      expect(error.message).toMatch(/^This PDF is damaged/);
    }
  });

  it('refuses a PDF with no text layer, as a scan', async () => {
    const error = await failure(readSourceText(await scannedPdf(), 'scan.pdf'));
    expect(error.message).toBe('This PDF has no text layer — it looks like a scan. Ask the inspectorate for the text version, or run it through OCR first.');
  });

  it('refuses Word zip bombs, whether the sizes are declared honestly or not', async () => {
    const huge = 'x'.repeat(60 * 1024 * 1024);
    const declared = makeZip([{ name: 'word/document.xml', content: huge }]);
    const lying = makeZip([{ name: 'word/document.xml', content: huge, declaredSize: 2000 }]);
    const crowded = makeZip(Array.from({ length: 6000 }, (_, index) => ({ name: `word/media/${index}.xml`, content: '' })));
    for (const bomb of [declared, lying, crowded]) {
      const error = await failure(readSourceText(bomb, 'bomb.docx'));
      expect(error.message).toMatch(/^This Word file unpacks to far more text than any report holds/);
    }
  });

  it('refuses a picture, whatever its name says', async () => {
    const error = await failure(readSourceText(picture(), 'report.pdf'));
    expect(error.message).toMatch(/^“report.pdf” is a picture \(PNG\), not a report/);
  });

  it('refuses zips that are not Word files, and binary files that are not text', async () => {
    const sheet = makeZip([{ name: 'xl/workbook.xml', content: '<workbook/>' }]);
    expect((await failure(readSourceText(sheet, 'report.docx'))).message).toMatch(/is an Excel workbook, not a Word document/);
    const binary = new Uint8Array(4096).map((_, index) => (index * 37) % 256);
    expect((await failure(readSourceText(binary, 'report.txt'))).message).toMatch(/is not a PDF, a Word \(\.docx\) file or a text file/);
  });

  // Uses the seed reports converted in beforeAll.
  it.skipIf(!hasSeeds)('refuses a document longer than the page limit', async () => {
    const error = await failure(readSourceText(bytes.get(`${SIF}:pdf`) ?? new Uint8Array(), 'sif.pdf', { maxPages: 5 }));
    expect(error.message).toMatch(/^This document has \d+ pages; the import reads at most 5/);
  });

  // Uses the seed reports converted in beforeAll.
  it.skipIf(!hasSeeds)('reads a file by its content when its name says otherwise, and says so', async () => {
    const text = await readSourceText(bytes.get(`${SIF}:pdf`) ?? new Uint8Array(), 'report.docx');
    expect(text.format).toBe('pdf');
    expect(text.warnings[0]).toBe('The file is named “.docx” but it is a PDF; it was read as a PDF.');
    const word = await readSourceText(bytes.get(`${SIF}:docx`) ?? new Uint8Array(), 'report.pdf');
    expect(word.format).toBe('docx');
    expect(word.warnings[0]).toMatch(/named “\.pdf” but it is a Word document/);
    expect((await readSourceText(bytes.get(`${SIF}:pdf`) ?? new Uint8Array(), 'report.pdf')).warnings).toEqual([]);
  });

  // Uses the seed reports converted in beforeAll.
  it.skipIf(!hasSeeds)('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await failure(readSourceText(bytes.get(`${SIF}:pdf`) ?? new Uint8Array(), 'sif.pdf', { signal: controller.signal }));
    expect(error.code).toBe('cancelled');
  });

  // Uses the seed reports converted in beforeAll.
  it.skipIf(!hasSeeds)('leaves the caller’s bytes intact (pdfjs would otherwise take them over)', async () => {
    const data = bytes.get(`${SIF}:pdf`) ?? new Uint8Array();
    const length = data.byteLength;
    await readSourceText(data, 'sif.pdf');
    expect(data.byteLength).toBe(length);
  });
});
