import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../../electron/core/documents/model';
import { numberLabels } from '../../../electron/core/documents/numbering';
import { renderDocx, type DocxPart } from '../../../electron/core/render/docx/index';
import { PNG_1X1 } from '../../helpers/files';
import { makeTempDir } from '../../helpers/temp';
import { ANCHORS, awkwardDocument, exemptAnnex, frontSheet, HOUSE_STYLE, IRREGULAR_NUMBERING, largePack, progressReport } from './docx-fixtures';
import { convertToPdf, docxParts, pageOf, readPdf, type PdfReadback } from './docx-readback';

const CREATED_AT = new Date('2026-11-22T10:00:00Z');
const LIBREOFFICE_TIMEOUT = 60_000;

function packParts(): DocxPart[] {
  const front = frontSheet();
  front.blocks.push({ type: 'image', data: PNG_1X1, mediaType: 'image/png', alt: 'Council crest', widthMm: 20, heightMm: 20, align: 'centre' });
  return [
    { model: front, startsOnOddPage: false },
    { model: progressReport(), startsOnOddPage: true },
    { model: exemptAnnex(), startsOnOddPage: true },
  ];
}

const render = (parts: DocxPart[], signal?: AbortSignal): Promise<Uint8Array> =>
  renderDocx(parts, { style: HOUSE_STYLE, info: frontSheet().info, createdAt: CREATED_AT, ...(signal === undefined ? {} : { signal }) });

/** Whether the XML holds a fragment; fails with the fragment, not the whole part, in the message. */
function expectXml(xml: string, fragment: string | RegExp, isPresent = true): void {
  const found = typeof fragment === 'string' ? xml.includes(fragment) : fragment.test(xml);
  expect(found, `${isPresent ? 'missing' : 'unexpected'}: ${String(fragment)}`).toBe(isPresent);
}

/** The printed numbers of numbered blocks, in document order. */
const labelsOf = (model: DocumentModel): string[] => [...numberLabels(model.blocks).values()];
const LABEL = /^\d+\.\d+(\.\d+)?$/;

