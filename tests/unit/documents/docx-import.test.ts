// A Word report read into the editor's rich text: headings, the report's
// numbered paragraphs, lists, tables, emphasis and links, and the parts of a
// Word file that are not the report's running text.
import { describe, expect, it } from 'vitest';
import { readWordReport, type WordReport } from '../../../electron/core/documents/docx-import';
import { richText, type RichTextNode } from '../../../shared/api/schema';
import { para, wordFile, type WordFileOptions } from './docx-import-files';

async function read(body: string, options: WordFileOptions = {}, title?: string): Promise<WordReport> {
  return readWordReport(new Uint8Array(wordFile(body, options)), { fileName: 'Fostering_annual-report 2026.docx', title });
}

/** The words of a node, line breaks as " | ". */
function words(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' | ';
  return (node.content ?? []).map(words).join('');
}

/** A compact picture of the body: "h1 Title", "# numbered", plain words, lists and tables as nested arrays. */
function outline(nodes: readonly RichTextNode[]): unknown[] {
  return nodes.map((node): unknown => {
    switch (node.type) {
      case 'heading':
        return `h${String(node.attrs?.['level'])} ${words(node)}`;
      case 'paragraph':
        return node.attrs?.['numbered'] === true ? `# ${words(node)}` : words(node);
      case 'bulletList':
      case 'orderedList': {
        const start = node.attrs?.['start'];
        return { [node.type === 'bulletList' ? 'ul' : 'ol']: (node.content ?? []).map((item) => outline(item.content ?? [])), ...(start === undefined ? {} : { start }) };
      }
      case 'table':
        return { table: (node.content ?? []).map((row) => (row.content ?? []).map(cellWords)) };
      case 'image':
        return `image “${String(node.attrs?.['alt'])}” ${String(node.attrs?.['width'])}px`;
      default:
        return node.type;
    }
  });
}

function cellWords(cell: RichTextNode): string {
  const span = cell.attrs?.['colspan'];
  return `${cell.type === 'tableHeader' ? 'th ' : ''}${(cell.content ?? []).map(words).join(' / ')}${typeof span === 'number' ? ` (across ${span})` : ''}`;
}

const h1 = (text: string) => para(text, { style: 'Heading1' });
const h2 = (text: string) => para(text, { style: 'Heading2' });

