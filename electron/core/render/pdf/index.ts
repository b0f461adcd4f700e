// The tagged PDF renderer: one document model to one accessible PDF, either
// printed on its own (page footers, bookmarks, destinations) or as a part of
// a meeting pack (the assembly adds those across the whole pack).
import type { DocumentModel, HouseStyle } from '../../documents/model';
import { numberLabels } from '../../documents/numbering';
import { A4, MARGIN } from '../page';
import { layoutBlocks } from './blocks';
import { pageDrawer } from './draw';
import { loadFonts, openingFont } from './fonts';
import { openImage } from './image';
import { documentInfo, escapeXmpOnWrite } from './metadata';
import { paginate } from './paginate';
import { openPdfDocument, type PdfDoc } from './pdfkit-types';
import { pdfStyle } from './style';
import { structNode, type LayoutContext, type Region, type Unit } from './units';

export type PdfRenderOptions = {
  style: HouseStyle;
  /** 'standalone': footer "Page n of m" and the document's own outline; 'pack-part': neither (the pack assembly adds both). */
  mode: 'standalone' | 'pack-part';
  /** Pack page numbers (1-based) of anchors, for `pageRange` inlines; a missing anchor prints "–". */
  anchorPages?: ReadonlyMap<string, number>;
  /** Written as CreationDate/ModDate; fixed by the caller so output is byte-identical across runs. */
  createdAt: Date;
  /** Checked between blocks and pages; when aborted, signal.reason is thrown. */
  signal?: AbortSignal;
};

export type PdfRenderResult = {
  bytes: Uint8Array;
  pageCount: number;
  /** 0-based page index, within this document, of every anchor the document defines. */
  anchors: Map<string, number>;
};

/** How many blocks or pages to work through before letting other work (and an abort) run. */
const SLICE = 40;

/** Renders a document model as a tagged, A4 PDF in the house style. */
export async function renderPdf(model: DocumentModel, options: PdfRenderOptions): Promise<PdfRenderResult> {
  const { signal } = options;
  signal?.throwIfAborted();
  const isStandalone = options.mode === 'standalone';
  const doc = openPdfDocument({
    size: [A4.width, A4.height],
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    autoFirstPage: false,
    font: openingFont(options.style.fontFamily),
    info: documentInfo(model.info, options.createdAt),
  });
  escapeXmpOnWrite(doc);
  const output = collect(doc);
  const fonts = loadFonts(doc, options.style.fontFamily);
  const root = structNode('Document', null);
  root.element = doc.struct('Document');
  doc.addStructure(root.element);

  const context: LayoutContext = {
    fonts,
    style: pdfStyle(options.style),
    labels: numberLabels(model.blocks),
    anchorPages: options.anchorPages,
    hasBookmarks: isStandalone,
    pageHeight: A4.height - 2 * MARGIN,
    openImage: (data) => openImage((buffer) => doc.openImage(buffer), data),
    headingLevel: 0,
    layoutBlocks,
  };
  const region: Region = { x: MARGIN, width: A4.width - 2 * MARGIN, parent: root };
  const blocks = model.info.notForPublication
    ? [{ type: 'paragraph' as const, style: 'notice' as const, content: [{ type: 'text' as const, text: model.info.notForPublication, isBold: true }] }, ...model.blocks]
    : model.blocks;

  const units: Unit[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    if (index % SLICE === SLICE - 1) await breathe();
    signal?.throwIfAborted();
    const block = blocks[index];
    if (block) units.push(...layoutBlocks([block], region, context));
  }
  const pages = paginate(units, { top: MARGIN, bottom: A4.height - MARGIN });

  // Claimed only when it holds: every mark tagged or an artifact (by construction), fonts
  // embedded, title shown, language set, and no character drawn as a missing-glyph box.
  if (isStandalone && !fonts.hasMissingGlyphs) doc.initSubset({ subset: 'PDF/UA' });

  const drawer = pageDrawer(doc, { isStandalone, footerFont: fonts.face(false, false), pageCount: pages.length });
  for (let index = 0; index < pages.length; index += 1) {
    if (index % SLICE === SLICE - 1) await breathe();
    signal?.throwIfAborted();
    drawer.drawPage(pages[index] ?? [], index);
  }
  doc.end();
  return { bytes: await output, pageCount: pages.length, anchors: drawer.anchors };
}

const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function collect(doc: PdfDoc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
