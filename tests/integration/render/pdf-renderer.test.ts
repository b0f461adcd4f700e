// The tagged PDF renderer, checked by reading its files back with pdfjs-dist
// (the engine inside Firefox): the text in reading order, the tags a screen
// reader follows, links, bookmarks, metadata, and the same bytes every time.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel, TableRow } from '../../../electron/core/documents/model';
import { renderPdf, type PdfRenderOptions } from '../../../electron/core/render/pdf/index';
import { A4, MARGIN } from '../../../electron/core/render/page';
import { CREATED_AT, HOUSE_STYLE, longDocument, sampleReport } from './pdf-samples';

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
type Bookmark = { title: string; items: Bookmark[] };
type TextItem = { str: string; x: number; y: number; width: number };
/** A structure element as pdfjs reads it; `content` names its marked content as `p<page ref>_mc<id>`. */
type Tag = { role: string; alt?: string; children: Tag[]; content: string[] };

const ANCHOR_PAGES = new Map([['plan_start', 7], ['plan_end', 18]]);

function render(model: DocumentModel, options: Partial<PdfRenderOptions> = {}) {
  return renderPdf(model, { style: HOUSE_STYLE, mode: 'standalone', createdAt: CREATED_AT, anchorPages: ANCHOR_PAGES, ...options });
}

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  return pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

async function pageItems(doc: PdfDocument, pageNumber: number): Promise<TextItem[]> {
  const content = await (await doc.getPage(pageNumber)).getTextContent();
  return content.items.flatMap((item) => ('str' in item && item.str.trim() ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : []));
}

/** The outline, or null when the file has none (pdfjs types the nested items as `any`). */
async function outlineOf(doc: PdfDocument): Promise<Bookmark[] | null> {
  const outline: Bookmark[] | null = await doc.getOutline();
  return outline;
}

async function pageText(doc: PdfDocument, pageNumber: number): Promise<string> {
  return (await pageItems(doc, pageNumber)).map((item) => item.str).join(' ').replace(/\s+/g, ' ');
}

async function allText(doc: PdfDocument): Promise<string> {
  const pages: string[] = [];
  for (let page = 1; page <= doc.numPages; page += 1) pages.push(await pageText(doc, page));
  return pages.join(' ');
}

async function tags(doc: PdfDocument, pageNumber: number): Promise<Tag> {
  const visit = (node: unknown): Tag => {
    const { role, alt, children = [] } = node as { role?: string; alt?: string; children?: { role?: string; type?: string; id?: string }[] };
    const kids = children.filter((child) => child.role !== undefined).map(visit);
    const content = children.flatMap((child) => (child.type === 'content' && child.id ? [child.id] : []));
    return { role: role ?? '', ...(alt ? { alt } : {}), children: kids, content };
  };
  return visit(await (await doc.getPage(pageNumber)).getStructTree());
}

function roles(tag: Tag): string[] {
  return [tag.role, ...tag.children.flatMap(roles)];
}

/** The marked content inside every element with this role, on any page. */
function contentOf(tag: Tag, role: string, isInside = false): string[] {
  const inside = isInside || tag.role === role;
  return [...(inside ? tag.content : []), ...tag.children.flatMap((child) => contentOf(child, role, inside))];
}

async function pageRefId(doc: PdfDocument, pageNumber: number): Promise<string> {
  const { ref } = await doc.getPage(pageNumber);
  if (!ref) throw new Error('page without a reference');
  return `p${ref.num}R${ref.gen === 0 ? '' : ref.gen}_`;
}

const PAINTING = new Set([
  pdfjs.OPS.showText, pdfjs.OPS.showSpacedText, pdfjs.OPS.nextLineShowText, pdfjs.OPS.nextLineSetSpacingShowText,
  pdfjs.OPS.constructPath, pdfjs.OPS.fill, pdfjs.OPS.eoFill, pdfjs.OPS.stroke, pdfjs.OPS.fillStroke,
  pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject,
]);

/** Every marked-content tag each painting operation sits in, per page; `null` for a mark outside any. */
async function markedPainting(doc: PdfDocument): Promise<(string | null)[]> {
  const found: (string | null)[] = [];
  for (let page = 1; page <= doc.numPages; page += 1) {
    const { fnArray, argsArray } = await (await doc.getPage(page)).getOperatorList();
    const open: string[] = [];
    fnArray.forEach((fn, index) => {
      if (fn === pdfjs.OPS.beginMarkedContent || fn === pdfjs.OPS.beginMarkedContentProps) open.push(String((argsArray[index] as unknown[])[0]));
      else if (fn === pdfjs.OPS.endMarkedContent) open.pop();
      else if (PAINTING.has(fn)) found.push(open[0] ?? null);
    });
  }
  return found;
}