describe('Word renderer: the package', () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await docxParts(await render(packParts()));
  });
  const part = (name: string): string => parts.get(name) ?? '';

  it('defines Heading 1–3 with outline levels 0–2 in the house font and colour', () => {
    const styles = part('word/styles.xml');
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}".*?</w:style>`).exec(styles)?.[0] ?? '';
      expectXml(style, `<w:name w:val="heading ${level}"/>`);
      expectXml(style, `<w:outlineLvl w:val="${level - 1}"/>`);
      expectXml(style, '<w:color w:val="12395B"/>');
    }
    expectXml(styles, /<w:docDefaults>.*w:ascii="Arial".*<\/w:docDefaults>/);
    for (const id of ['Title', 'Subtitle', 'SmallPrint', 'Notice', 'TableText']) expectXml(styles, `w:styleId="${id}"`);
  });

  it('numbers report paragraphs "%1.0", "%1.%2", "%1.%2.%3", one numbering instance per document', () => {
    const numbering = part('word/numbering.xml');
    const definition = /<w:abstractNum [^>]*>(?:(?!<\/w:abstractNum>).)*?%1\.0.*?<\/w:abstractNum>/.exec(numbering)?.[0] ?? '';
    expect([...definition.matchAll(/<w:lvlText w:val="([^"]*)"\/>/g)].map((match) => match[1])).toEqual(['%1.0', '%1.%2', '%1.%2.%3']);
    const reportAbstractId = /w:abstractNumId="(\d+)"/.exec(definition)?.[1];
    const body = part('word/document.xml');
    // Each section (document) uses its own w:num of the report definition, each restarting every level.
    const sections = body.split('<w:sectPr');
    const numIdsPerSection = sections.slice(1, 3).map((text) => new Set([...text.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1])));
    const reportNums = [...numbering.matchAll(/<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"\/>(.*?)<\/w:num>/g)].filter((match) => match[2] === reportAbstractId);
    expect(reportNums).toHaveLength(2);
    for (const match of reportNums) expect(match[3]).toContain('<w:startOverride w:val="1"/>');
    const [report, annex] = reportNums.map((match) => match[1]);
    expect(numIdsPerSection[0]?.has(report)).toBe(true);
    expect(numIdsPerSection[1]?.has(annex)).toBe(true);
    expect(numIdsPerSection[1]?.has(report)).toBe(false);
  });

  it('writes page ranges as PAGEREF fields to bookmarks named as the anchors', () => {
    const body = part('word/document.xml');
    for (const anchor of Object.values(ANCHORS)) {
      expectXml(body, `<w:bookmarkStart w:name="${anchor}"`);
      expectXml(body, `PAGEREF ${anchor} \\h`);
    }
    expectXml(body, '<w:bookmarkStart w:name="annex_heading"');
    expectXml(body, /<w:hyperlink [^>]*w:anchor="item_2_start"/);
    // The single-page range prints one field: item_3_start is referred to twice, item_3_end once.
    expect(body.match(/PAGEREF item_3_start /g)).toHaveLength(2);
    expect(body.match(/PAGEREF item_3_end /g)).toHaveLength(1);
    expectXml(part('word/settings.xml'), '<w:updateFields');
  });

  it('repeats table header rows, starts parts on odd pages and numbers pages in every footer', () => {
    const body = part('word/document.xml');
    expectXml(body, '<w:tblHeader/>');
    expect(body.match(/<w:type w:val="oddPage"\/>/g)).toHaveLength(2);
    const footers = [...parts.keys()].filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(3);
    for (const footer of footers) expectXml(part(footer), /<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expectXml(body, '<w:pgNumType w:start', false);
  });

  it('marks the exempt part in its header and as its first paragraph', () => {
    const headers = [...parts.keys()].filter((name) => /^word\/header\d+\.xml$/.test(name)).map(part);
    expect(headers.filter((xml) => xml.includes('NOT FOR PUBLICATION – by virtue of paragraph 2'))).toHaveLength(1);
    const annexBody = part('word/document.xml').split('<w:sectPr')[2] ?? '';
    expectXml(annexBody, /^[^]*?<w:p>(?:(?!<\/w:p>).)*Notice(?:(?!<\/w:p>).)*NOT FOR PUBLICATION/);
  });

  it('gives pictures alt text and carries the core properties with the build time', () => {
    expectXml(part('word/document.xml'), /<wp:docPr id="1" name="Picture 1" descr="Council crest" title="Council crest"/);
    const core = part('docProps/core.xml');
    expectXml(core, '<dc:title>Agenda – Improvement Subgroup</dc:title>');
    expectXml(core, '<dc:creator>Example Borough Council</dc:creator>');
    expectXml(core, '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-22T10:00:00Z</dcterms:created>');
  });
});

describe('Word renderer: read back through LibreOffice', () => {
  let dir: string;
  let pdf: PdfReadback;
  beforeAll(async () => {
    dir = makeTempDir('docx-render');
    pdf = await readPdf(await convertToPdf(await render(packParts()), dir));
  }, LIBREOFFICE_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The front sheet links to "Progress report" too: the part starts on the page that opens with it.
  const reportStart = (): number => pdf.pages.findIndex((items) => items[0] === 'Progress report') + 1;
  const annexStart = (): number => pageOf(pdf.pages, 'Annex: case audit');

  it('prints on page 1 the pages where the anchored parts start and end', () => {
    const front = pdf.pages[0]?.join(' ') ?? '';
    const reportEnd = pageOf(pdf.pages, 'End of the progress report.');
    const annexEnd = pageOf(pdf.pages, 'Action 30');
    expect(reportEnd).toBeGreaterThan(reportStart());
    expect(annexEnd).toBeGreaterThan(annexStart());
    expect(annexEnd).toBe(pdf.pages.length);
    expect(front).toContain(`pages ${reportStart()} - ${reportEnd}`);
    expect(front).toContain(`Annex pages ${annexStart()} - ${annexEnd}`);
    expect(front).toContain(`Annex first page ${annexStart()} `);
  });

  it('starts every part after the first on an odd page, page numbers running on', () => {
    expect(reportStart() % 2).toBe(1);
    expect(annexStart() % 2).toBe(1);
    expect(reportStart()).toBeGreaterThan(1);
    pdf.pages.forEach((items, index) => {
      // LibreOffice leaves the blank pages it adds for odd-page starts without a footer.
      if (items.length > 0) expect(items.at(-1)).toBe(String(index + 1));
    });
  });

  it('prints the numbers numberLabels() gives, restarting in each document', () => {
    const labelsOn = (from: number, to: number): string[] => pdf.pages.slice(from - 1, to).flat().filter((item) => LABEL.test(item));
    expect(labelsOn(reportStart(), annexStart() - 1)).toEqual(labelsOf(progressReport()));
    expect(labelsOn(annexStart(), pdf.pages.length)).toEqual(labelsOf(exemptAnnex()));
  });

  it('turns the headings into PDF bookmarks', () => {
    const titles = (entries: PdfReadback['outline']): string[] => entries.flatMap((entry) => [entry.title, ...titles(entry.items)]);
    const all = titles(pdf.outline);
    expect(all).toEqual(expect.arrayContaining(['Agenda', 'Progress report', 'Annex: case audit']));
    const report = pdf.outline.find((entry) => entry.title === 'Progress report');
    // Heading 2 nests under Heading 1, and numbered headings keep their numbers.
    expect(report?.items.map((entry) => entry.title)).toEqual(['1.0 Section heading 1', '2.0 Section heading 2', '3.0 Section heading 3', '4.0 Section heading 4']);
  });

  it('marks every page of the exempt part as not for publication', () => {
    for (let page = annexStart(); page <= pdf.pages.length; page += 1) {
      expect(pdf.pages[page - 1]?.[0]).toMatch(/^NOT FOR PUBLICATION – /);
    }
    expect(pdf.pages[reportStart() - 1]?.join(' ')).not.toContain('NOT FOR PUBLICATION');
  });
});

describe('Word renderer: awkward input', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeTempDir('docx-awkward');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a file LibreOffice opens from bad input, without characters XML forbids', async () => {
    const awkward = awkwardDocument();
    const bytes = await renderDocx([{ model: awkward, startsOnOddPage: false }, { model: awkwardDocument(), startsOnOddPage: true }], {
      style: { fontFamily: 'DejaVu Serif', bodySizePt: Number.NaN, accentColour: 'blue' },
      info: awkward.info,
      createdAt: new Date(Number.NaN),
    });
    const parts = await docxParts(bytes);
    const body = parts.get('word/document.xml') ?? '';
    for (const code of [0x00, 0x01, 0x02, 0x03, 0x07, 0x0b, 0x0c, 0x1f, 0xd800, 0xdc00]) {
      expect([...parts.values()].some((xml) => xml.includes(String.fromCharCode(code))), `U+${code.toString(16)}`).toBe(false);
    }
    expect(body.match(/w:name="dup_anchor"/g)).toHaveLength(1);
    expectXml(body, 'not a valid name!', false);
    expectXml(body, 'javascript:', false);
    // Adjacent tables (the ragged table, then the key–value table) are kept apart, or they would merge.
    expectXml(body, '</w:tbl><w:tbl>', false);
    expectXml(parts.get('docProps/core.xml') ?? '', '<dc:title>Awkward &amp; &lt;odd&gt;  title</dc:title>');

    const pdf = await readPdf(await convertToPdf(bytes, dir, 'awkward'));
    const text = pdf.pages.map((items) => items.join(' ')).join(' ');
    expect(text).toContain('Controlcharshere');
    expect(text).toContain('script link');
    expect(text).toContain('Not really a picture');
    expect(text).toContain('Depth 0');
    expect(text).toContain('NOT FOR PUBLICATION – <b>exempt</b> &');
    // Numbers Word would count from an unstarted level are typed in, so both documents print numberLabels().
    const expected = [...numberLabels(IRREGULAR_NUMBERING).values()];
    expect(expected.slice(0, 2)).toEqual(['0.1', '0.1.1']);
    expect(pdf.pages.flat().filter((item) => LABEL.test(item))).toEqual([...expected, ...expected]);
  }, LIBREOFFICE_TIMEOUT);

  it('keeps a table row on one page unless it is too tall to fit on half a page', async () => {
    const cellOf = (words: string) => ({ content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: words }] }] });
    const model: DocumentModel = {
      info: { title: 'Rows', subject: '', author: '' },
      blocks: [{
        type: 'table',
        columnWidths: [0.3, 0.7],
        headerRows: [{ cells: [cellOf('Action'), cellOf('Progress')] }],
        rows: [
          { cells: [cellOf('Short'), cellOf('Done on time.')] },
          { cells: [cellOf('Long'), cellOf('A long account of progress. '.repeat(150))] },
          { cells: [cellOf('Medium'), cellOf('Some words. '.repeat(60))] },
        ],
      }],
    };
    const body = (await docxParts(await render([{ model, startsOnOddPage: false }]))).get('word/document.xml') ?? '';
    const rows = body.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows.map((row) => row.includes('<w:cantSplit/>'))).toEqual([true, true, false, true]);
  });

  it('writes an empty pack and an empty document as files with one page', async () => {
    const empty = await render([]);
    expect((await readPdf(await convertToPdf(empty, dir, 'empty'))).pages).toHaveLength(1);
    const blank: DocumentModel = { info: { title: '', subject: '', author: '' }, blocks: [] };
    const parts = await docxParts(await render([{ model: blank, startsOnOddPage: false }]));
    expectXml(parts.get('word/document.xml') ?? '', /<w:body><w:p[ />]/);
  }, LIBREOFFICE_TIMEOUT);

  it('stops with the reason when cancelled, before the next block', async () => {
    const controller = new AbortController();
    await expect(render(packParts(), AbortSignal.abort(new Error('cancelled early')))).rejects.toThrow('cancelled early');
    let reads = 0;
    const tripwire: Block = {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          get text() {
            reads += 1;
            controller.abort(new Error('cancelled by the user'));
            return 'Reading this cancels the render';
          },
        },
      ],
    };
    const model: DocumentModel = { info: frontSheet().info, blocks: [tripwire, { ...tripwire }, tripwire] };
    await expect(render([{ model, startsOnOddPage: false }], controller.signal)).rejects.toThrow('cancelled by the user');
    expect(reads).toBe(1);
  });
});

