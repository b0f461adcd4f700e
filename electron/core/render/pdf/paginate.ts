// Flow units to pages. Pure: knows heights, not fonts or PDF, so the page
// count is known before anything is drawn. Rules: gaps vanish at the top of
// a page; a unit that keeps with the next moves with it; a table row that
// starts a page gets its table's header rows above it again (as
// artifacts); a unit taller than the page is cut between its items.
import type { FrameBox, HeaderGroup, Item, Unit } from './units';

/** A unit, or a slice of one, at `top` on its page. */
export type Placement = { top: number; height: number; items: readonly Item[]; frame: readonly FrameBox[]; isArtifact: boolean };

export type PageArea = { top: number; bottom: number };

/** A slice this close to the page bottom is not worth starting: the unit starts on the next page. */
const MIN_SLICE = 48;
const EPSILON = 0.01;
const SLICE_PADDING = 4;

/** The placements of every page, at least one page. */
export function paginate(units: readonly Unit[], area: PageArea): Placement[][] {
  const pageHeight = area.bottom - area.top;
  const pages: Placement[][] = [];
  const placedHeaders = new Set<HeaderGroup>();
  let page: Placement[] = [];
  let y = area.top;
  /** Nothing with height on the page yet (an anchor takes no room): gaps vanish, breaks collapse. */
  let isFresh = true;
  let isBreakPending = false;

  const newPage = (header: HeaderGroup | undefined) => {
    pages.push(page);
    page = [];
    y = area.top;
    isFresh = true;
    if (header && placedHeaders.has(header)) repeatHeader(header);
  };
  const place = (unit: Unit, items: readonly Item[], height: number, isArtifact: boolean) => {
    page.push({ top: y, height, items, frame: unit.frame ?? [], isArtifact });
    y += height;
    if (height > 0) isFresh = false;
  };
  const repeatHeader = (header: HeaderGroup) => {
    const height = header.units.reduce((sum, unit) => sum + unit.height, 0);
    if (height > pageHeight / 2) return;
    for (const unit of header.units) place(unit, unit.items, unit.height, true);
  };
  const slice = (unit: Unit) => {
    if (!isFresh && area.bottom - y < MIN_SLICE) newPage(unit.header);
    let remaining = unit.items;
    let offset = 0;
    for (;;) {
      const limit = area.bottom - y + offset;
      const taken = remaining.filter((item) => item.y + itemHeight(item) <= limit + EPSILON);
      let rest = remaining.filter((item) => item.y + itemHeight(item) > limit + EPSILON);
      if (taken.length === 0 && rest[0]) {
        // Nothing fits even on a fresh page (a single item taller than it): let it overflow rather than loop.
        taken.push(rest[0]);
        rest = rest.slice(1);
      }
      const isLast = rest.length === 0;
      place(unit, taken.map((item) => ({ ...item, y: item.y - offset })), isLast ? unit.height - offset : area.bottom - y, false);
      if (isLast) return;
      remaining = rest;
      // The rest starts a little below the top of its slice, as the unit's own padding would.
      offset = Math.max(offset, rest.reduce((lowest, item) => Math.min(lowest, item.y), Infinity) - SLICE_PADDING);
      newPage(unit.header);
    }
  };

  units.forEach((unit, index) => {
    if (unit.isPageBreak) {
      isBreakPending = true;
      return;
    }
    if (isBreakPending && !isFresh) newPage(undefined);
    isBreakPending = false;
    let gap = isFresh ? 0 : unit.gapBefore;
    // A unit taller than a page is cut anyway: start it here rather than leave this page empty.
    const isTallerThanPage = unit.height > pageHeight;
    if (!isFresh && !isTallerThanPage && y + gap + keptHeight(units, index, pageHeight) > area.bottom + EPSILON) {
      newPage(unit.header);
      gap = 0;
    }
    if (unit.headerOf) placedHeaders.add(unit.headerOf);
    y += gap;
    if (y + unit.height <= area.bottom + EPSILON) place(unit, unit.items, unit.height, false);
    else slice(unit);
  });
  pages.push(page);
  return pages;
}

/** The height of a unit and of the units it keeps with, or its own height when they cannot share a page anyway. */
function keptHeight(units: readonly Unit[], index: number, pageHeight: number): number {
  const unit = units[index];
  if (!unit) return 0;
  let total = unit.height;
  for (let next = index; units[next]?.keepWithNext; next += 1) {
    const following = units[next + 1];
    if (!following || following.isPageBreak) break;
    total += following.gapBefore + following.height;
    if (total > pageHeight) return unit.height;
  }
  return total;
}

function itemHeight(item: Item): number {
  switch (item.kind) {
    case 'text':
    case 'image':
    case 'box':
      return item.height;
    case 'line':
      return item.width;
    case 'anchor':
    case 'bookmark':
    case 'cells':
      return 0;
  }
}
