import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/core/documents/model';
import { numberLabels } from '../../../electron/core/documents/numbering';
import { richTextToBlocks } from '../../../electron/core/documents/rich-text';
import type { RichText, RichTextNode } from '../../../shared/api/schema';

const t = (text: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const numbered = (text: string): RichTextNode => ({ type: 'paragraph', attrs: { numbered: true }, content: [t(text)] });
const h = (level: number, text: string): RichTextNode => ({ type: 'heading', attrs: { level }, content: [t(text)] });
const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content });

/** A real 3 × 2 PNG (one IDAT row per line), so the converter reads its size from the header. */
function tinyPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

function labelsOf(blocks: Block[]): string[] {
  const labels = numberLabels(blocks);
  return blocks.flatMap((block) => (labels.has(block) ? [labels.get(block) ?? ''] : []));
}

describe('richTextToBlocks', () => {
  it('numbers sections and paragraphs as council reports do: 1.0, 1.1, then 2.1 and 2.1.1 under a level-2 heading', () => {
    const blocks = richTextToBlocks(
      doc(numbered('Before any heading'), h(1, 'Introduction'), numbered('First point'), numbered('Second point'), h(1, 'Progress'), h(2, 'Point one'), numbered('Detail'), h(3, 'Aside'), numbered('More detail'), p(t('Plain words'))),
    );
    expect(blocks.map((block) => [block.type, 'level' in block ? block.level : null, 'numbering' in block ? block.numbering : undefined])).toEqual([
      ['paragraph', null, 1],
      ['heading', 1, 0],
      ['paragraph', null, 1],
      ['paragraph', null, 1],
      ['heading', 1, 0],
      ['heading', 2, 1],
      ['paragraph', null, 2],
      ['heading', 3, undefined],
      ['paragraph', null, 2],
      ['paragraph', null, undefined],
    ]);
    expect(labelsOf(blocks)).toEqual(['0.1', '1.0', '1.1', '1.2', '2.0', '2.1', '2.1.1', '2.1.2']);
  });

  it('leaves everything unnumbered when asked, and moves headings down below the document’s own', () => {
    const blocks = richTextToBlocks(doc(h(1, 'Section'), numbered('Point'), h(2, 'Sub')), { isNumbered: false, headingOffset: 2 });
    expect(blocks).toEqual([
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Section' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Point' }] },
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Sub' }] },
    ]);
  });

  it('keeps bold, italic and links (merging runs of one link), turns hard breaks into line breaks and refuses script links', () => {
    const [block] = richTextToBlocks(
      doc(
        p(
          t('Read ', [{ type: 'bold' }]),
          t('the ', [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://example.org/plan' } }]),
          t('plan', [{ type: 'link', attrs: { href: 'https://example.org/plan' } }]),
          { type: 'hardBreak' },
          t('or this', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
        ),
      ),
    );
    expect(block).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Read ', isBold: true },
        { type: 'link', href: 'https://example.org/plan', content: [{ type: 'text', text: 'the ', isItalic: true }, { type: 'text', text: 'plan' }] },
        { type: 'lineBreak' },
        { type: 'text', text: 'or this' },
      ],
    });
  });

  it('drops empty paragraphs, including ones holding only spaces or line breaks', () => {
    expect(richTextToBlocks(doc(p(), p(t('   ')), p({ type: 'hardBreak' }), p(t('Kept'))))).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Kept' }] }]);
  });

  it('converts nested bullet and ordered lists, never numbering the paragraphs inside them', () => {
    const item = (...content: RichTextNode[]): RichTextNode => ({ type: 'listItem', content });
    const [list] = richTextToBlocks(
      doc({ type: 'bulletList', content: [item(numbered('Red')), item(p(t('Amber')), { type: 'orderedList', content: [item(p(t('First'))), item(p(t('Second')))] })] }),
    );
    expect(list).toEqual({
      type: 'list',
      isOrdered: false,
      items: [
        [{ type: 'paragraph', content: [{ type: 'text', text: 'Red' }] }],
        [
          { type: 'paragraph', content: [{ type: 'text', text: 'Amber' }] },
          {
            type: 'list',
            isOrdered: true,
            items: [[{ type: 'paragraph', content: [{ type: 'text', text: 'First' }] }], [{ type: 'paragraph', content: [{ type: 'text', text: 'Second' }] }]],
          },
        ],
      ],
    });
  });

  it('makes tables with leading header rows, spans, and column widths from colwidth (equal without)', () => {
    const th = (text: string, attrs?: Record<string, unknown>): RichTextNode => ({ type: 'tableHeader', ...(attrs ? { attrs } : {}), content: [p(t(text))] });
    const td = (text: string, attrs?: Record<string, unknown>): RichTextNode => ({ type: 'tableCell', ...(attrs ? { attrs } : {}), content: [p(t(text))] });
    const row = (...cells: RichTextNode[]): RichTextNode => ({ type: 'tableRow', content: cells });
    const [sized] = richTextToBlocks(doc({ type: 'table', content: [row(th('Priority', { colwidth: [100] }), th('Contribution', { colwidth: [300] })), row(td('Safe', { colwidth: [100] }), td('Well', { colwidth: [300] }))] }));
    expect(sized).toMatchObject({ type: 'table', columnWidths: [0.25, 0.75] });
    if (sized?.type !== 'table') throw new Error('not a table');
    expect(sized.headerRows).toHaveLength(1);
    expect(sized.rows).toHaveLength(1);
    expect(sized.headerRows[0]?.cells[0]?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Priority' }] }]);

    const [plain] = richTextToBlocks(doc({ type: 'table', content: [row(td('Wide', { colspan: 3 })), row(td('a'), td('b'), td('c'))] }));
    expect(plain).toMatchObject({ type: 'table', headerRows: [], columnWidths: [1 / 3, 1 / 3, 1 / 3] });
    if (plain?.type !== 'table') throw new Error('not a table');
    expect(plain.rows[0]?.cells[0]?.columnSpan).toBe(3);
  });

  it('turns a decodable data-URL image into an image block of the right shape, and any other image into its alt text', () => {
    const png = tinyPng(300, 150);
    const blocks = richTextToBlocks(
      doc(
        { type: 'image', attrs: { src: `data:image/png;base64,${png.toString('base64')}`, alt: 'Chart of timeliness' } },
        { type: 'image', attrs: { src: 'https://example.org/chart.png', alt: 'Remote chart' } },
        { type: 'image', attrs: { src: 'data:image/png;base64,bm90IGEgcGljdHVyZQ==', alt: 'Broken chart' } },
      ),
    );
    expect(blocks[0]).toMatchObject({ type: 'image', mediaType: 'image/png', alt: 'Chart of timeliness', widthMm: 79.4, heightMm: 39.7 });
    expect(blocks[0]?.type === 'image' && Buffer.from(blocks[0].data).equals(png)).toBe(true);
    expect(blocks.slice(1)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '[Image: Remote chart]' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '[Image: Broken chart]' }] },
    ]);
  });

  it('splits a paragraph around an inline image, numbering only the text before it', () => {
    const png = tinyPng(20, 20).toString('base64');
    const blocks = richTextToBlocks(doc({ type: 'paragraph', attrs: { numbered: true }, content: [t('Before'), { type: 'image', attrs: { src: `data:image/png;base64,${png}`, alt: 'Icon' } }, t('After')] }));
    expect(blocks.map((block) => [block.type, 'numbering' in block ? block.numbering : undefined])).toEqual([
      ['paragraph', 1],
      ['image', undefined],
      ['paragraph', undefined],
    ]);
  });

  it('keeps the words of nodes it does not know, block or inline', () => {
    const blocks = richTextToBlocks(
      doc(
        { type: 'callout', content: [p(t('Inside a callout'))] },
        { type: 'details', content: [t('Loose words')] },
        p(t('Hello '), { type: 'mention', attrs: { label: 'Councillor Ashworth' } }, { type: 'emoji', content: [t('!')] }),
        { type: 'blockquote', content: [p(t('Quoted'))] },
        { type: 'codeBlock', content: [t('line one\nline two')] },
      ),
    );
    const words = JSON.stringify(blocks);
    for (const expected of ['Inside a callout', 'Loose words', 'Councillor Ashworth', 'Hello ', '!', 'Quoted', 'line one', 'line two']) expect(words).toContain(expected);
    expect(blocks.at(-1)).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'line one' }, { type: 'lineBreak' }, { type: 'text', text: 'line two' }] });
  });
});
