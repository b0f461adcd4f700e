// Pictures in an imported Word report: PNG and JPEG go in at the author's
// width; other formats, linked pictures and Word charts leave a note where
// they stood; pictures that would overfill the document are left out, with
// a warning that says how to make them fit.
import { describe, expect, it } from 'vitest';
import { readWordReport } from '../../../electron/core/documents/docx-import';
import { richText, type RichTextNode } from '../../../shared/api/schema';
import { JPEG_1X1, PNG_1X1 } from '../../helpers/files';
import { para, picture, wordFile, type WordFileOptions } from './docx-import-files';

const inParagraph = (runs: string) => `<w:p>${runs}</w:p>`;

async function read(body: string, options: WordFileOptions) {
  return readWordReport(new Uint8Array(wordFile(para('Pictures', { style: 'Heading1' }) + body, options)), { fileName: 'castlemere-report.docx' });
}

function pictureNodes(nodes: readonly RichTextNode[]): RichTextNode[] {
  return nodes.filter((node) => node.type === 'image' || (node.content?.[0]?.text ?? '').startsWith('['));
}

describe('pictures in an imported Word report', () => {
  it('takes PNG and JPEG pictures as data URLs at the width Word gave them, split out of their paragraph', async () => {
    const report = await read(
      inParagraph(`<w:r><w:t>Before</w:t></w:r>${picture('rIdPng', { widthPx: 240, alt: 'The district map' })}<w:r><w:t>After</w:t></w:r>`) +
        inParagraph('<w:r><w:pict><v:shape style="width:72pt;height:36pt"><v:imagedata r:id="rIdJpeg" o:title="An old chart"/></v:shape></w:pict></w:r>'),
      {
        relationships: { rIdPng: ['image', 'media/image1.png'], rIdJpeg: ['image', 'media/image2.jpeg'] },
        media: { 'image1.png': PNG_1X1, 'image2.jpeg': JPEG_1X1 },
      },
    );
    expect(report.body.content.slice(1).map((node) => [node.type, node.attrs?.['alt'] ?? node.content?.[0]?.text, node.attrs?.['width']])).toEqual([
      ['paragraph', 'Before', undefined],
      ['image', 'The district map', 240],
      ['paragraph', 'After', undefined],
      ['image', 'An old chart', 96],
    ]);
    expect(report.body.content[2]?.attrs?.['src']).toBe(`data:image/png;base64,${PNG_1X1.toString('base64')}`);
    expect(report.body.content[4]?.attrs?.['src']).toBe(`data:image/jpeg;base64,${JPEG_1X1.toString('base64')}`);
    expect(report.counts.images).toBe(2);
    expect(report.warnings).toEqual([]);
  });

  it('leaves a note where a picture could not come in: another format, a linked file, a Word chart, a missing part', async () => {
    const chart = '<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="2" name="Chart 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"/></a:graphic></wp:inline></w:drawing></w:r>';
    const report = await read(
      [picture('rIdEmf'), picture('rIdFake'), picture('rIdLinked', { isLinked: true }), chart, picture('rIdGone'), picture('rIdPng')].map(inParagraph).join(''),
      {
        relationships: {
          rIdEmf: ['image', 'media/image3.emf'],
          rIdFake: ['image', 'media/image4.png'],
          rIdLinked: ['image', 'file:///C:/Pictures/photo.jpg', true],
          rIdGone: ['image', 'media/image9.png'],
          rIdPng: ['image', 'media/image5.png'],
        },
        media: { 'image3.emf': Buffer.from([1, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46]), 'image4.png': Buffer.from('GIF89a not really a PNG'), 'image5.png': PNG_1X1 },
      },
    );
    expect(pictureNodes(report.body.content).map((node) => (node.type === 'image' ? 'image' : node.content?.[0]?.text))).toEqual([
      '[Picture not imported: image3.emf is in a format the pack cannot show]',
      '[Picture not imported: image4.png is in a format the pack cannot show]',
      '[Picture not imported: it is linked to a file outside the report]',
      '[Chart or diagram not imported]',
      '[Picture not imported: it is missing from the file]',
      'image',
    ]);
    const warnings = report.warnings.join('\n');
    expect(warnings).toContain('2 pictures (image3.emf, image4.png) are in a format the pack cannot show (EMF, PNG)');
    expect(warnings).toContain('1 picture is linked to files outside the report');
    expect(warnings).toContain('1 chart or diagram drawn in Word could not be imported');
    expect(warnings).toContain('1 picture could not be read');
    expect(warnings).toContain('1 picture has no alternative text');
    expect(report.counts.images).toBe(1);
  });

  it('leaves out the pictures that would take the document past its size limit, in reading order, and says how to make them fit', async () => {
    const big = (fill: number) => Buffer.concat([PNG_1X1.subarray(0, 8), Buffer.alloc(700_000, fill)]);
    const report = await read([picture('rId1', { alt: 'First' }), picture('rId2', { alt: 'Second' }), picture('rId3', { alt: 'Third' })].map(inParagraph).join(''), {
      relationships: { rId1: ['image', 'media/image1.png'], rId2: ['image', 'media/image2.png'], rId3: ['image', 'media/image3.png'] },
      media: { 'image1.png': big(1), 'image2.png': big(2), 'image3.png': big(3) },
    });
    expect(pictureNodes(report.body.content).map((node) => node.attrs?.['alt'] ?? node.content?.[0]?.text)).toEqual([
      'First',
      'Second',
      '[Picture not imported: image3.png is too large to fit in the document]',
    ]);
    expect(report.warnings.join('\n')).toContain('1 picture (image3.png) did not fit: a document holds about 2 MB in all');
    expect(richText.safeParse(report.body).success).toBe(true);
  });
});