describe('Word renderer: repeatability and size', () => {
  it('writes the same parts on every run but for docx\'s random link ids and running bookmark ids', async () => {
    const first = await docxParts(await render(packParts()));
    const second = await docxParts(await render(packParts()));
    expect([...second.keys()]).toEqual([...first.keys()]);
    // docx numbers bookmarks from a counter shared by every document of the process, and names link relationships at random.
    const normalise = (xml: string): string =>
      xml.replace(/(<w:bookmark(?:Start|End)[^>]*w:id=")\d+"/g, '$1#"').replace(/(r:id="|Id=")rId[A-Za-z0-9_-]{12,}"/g, '$1rId#"');
    for (const [name, xml] of first) {
      if (name === 'word/document.xml' || name === 'word/_rels/document.xml.rels') expect(normalise(second.get(name) ?? ''), name).toBe(normalise(xml));
      else expect(second.get(name), name).toBe(xml);
    }
  });

  it('renders a pack of about 300 pages', async () => {
    const parts = largePack();
    const started = performance.now();
    const bytes = await render(parts);
    const elapsed = performance.now() - started;
    const body = (await docxParts(bytes)).get('word/document.xml') ?? '';
    expect(body.match(/<w:sectPr/g)).toHaveLength(parts.length);
    expect(body.match(/PAGEREF item_\d+_start /g)).toHaveLength(parts.length - 1);
    console.info(`renderDocx: ${parts.length} parts (about 300 pages) in ${Math.round(elapsed)} ms, ${Math.round(bytes.length / 1024)} KiB`);
  });
});
