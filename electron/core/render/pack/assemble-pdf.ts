// Puts a PDF pack together: the agenda front sheet (its page ranges settled
// against the real pagination), then each item's papers from an odd page,
// blank pages where needed, a pack page number on every page, bookmarks,
// named destinations for the agenda's links, and the pack's metadata.
import { PDFDocument } from 'pdf-lib';
import type { FontFamily } from '../../../../shared/api/methods/settings';
import { settleFrontSheet, type ItemLength } from '../../domain/pack-pagination';
import { appendTaggedPart, appendUntaggedPart, carriesTags, finishStructureTree, startStructureTree } from './pdf-merge';
import { addBlankPage, embedFurnitureFonts, stampPageNumber, stampRunningHead } from './pdf-furniture';
import { writeMetadata, type PackMetadata } from './pdf-metadata';
import { writeNamedDestinations, writeOutline, type Bookmark } from './pdf-navigation';
import { UnreadablePdfError } from './unreadable-pdf';

/** One paper as a PDF: generated and tagged by us, or attached as it came. */
export type PdfPaper = {
  key: string;
  bookmarkTitle: string;
  pdf: Uint8Array;
  isGenerated: boolean;
  /** Places inside the paper (0-based page) that links point at. */
  anchors?: ReadonlyMap<string, number>;
  /** Printed at the head of each of its pages (members' edition of an exempt item). */
  notForPublication?: string;
};

export type PdfItem = { itemId: number; startAnchor: string; endAnchor: string; bookmarkTitle: string; papers: PdfPaper[] };

export type RenderedFrontSheet = { bytes: Uint8Array; pageCount: number };

export type PdfPackInput = {
  items: readonly PdfItem[];
  /** Renders the agenda front sheet with the pack page of every anchor. */
  renderFrontSheet: (anchorPages: ReadonlyMap<string, number>) => Promise<RenderedFrontSheet>;
  frontSheetBookmark: string;
  fontFamily: FontFamily;
  metadata: Omit<PackMetadata, 'isPdfUa'>;
  signal?: AbortSignal;
};

export type PdfPackResult = { bytes: Uint8Array; pageCount: number; anchorPages: Map<string, number>; log: string[] };

/** Builds the pack's PDF; deterministic for the same input. */
export async function assemblePdfPack(input: PdfPackInput): Promise<PdfPackResult> {
  const log: string[] = [];
  const loaded = new Map<string, PDFDocument>();
  for (const item of input.items) {
    for (const paper of item.papers) {
      input.signal?.throwIfAborted();
      const document = paper.isGenerated ? await PDFDocument.load(paper.pdf, { updateMetadata: false }) : await openAttachedPdf(paper.key, paper.pdf);
      loaded.set(paper.key, document);
      if (paper.isGenerated) continue;
      log.push(carriesTags(document)
        ? `${paper.bookmarkTitle} is attached as it came and keeps the tags its author gave it (not tagged or checked by us).`
        : `${paper.bookmarkTitle} is attached as it came and is not tagged by us: it carries no tags of its own, so screen readers get its text without headings or tables.`);
    }
  }
  const lengths: ItemLength[] = input.items.map((item) => ({
    itemId: item.itemId,
    startAnchor: item.startAnchor,
    endAnchor: item.endAnchor,
    papers: item.papers.map((paper) => ({ key: paper.key, pageCount: loaded.get(paper.key)?.getPageCount() ?? 0, anchors: paper.anchors })),
  }));
  const { frontSheet, pagination } = await settleFrontSheet(lengths, input.renderFrontSheet);
  input.signal?.throwIfAborted();

  const pack = await PDFDocument.create({ updateMetadata: false });
  const tree = startStructureTree(pack);
  const fonts = await embedFurnitureFonts(pack, input.fontFamily);
  appendTaggedPart(pack, tree, await PDFDocument.load(frontSheet.bytes, { updateMetadata: false }));
  const runningHeads = new Map<number, string>();
  for (const slot of pagination.pages.slice(frontSheet.pageCount)) {
    input.signal?.throwIfAborted();
    if (slot.kind === 'blank') {
      addBlankPage(pack, fonts);
      continue;
    }
    if (slot.kind !== 'paper' || slot.page !== 0) continue;
    const paper = input.items[slot.itemIndex]?.papers[slot.paperIndex];
    const document = paper ? loaded.get(paper.key) : undefined;
    if (paper === undefined || document === undefined) continue;
    const first = pack.getPageCount();
    if (paper.isGenerated || carriesTags(document)) appendTaggedPart(pack, tree, document);
    else appendUntaggedPart(pack, document);
    if (paper.notForPublication !== undefined) {
      for (let index = first; index < pack.getPageCount(); index += 1) runningHeads.set(index, paper.notForPublication);
    }
  }
  finishStructureTree(pack, tree);

  pack.getPages().forEach((page, index) => {
    const head = runningHeads.get(index);
    if (head !== undefined) stampRunningHead(page, fonts, head);
    stampPageNumber(page, fonts, index + 1);
  });
  writeOutline(pack, bookmarksOf(input, pagination.itemRanges, pagination.paperStarts));
  writeNamedDestinations(pack, pagination.anchorPages);
  const isPdfUa = input.items.every((item) => item.papers.every((paper) => paper.isGenerated));
  writeMetadata(pack, { ...input.metadata, isPdfUa });
  input.signal?.throwIfAborted();
  const bytes = await pack.save({ updateFieldAppearances: false });
  return { bytes, pageCount: pack.getPageCount(), anchorPages: pagination.anchorPages, log };
}

function bookmarksOf(
  input: PdfPackInput,
  itemRanges: ReadonlyMap<number, { first: number }>,
  paperStarts: ReadonlyMap<string, number>,
): Bookmark[] {
  const bookmarks: Bookmark[] = [{ title: input.frontSheetBookmark, page: 1 }];
  for (const item of input.items) {
    const range = itemRanges.get(item.itemId);
    if (range === undefined) continue;
    bookmarks.push({
      title: item.bookmarkTitle,
      page: range.first,
      children: item.papers.flatMap((paper) => {
        const page = paperStarts.get(paper.key);
        return page === undefined ? [] : [{ title: paper.bookmarkTitle, page }];
      }),
    });
  }
  return bookmarks;
}


/** The number of pages of an attached PDF, for its notice in the Word edition. */
export async function pdfPageCount(paperKey: string, data: Uint8Array): Promise<number> {
  return (await openAttachedPdf(paperKey, data)).getPageCount();
}

/** Opens an attached PDF with at least one page, or throws UnreadablePdfError. */
async function openAttachedPdf(paperKey: string, data: Uint8Array): Promise<PDFDocument> {
  let document: PDFDocument;
  let pageCount: number;
  try {
    document = await PDFDocument.load(data, { updateMetadata: false });
    pageCount = document.getPageCount();
  } catch {
    throw new UnreadablePdfError(paperKey, 'damaged');
  }
  if (pageCount === 0) throw new UnreadablePdfError(paperKey, 'no_pages');
  return document;
}