describe('reading a Word report into rich text', () => {
  it('takes headings from heading styles and outline levels, and drops the numbers typed before them', async () => {
    const report = await read(
      [
        para('Annual report of the fostering service', { style: 'Title' }),
        h1('1.0 Introduction'),
        '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t xml:space="preserve">4.1\tScope</w:t></w:r></w:p>',
        h2('100 days on'),
        h1('2. Findings'),
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>3</w:t></w:r><w:r><w:tab/><w:t>Next steps</w:t></w:r></w:p>',
      ].join(''),
    );
    expect(report.title).toBe('Annual report of the fostering service');
    expect(outline(report.body.content)).toEqual(['h1 Introduction', 'h2 Scope', 'h2 100 days on', 'h1 Findings', 'h1 Next steps']);
    expect(report.counts.headings).toBe(5);
  });

  it('makes a multi-level decimal list the report’s numbered paragraphs, and other Word lists bulleted and ordered lists', async () => {
    const report = await read(
      [
        h1('Introduction'),
        para('The report explains the service.', { numId: 1, level: 1 }),
        para('Background', { numId: 1, level: 0 }),
        para('Current position', { numId: 1, level: 1 }),
        para('Forty-two households were approved.', { numId: 1, level: 2 }),
        para('Recruitment events', { numId: 2 }),
        para('In Eastwick', { numId: 2, level: 1 }),
        para('In Northgate', { numId: 2, level: 1 }),
        para('A support group', { numId: 2 }),
        para('Recruit carers', { numId: 3 }),
        para('Skills to Foster', { numId: 3, level: 1 }),
        para('Train carers', { numId: 3 }),
        para('Between the lists.'),
        para('Carry on counting', { numId: 5 }),
        para('Start again', { numId: 4 }),
        para('2.1\tThe council typed this number.'),
        para('2.5 million children were seen.'),
        para('Not numbered here', { numId: 1, level: 1, style: 'Normal' }).replace('<w:numId w:val="1"/>', '<w:numId w:val="0"/>'),
      ].join(''),
    );
    expect(outline(report.body.content)).toEqual([
      'h1 Introduction',
      '# The report explains the service.',
      'h1 Background',
      'h2 Current position',
      '# Forty-two households were approved.',
      { ul: [['Recruitment events', { ul: [['In Eastwick'], ['In Northgate']] }], ['A support group']] },
      { ol: [['Recruit carers', { ol: [['Skills to Foster']] }], ['Train carers']] },
      'Between the lists.',
      { ol: [['Carry on counting']], start: 3 },
      { ol: [['Start again']] },
      '# The council typed this number.',
      '2.5 million children were seen.',
      'Not numbered here',
    ]);
    expect(report.counts).toMatchObject({ headings: 3, numberedParagraphs: 3, lists: 4 });
  });

  it('keeps tables with their header rows, cells merged across, and the author’s column widths', async () => {
    const cell = (text: string, properties = '') => `<w:tc>${properties === '' ? '' : `<w:tcPr>${properties}</w:tcPr>`}${para(text, { runProperties: ['Measure', 'Total', 'Count'].includes(text) ? '<w:b/>' : undefined })}</w:tc>`;
    const report = await read(
      [
        '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="1500"/><w:gridCol w:w="1500"/></w:tblGrid>',
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('Measure')}${cell('2025')}${cell('2026')}</w:tr>`,
        `<w:tr>${cell('Approved', '<w:vMerge w:val="restart"/>')}${cell('35')}${cell('42')}</w:tr>`,
        `<w:tr>${cell('', '<w:vMerge/>')}${cell('of which kin')}${cell('9')}</w:tr>`,
        `<w:tr><w:trPr><w:del w:id="9" w:author="A"/></w:trPr><w:tc><w:p><w:del w:id="8" w:author="A"><w:r><w:delText>Deleted row</w:delText></w:r></w:del></w:p></w:tc></w:tr>`,
        `<w:tr>${cell('Figures are provisional.', '<w:gridSpan w:val="3"/>')}</w:tr>`,
        '</w:tbl>',
        `<w:tbl><w:tr>${cell('Total')}${cell('Count')}</w:tr><w:tr>${cell('All')}<w:tc><w:tbl><w:tr>${cell('Inner')}</w:tr></w:tbl>${para('kept with its number', { numId: 1, level: 1 })}</w:tc></w:tr></w:tbl>`,
      ].join(''),
    );
    expect(outline(report.body.content)).toEqual([
      { table: [['th Measure', 'th 2025', 'th 2026'], ['Approved', '35', '42'], ['', 'of which kin', '9'], ['Figures are provisional. (across 3)']] },
      { table: [['th Total', 'th Count'], ['All', 'Inner / 1.1 kept with its number']] },
    ]);
    const [first] = report.body.content;
    expect(first?.content?.[0]?.content?.map((cell) => cell.attrs?.['colwidth'])).toEqual([[200], [100], [100]]);
    expect(report.counts.tables).toBe(3);
    expect(report.warnings.join(' ')).toContain('tracked changes');
  });

  it('keeps bold, italic, web and email links and line breaks; drops field codes, hidden text, comments, bookmarks and unsafe links', async () => {
    const report = await read(
      [
        '<w:p>',
        '<w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r><w:r><w:t xml:space="preserve"> and </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>strong</w:t></w:r>',
        '<w:r><w:t xml:space="preserve">, </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>italic</w:t></w:r><w:bookmarkStart w:id="0" w:name="here"/><w:commentRangeStart w:id="1"/>',
        '<w:r><w:t xml:space="preserve"> and </w:t></w:r><w:hyperlink r:id="rIdWeb"><w:r><w:t>the website</w:t></w:r></w:hyperlink><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:bookmarkEnd w:id="0"/>',
        '<w:r><w:t xml:space="preserve">, </w:t></w:r><w:hyperlink r:id="rIdMail"><w:r><w:t>email us</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve">, </w:t></w:r><w:hyperlink r:id="rIdScript"><w:r><w:t>no script</w:t></w:r></w:hyperlink>',
        '<w:r><w:t xml:space="preserve">, </w:t></w:r><w:hyperlink w:anchor="here"><w:r><w:t>a bookmark</w:t></w:r></w:hyperlink>',
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t>HIDDEN</w:t></w:r><w:r><w:br/><w:t>Next line</w:t><w:br w:type="page"/></w:r>',
        '</w:p>',
        '<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.castlemere.gov.uk/plan" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the plan</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:t xml:space="preserve"> on page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGEREF here \\h</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>4</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:r><w:t xml:space="preserve"> (</w:t></w:r><w:del w:id="3" w:author="A"><w:r><w:delText>old words</w:delText></w:r></w:del><w:ins w:id="4" w:author="A"><w:r><w:t>new words</w:t></w:r></w:ins><w:r><w:t>).</w:t></w:r></w:p>',
        para('Quoted words', { style: 'Quote' }),
      ].join(''),
      { relationships: { rIdWeb: ['hyperlink', 'https://www.castlemere.gov.uk/', true], rIdMail: ['hyperlink', 'mailto:scrutiny@castlemere.gov.uk', true], rIdScript: ['hyperlink', 'javascript:alert(1)', true] } },
    );
    const [first, second, third] = report.body.content;
    expect(words(first ?? { type: 'x' })).toBe('Bold and strong, italic and the website, email us, no script, a bookmark | Next line');
    const marked = (node: RichTextNode | undefined) => (node?.content ?? []).filter((child) => child.marks !== undefined).map((child) => [child.text, child.marks?.map((mark) => (typeof mark.attrs?.['href'] === 'string' ? mark.attrs['href'] : mark.type))]);
    expect(marked(first)).toEqual([
      ['Bold', ['bold']],
      ['strong', ['bold']],
      ['italic', ['italic']],
      ['the website', ['https://www.castlemere.gov.uk/']],
      ['email us', ['mailto:scrutiny@castlemere.gov.uk']],
    ]);
    expect(words(second ?? { type: 'x' })).toBe('See the plan on page 4 (new words).');
    expect(marked(second)).toEqual([['the plan', ['https://www.castlemere.gov.uk/plan']]]);
    expect(marked(third)).toEqual([['Quoted words', ['italic']]]);
  });

  it('leaves out footnotes, text boxes, equations and the table of contents, and says so', async () => {
    const report = await read(
      [
        '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>',
        para('Contents', { style: 'TOC1' }),
        para('1 Introduction .......... 3'),
        '</w:sdtContent></w:sdt>',
        para('2 Findings .......... 5', { style: 'TOC1' }),
        h1('Introduction'),
        '<w:p><w:r><w:t>The service grew.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="100" cy="100"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>',
        para('Words in a box'),
        '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>',
        para('Words in a box'),
        '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
        '<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath></w:p>',
      ].join(''),
    );
    expect(outline(report.body.content)).toEqual(['h1 Introduction', 'The service grew.']);
    const warnings = report.warnings.join('\n');
    expect(warnings).toContain('The report has 1 footnote.');
    expect(warnings).toContain('1 text box was left out');
    expect(warnings).toContain('1 equation was left out');
    expect(warnings).toContain('The table of contents was left out');
  });

  it('takes the title from the Title style, a first heading over lower ones, the file’s properties, or the file’s name', async () => {
    const sections = h1('Introduction') + para('Words.') + h1('Findings') + para('More words.');
    expect((await read(para('Ofsted action plan update', { style: 'Title' }) + h1('Ofsted action plan update') + sections)).title).toBe('Ofsted action plan update');
    const firstHeading = await read(h1('Children’s services improvement') + h2('Introduction') + para('Words.') + h2('Findings'));
    expect(firstHeading.title).toBe('Children’s services improvement');
    expect(outline(firstHeading.body.content)).toEqual(['h1 Introduction', 'Words.', 'h1 Findings']);
    expect((await read(h1('Youth justice plan') + sections)).title).toBe('Youth justice plan');
    expect((await read(sections, { propertiesTitle: 'Youth Justice Plan 2026' })).title).toBe('Youth Justice Plan 2026');
    expect((await read(sections, { propertiesTitle: 'Report template' })).title).toBe('Fostering annual report 2026');
    const chosen = await read(h1('Annual review') + para('Words.') + sections, {}, 'Annual review');
    expect(chosen.title).toBe('Annual review');
    expect(outline(chosen.body.content)[0]).toBe('Words.');
  });

  it('makes a body the documents API accepts', async () => {
    const report = await read(h1('Introduction') + para('Words.', { numId: 1, level: 1 }));
    expect(richText.safeParse(report.body).success).toBe(true);
  });
});
