import { describe, expect, it } from 'vitest';
import { paginatePack, settleFrontSheet, type ItemLength } from '../../../electron/core/domain/pack-pagination';

const item = (itemId: number, ...pageCounts: number[]): ItemLength => ({
  itemId,
  startAnchor: `item_${itemId}_start`,
  endAnchor: `item_${itemId}_end`,
  papers: pageCounts.map((pageCount, index) => ({ key: `paper_${itemId}_${index}`, pageCount })),
});

describe('pack pagination', () => {
  it('starts every item on an odd page and pads with blank pages, as the seed pack does', () => {
    // Seed: front sheet 2 pages, minutes 3-6, report 7-18, terms and work programme 19-22.
    const layout = paginatePack(2, [item(1, 4), item(2, 11), item(3, 2, 2)]);
    expect(layout.itemRanges.get(1)).toEqual({ first: 3, last: 6 });
    expect(layout.itemRanges.get(2)).toEqual({ first: 7, last: 17 });
    expect(layout.itemRanges.get(3)).toEqual({ first: 19, last: 22 });
    expect(layout.pages[17]).toEqual({ kind: 'blank' });
    expect(layout.pages).toHaveLength(22);
    for (const range of layout.itemRanges.values()) expect(range.first % 2).toBe(1);
  });

  it('pads after a one-page front sheet and at the end so the pack has an even number of pages', () => {
    const layout = paginatePack(1, [item(7, 3)]);
    expect(layout.pages.map((page) => page.kind)).toEqual(['front', 'blank', 'paper', 'paper', 'paper', 'blank']);
    expect(layout.anchorPages.get('item_7_start')).toBe(3);
    expect(layout.anchorPages.get('item_7_end')).toBe(5);
  });

  it('gives papers within an item consecutive pages and keeps their inner anchors', () => {
    const layout = paginatePack(2, [{ ...item(4, 3, 2), papers: [{ key: 'a', pageCount: 3, anchors: new Map([['inside', 2]]) }, { key: 'b', pageCount: 2 }] }]);
    expect(layout.paperStarts.get('a')).toBe(3);
    expect(layout.paperStarts.get('b')).toBe(6);
    expect(layout.anchorPages.get('inside')).toBe(5);
  });

  it('leaves out items with no pages in this edition', () => {
    const layout = paginatePack(1, [item(1), item(2, 1)]);
    expect(layout.itemRanges.has(1)).toBe(false);
    expect(layout.anchorPages.has('item_1_start')).toBe(false);
    expect(layout.itemRanges.get(2)).toEqual({ first: 3, last: 3 });
  });

  it('settles the front sheet when its own length moves the page ranges', async () => {
    // A front sheet that takes 3 pages once its numbers reach two digits.
    const items = [item(1, 5), item(2, 4)];
    const rendered: number[] = [];
    const { frontSheet, pagination } = await settleFrontSheet(items, (anchorPages) => {
      const last = anchorPages.get('item_2_end') ?? 0;
      const pageCount = last >= 10 ? 3 : 1;
      rendered.push(pageCount);
      return Promise.resolve({ pageCount });
    });
    expect(frontSheet.pageCount).toBe(3);
    expect(pagination.itemRanges.get(1)?.first).toBe(5);
    expect(rendered.length).toBeGreaterThan(1);
  });

  it('gives up with a clear error when the front sheet never settles', async () => {
    let flip = 1;
    await expect(settleFrontSheet([item(1, 2)], () => Promise.resolve({ pageCount: (flip = flip === 1 ? 2 : 1) }))).rejects.toThrow(/did not settle/);
  });
});
