// Where every page of a pack goes: the agenda front sheet, then each item's
// papers starting on an odd page, with a blank page after any part that
// would otherwise end on an odd page (packs are printed double-sided, and a
// councillor's copy must open each item on a right-hand page).

/** One paper's length and the places inside it that links point at (0-based page within the paper). */
export type PaperLength = { key: string; pageCount: number; anchors?: ReadonlyMap<string, number> };

/** One agenda item's papers, in order, with the anchors that mark its first and last page. */
export type ItemLength = { itemId: number; startAnchor: string; endAnchor: string; papers: readonly PaperLength[] };

/** What sits on one page of the pack. */
export type PackPage =
  | { kind: 'front'; page: number }
  | { kind: 'paper'; itemIndex: number; paperIndex: number; page: number }
  | { kind: 'blank' };

export type PackPagination = {
  pages: PackPage[];
  /** Pack page number (1-based) of every anchor: item starts and ends, paper starts, anchors inside papers. */
  anchorPages: Map<string, number>;
  /** First and last pack page of each item's papers. */
  itemRanges: Map<number, { first: number; last: number }>;
  /** First pack page of each paper, by paper key. */
  paperStarts: Map<string, number>;
};

/** Lays out a pack whose front sheet has `frontSheetPages` pages. */
export function paginatePack(frontSheetPages: number, items: readonly ItemLength[]): PackPagination {
  const pages: PackPage[] = [];
  const anchorPages = new Map<string, number>();
  const itemRanges = new Map<number, { first: number; last: number }>();
  const paperStarts = new Map<string, number>();
  const padToOddStart = (): void => {
    if (pages.length % 2 === 1) pages.push({ kind: 'blank' });
  };

  for (let page = 0; page < frontSheetPages; page += 1) pages.push({ kind: 'front', page });
  items.forEach((item, itemIndex) => {
    const pageCount = item.papers.reduce((sum, paper) => sum + paper.pageCount, 0);
    if (pageCount === 0) return;
    padToOddStart();
    const first = pages.length + 1;
    item.papers.forEach((paper, paperIndex) => {
      const start = pages.length + 1;
      paperStarts.set(paper.key, start);
      for (const [name, page] of paper.anchors ?? []) anchorPages.set(name, start + Math.min(page, paper.pageCount - 1));
      for (let page = 0; page < paper.pageCount; page += 1) pages.push({ kind: 'paper', itemIndex, paperIndex, page });
    });
    const last = pages.length;
    itemRanges.set(item.itemId, { first, last });
    anchorPages.set(item.startAnchor, first);
    anchorPages.set(item.endAnchor, last);
  });
  padToOddStart();
  return { pages, anchorPages, itemRanges, paperStarts };
}

/**
 * Settles the front sheet's own length: its page ranges depend on how many
 * pages it takes, and its length can depend on the numbers it prints. Renders
 * with a guess, lays out, re-renders until the length it assumed is the
 * length it took (at most a few rounds; lengths only grow by whole pages).
 */
export async function settleFrontSheet<T extends { pageCount: number }>(
  items: readonly ItemLength[],
  render: (anchorPages: ReadonlyMap<string, number>) => Promise<T>,
): Promise<{ frontSheet: T; pagination: PackPagination }> {
  let assumed = 1;
  for (let round = 0; round < 6; round += 1) {
    const pagination = paginatePack(assumed, items);
    const frontSheet = await render(pagination.anchorPages);
    if (frontSheet.pageCount === assumed) return { frontSheet, pagination };
    assumed = frontSheet.pageCount;
  }
  throw new Error('The agenda front sheet did not settle on a length: its page ranges keep changing how long it is.');
}