/** Asserts the snippets occur in this order in `text`. */
function expectInOrder(text: string, snippets: readonly string[]): void {
  let from = 0;
  for (const snippet of snippets) {
    const at = text.indexOf(snippet, from);
    expect(at, `"${snippet}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + snippet.length;
  }
}

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const row = (...values: string[]): TableRow => ({ cells: values.map((value) => ({ content: [paragraph(value)] })) });

function tallTable(rows: number): DocumentModel {
  const body = Array.from({ length: rows }, (_, index) => row(`Action ${index + 1}`, `Owner ${index + 1}`, index % 2 ? 'Green' : 'Amber'));
  return { info: { title: 'Action plan', subject: 'Plan', author: 'Castlemere City Council' }, blocks: [{ type: 'table', columnWidths: [0.5, 0.3, 0.2], headerRows: [row('Action', 'Owner', 'Rating')], rows: body }] };
}

describe('renderPdf', () => {
  it('prints every kind of block, in reading order, with numbering labels and page ranges', async () => {
    const result = await render(sampleReport());
    const doc = await open(result.bytes);
    const text = await allText(doc);
    expectInOrder(text, [
      'Agenda item 4', 'Castlemere City Council', 'Report for Information', 'Report to:', 'Improvement Subgroup – 1 December 2026', 'Subject:',
      'Wards affected:', 'All', 'Contribution to the Children and Young People’s Plan', 'Safe and well', 'Ready for school',
      'Contact officer:', 'Dana Whitlock, Scrutiny Officer Tel: 01632 960000 dana.whitlock@castlemere.example',
      'Background documents:', 'inspection report, 2026', 'Printed on recycled paper',
      '1.0 Introduction', '1.1 This report updates', '1.2 The plan is monitored', 'Progress is reported by exception',
      '2.0 Background', '2.1 The inspection judged', 'the recommendations',
      '• Management oversight', '• Caseloads', 'a. Assessed and Supported', 'b. Caseload guidance', '• Timeliness',
      '3.0 Recommendations – progress, risk and next steps', '3.1 Recommendation 1', '3.1.1 Systems and processes', '3.1.2 A focused audit',
      'Table 1: Supervision within timescale', 'Team Target October November', 'Assessment 90% 84% 88%', 'Leaving care 90% 95% 96%', 'All teams 87% 91%',
      'Appendix 2 – Improvement Board performance summary – to follow',
      'Pages of the plan: 7 - 18; summary on page 7; appendix: –.',
    ]);
    expect(result.pageCount).toBe(doc.numPages);
    // The page break puts the body on page 2.
    expect(await pageText(doc, 1)).not.toContain('Introduction');
    expect(await pageText(doc, 2)).toContain('1.0 Introduction');
    expect(result.anchors).toEqual(new Map([['intro', 1], ['recommendations', 1], ['report_end', 1]]));
    await doc.destroy();
  });

  it('tags headings, paragraphs, lists, tables and figures under one Document element', async () => {
    const doc = await open((await render(sampleReport())).bytes);
    const cover = await tags(doc, 1);
    const body = await tags(doc, 2);
    expect(cover.children.map((child) => child.role)).toEqual(['Document']);
    expect(roles(cover)).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD', 'P', 'Link']));
    const bodyRoles = roles(body);
    for (const role of ['H1', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Figure', 'Link']) expect(bodyRoles).toContain(role);
    const document = body.children[0];
    expect(document?.children.slice(0, 3).map((child) => child.role)).toEqual(['H1', 'P', 'P']);
    const figure = (function find(tag: Tag): Tag | undefined {
      return tag.role === 'Figure' ? tag : tag.children.map(find).find(Boolean);
    })(body);
    expect(figure?.alt).toBe('The council crest: a blue shield with a gold band');
    await doc.destroy();
    // Attributes pdfjs does not report; structure elements are plain (uncompressed) objects.
    const raw = Buffer.from((await render(sampleReport())).bytes).toString('latin1');
    expect(raw).toContain('/Scope /Column');
    expect(raw).toContain('/Scope /Row');
    expect(raw).toContain('/ColSpan 2');
  });

  it('leaves no mark untagged: all text, lines and pictures are structure content or artifacts', async () => {
    for (const model of [sampleReport(), tallTable(80)]) {
      const doc = await open((await render(model)).bytes);
      const marks = await markedPainting(doc);
      expect(marks.length).toBeGreaterThan(100);
      expect(marks).not.toContain(null);
      // Borders, rules, underlines and footers are artifacts; text is tagged.
      const known = ['Artifact', 'H1', 'H2', 'H3', 'P', 'Lbl', 'Link', 'Figure', 'TH', 'Caption'];
      expect([...new Set(marks)].filter((tag) => !known.includes(tag ?? ''))).toEqual([]);
      expect(marks).toContain('Artifact');
      expect(marks.filter((tag) => tag !== 'Artifact').length).toBeGreaterThan(20);
      await doc.destroy();
    }
  });

  it('repeats header rows at the top of every page a table runs onto, as artifacts', async () => {
    const result = await render(tallTable(120));
    expect(result.pageCount).toBeGreaterThanOrEqual(3);
    const doc = await open(result.bytes);
    for (let page = 1; page <= doc.numPages; page += 1) {
      const items = await pageItems(doc, page);
      expect(items.slice(0, 3).map((item) => item.str), `page ${page}`).toEqual(['Action', 'Owner', 'Rating']);
      // Rows never run into the bottom band: every line sits above the bottom margin.
      const body = items.filter((item) => !item.str.startsWith('Page '));
      expect(Math.min(...body.map((item) => item.y))).toBeGreaterThan(MARGIN - 1);
    }
    // Only the first copy of the header is structure; the repeats are artifacts: header cells
    // own content on page 1 only, while body cells own content on page 2 as well.
    const [first, second] = [await pageRefId(doc, 1), await pageRefId(doc, 2)];
    const firstTree = await tags(doc, 1);
    const secondTree = await tags(doc, 2);
    expect(contentOf(firstTree, 'TH')).toHaveLength(3);
    expect(contentOf(firstTree, 'TH').every((id) => id.startsWith(first))).toBe(true);
    expect(contentOf(secondTree, 'TH').filter((id) => id.startsWith(second))).toEqual([]);
    expect(contentOf(secondTree, 'TD').filter((id) => id.startsWith(second)).length).toBeGreaterThan(60);
    const text = await allText(doc);
    expectInOrder(text, ['Action 1 Owner 1', 'Action 60 Owner 60', 'Action 120 Owner 120']);
    await doc.destroy();
  });

  it('makes web links and links to named destinations in the document', async () => {
    const result = await render(sampleReport());
    const doc = await open(result.bytes);
    const cover = await (await doc.getPage(1)).getAnnotations();
    expect(cover).toEqual([
      expect.objectContaining({ subtype: 'Link', url: 'mailto:dana.whitlock@castlemere.example' }),
      expect.objectContaining({ subtype: 'Link', url: 'https://castlemere.example/inspection' }),
    ]);
    const body = await (await doc.getPage(2)).getAnnotations();
    expect(body).toEqual([expect.objectContaining({ subtype: 'Link', dest: 'recommendations' })]);
    const destination = await doc.getDestination('recommendations');
    const ref = destination?.[0] as { num: number; gen: number };
    expect(await doc.getPageIndex(ref)).toBe(result.anchors.get('recommendations'));
    await doc.destroy();
  });

  it('gives a standalone document footers and bookmarks, and a pack part neither', async () => {
    const standalone = await open((await render(sampleReport())).bytes);
    expect(await pageText(standalone, 1)).toContain('Page 1 of 2');
    expect(await pageText(standalone, 2)).toContain('Page 2 of 2');
    const outline = (await outlineOf(standalone)) ?? [];
    expect(outline.map((item) => item.title)).toEqual(['1.0 Introduction', '2.0 Background', '3.0 Recommendations – progress, risk and next steps']);
    await standalone.destroy();

    const part = await open((await render(sampleReport(), { mode: 'pack-part' })).bytes);
    expect(await allText(part)).not.toMatch(/Page \d+ of/);
    expect(await outlineOf(part)).toBeNull();
    // The pack defines the destinations; the part only links to them.
    expect(await part.getDestination('recommendations')).toBeNull();
    expect(await (await part.getPage(2)).getAnnotations()).toEqual([expect.objectContaining({ dest: 'recommendations' })]);
    await part.destroy();
  });

  it('nests bookmarks by heading level', async () => {
    const heading = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, content: [{ type: 'text', text }] });
    const model: DocumentModel = { info: { title: 'Outline', subject: '', author: '' }, blocks: [heading(1, 'One'), heading(2, 'One A'), heading(3, 'One A i'), heading(2, 'One B'), heading(1, 'Two')] };
    const doc = await open((await render(model)).bytes);
    const outline = (await outlineOf(doc)) ?? [];
    expect(outline.map((item) => item.title)).toEqual(['One', 'Two']);
    expect(outline[0]?.items.map((item) => item.title)).toEqual(['One A', 'One B']);
    expect(outline[0]?.items[0]?.items.map((item) => item.title)).toEqual(['One A i']);
    await doc.destroy();
  });

  it('never leaves a heading at the foot of a page, apart from its text', async () => {
    // A paragraph of n lines pushes the heading down the page a line at a time,
    // so for some n it lands where only the heading itself would still fit.
    for (let lines = 40; lines <= 56; lines += 1) {
      const filler: Block = { type: 'paragraph', content: Array.from({ length: lines }, (_, index) => [{ type: 'text' as const, text: `Line ${index + 1}` }, { type: 'lineBreak' as const }]).flat().slice(0, -1) };
      const model: DocumentModel = { info: { title: 'Heading', subject: '', author: '' }, blocks: [filler, { type: 'heading', level: 2, content: [{ type: 'text', text: 'The heading' }] }, paragraph('Its first paragraph.')] };
      const doc = await open((await render(model, { mode: 'pack-part' })).bytes);
      const first = await pageItems(doc, 1);
      expect(first[first.length - 1]?.str, `after ${lines} lines`).not.toBe('The heading');
      await doc.destroy();
    }
  });

  it('writes the same bytes for the same model and options', async () => {
    // DejaVu Sans is not used before this test: the first render parses and lays out its
    // words cold, the second reuses what the first cached; the bytes must not differ.
    const style = { ...HOUSE_STYLE, fontFamily: 'DejaVu Sans' as const };
    const first = await render(sampleReport(), { style });
    const second = await render(sampleReport(), { style });
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const later = await render(sampleReport(), { style, createdAt: new Date(CREATED_AT.getTime() + 1000) });
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(false);
    // Likewise a family first used here, with a character it lacks (⟶, drawn from the fallback font).
    const serif = { ...HOUSE_STYLE, fontFamily: 'Tinos' as const };
    const arrows: DocumentModel = { info: { title: 'Arrows', subject: '', author: '' }, blocks: [paragraph('From ⟶ to, Łódź, “quoted”, 1½.')] };
    const cold = await render(arrows, { style: serif });
    const warm = await render(arrows, { style: serif });
    expect(Buffer.from(warm.bytes).equals(Buffer.from(cold.bytes))).toBe(true);
  });

  it('records title, author, subject and language, escaped safely in the XMP packet', async () => {
    const doc = await open((await render(sampleReport())).bytes);
    const { info, metadata } = await doc.getMetadata();
    expect(info).toMatchObject({
      Title: 'Progress report – Children & Families <2026>',
      Author: 'Castlemere City Council',
      Subject: 'Improvement Subgroup, 1 December 2026',
      Creator: 'Scrutiny Pack Builder',
      Producer: 'Scrutiny Pack Builder',
      Language: 'en-GB',
      PDFFormatVersion: '1.7',
      CreationDate: 'D:20261124093000Z',
    });
    expect(metadata.get('dc:title')).toBe('Progress report – Children & Families <2026>');
    expect(metadata.get('dc:creator')).toEqual(['Castlemere City Council']);
    expect(metadata.get('pdfuaid:part')).toBe('1');
    const catalogue = Buffer.from((await render(sampleReport(), { mode: 'pack-part' })).bytes).toString('latin1');
    expect(catalogue).toContain('/DisplayDocTitle true');
    expect(catalogue).toContain('/Marked true');
    expect(catalogue).not.toContain('pdfuaid');
    await doc.destroy();
  });

  it('prints the not-for-publication notice first, as a tagged paragraph', async () => {
    const model = sampleReport();
    model.info.notForPublication = 'NOT FOR PUBLICATION – exempt under paragraph 3 of Schedule 12A';
    const doc = await open((await render(model)).bytes);
    const items = await pageItems(doc, 1);
    expect(items[0]?.str).toBe('NOT FOR PUBLICATION – exempt under paragraph 3 of Schedule 12A');
    const tree = await tags(doc, 1);
    expect(tree.children[0]?.children[0]?.role).toBe('P');
    await doc.destroy();
  });

  it('renders an empty document as one empty page', async () => {
    const result = await render({ info: { title: '', subject: '', author: '' }, blocks: [] });
    expect(result.pageCount).toBe(1);
    const doc = await open(result.bytes);
    expect(doc.numPages).toBe(1);
    expect(await pageText(doc, 1)).toBe('Page 1 of 1');
    expect((await doc.getMetadata()).info).toMatchObject({ Title: 'Untitled document' });
    await doc.destroy();
  });

  it('breaks words longer than the line and keeps text inside the margins', async () => {
    const long = 'Supercalifragilistic'.repeat(30);
    const model: DocumentModel = {
      info: { title: 'Long words', subject: '', author: '' },
      blocks: [paragraph(`Before ${long} after.`), { type: 'table', columnWidths: [0.15, 0.85], headerRows: [], rows: [row(long, 'Narrow first column')] }],
    };
    const doc = await open((await render(model)).bytes);
    const items = await pageItems(doc, 1);
    for (const item of items) expect(item.x + item.width).toBeLessThanOrEqual(A4.width - MARGIN + 0.5);
    expect((await allText(doc)).replace(/ /g, '')).toContain(`Before${long}after.`);
    await doc.destroy();
  });

  it('does not fail on characters the house font lacks, or on a broken picture', async () => {
    const model: DocumentModel = {
      info: { title: 'Odd input', subject: '', author: '' },
      blocks: [
        paragraph('Arrows → ⇒, maths ∑ ≤ ≥, Polish Łódź, Greek αβγ, CJK 漢字, emoji 🙂, tab\there, bell\u0007 end\u0092.'),
        { type: 'image', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), mediaType: 'image/png', alt: 'A chart of caseloads', widthMm: 40, heightMm: 30 },
        { type: 'image', data: new Uint8Array([1, 2, 3]), mediaType: 'image/jpeg', alt: '', widthMm: 40, heightMm: 30 },
      ],
    };
    for (const fontFamily of ['Tinos', 'Liberation Sans', 'DejaVu Serif'] as const) {
      const result = await render(model, { style: { ...HOUSE_STYLE, fontFamily } });
      const doc = await open(result.bytes);
      const text = await allText(doc);
      expect(text).toContain('Arrows → ⇒');
      expect(text).toContain('Łódź');
      expect(text).toContain('[Picture: A chart of caseloads]');
      expect(text).toContain('tab here, bell end.');
      // CJK is in none of the embedded fonts: its glyphs print as boxes, so no PDF/UA claim.
      expect((await doc.getMetadata()).metadata.get('pdfuaid:part')).toBeNull();
      await doc.destroy();
    }
  });

  it('renders a huge table', async () => {
    const result = await render(tallTable(3000), { mode: 'pack-part' });
    expect(result.pageCount).toBeGreaterThan(60);
    const doc = await open(result.bytes);
    expect(await pageText(doc, result.pageCount)).toContain('Action 3000');
    await doc.destroy();
  });

  it('cuts a table row taller than a page between its lines instead of losing them', async () => {
    const tall = Array.from({ length: 120 }, (_, index) => `Line ${index + 1} of a very long cell.`).join('\n');
    const model: DocumentModel = { info: { title: 'Tall row', subject: '', author: '' }, blocks: [{ type: 'table', columnWidths: [0.7, 0.3], headerRows: [row('Note', 'Owner')], rows: [row(tall, 'Chair')] }] };
    const result = await render(model);
    expect(result.pageCount).toBeGreaterThanOrEqual(2);
    const doc = await open(result.bytes);
    expectInOrder(await allText(doc), ['Note Owner', 'Line 1 of', 'Chair', 'Line 60 of', 'Line 120 of']);
    expect((await pageItems(doc, 2)).slice(0, 2).map((item) => item.str)).toEqual(['Note', 'Owner']);
    await doc.destroy();
  });

  it('renders in every house-style font family', async () => {
    for (const fontFamily of ['Liberation Sans', 'Tinos', 'DejaVu Sans', 'DejaVu Serif'] as const) {
      const result = await render(sampleReport(), { style: { fontFamily, bodySizePt: 12, accentColour: '#7a1f3d' } });
      const doc = await open(result.bytes);
      expect(await allText(doc)).toContain('3.1.1 Systems and processes');
      await doc.destroy();
    }
  });

  it('stops with the abort reason when cancelled', async () => {
    const controller = new AbortController();
    const reason = new Error('pack build cancelled');
    const rendering = render(longDocument(40), { signal: controller.signal });
    controller.abort(reason);
    await expect(rendering).rejects.toBe(reason);
  });

  it('renders a 100-page document', async () => {
    const model = longDocument(100);
    const started = performance.now();
    const result = await render(model, { mode: 'pack-part' });
    const elapsed = performance.now() - started;
    // A figure to watch, not a test: timings on shared machines vary too much to assert.
    console.info(`renderPdf: ${result.pageCount} pages in ${Math.round(elapsed)} ms`);
    expect(result.pageCount).toBeGreaterThanOrEqual(95);
    const doc = await open(result.bytes);
    expect(await pageText(doc, result.pageCount)).toMatch(/\d+\.\d/);
    await doc.destroy();
  });
});
