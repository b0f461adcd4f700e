// Page furniture a reader did not mark: page numbers, and running heads and
// feet (the same line, give or take its page number, at the top or bottom of
// many pages). Left in, they would split a recommendation in two.
import type { SourceLine } from '../source-text';

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
/** How many lines at each end of a page can hold a running head or foot. */
const EDGE = 3;

function keyOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/\d+/g, '#');
}

/** Indexes (into `lines`) of lines that are page furniture by their place and repetition. */
export function furnitureIndexes(lines: SourceLine[]): Set<number> {
  const found = new Set<number>();
  const byPage = new Map<number, number[]>();
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (text === '') return;
    if (line.cells === undefined && PAGE_NUMBER.test(text)) {
      found.add(index);
      return;
    }
    const list = byPage.get(line.page) ?? [];
    list.push(index);
    byPage.set(line.page, list);
  });

  const pages = new Map<string, Set<number>>();
  const texts = new Map<string, Set<string>>();
  const candidates = new Map<string, number[]>();
  const note = (index: number, isEdge: boolean) => {
    const line = lines[index];
    // Running heads and feet are short lines, never list items.
    if (line === undefined || line.listMarker !== undefined || line.text.length > 150) return;
    const key = keyOf(line.text);
    if (key.replace(/[#\W]/g, '').length < 3) return;
    if (isEdge) (pages.get(key) ?? pages.set(key, new Set()).get(key))?.add(line.page);
    (texts.get(key) ?? texts.set(key, new Set()).get(key))?.add(line.text.trim());
    (candidates.get(key) ?? candidates.set(key, []).get(key))?.push(index);
  };

  if (byPage.size > 1) {
    // A running head sits at the edges of most pages (not always the first).
    for (const indexes of byPage.values()) {
      indexes.forEach((index, position) => {
        if (position < EDGE || position >= indexes.length - EDGE) note(index, true);
      });
    }
    // A short document must repeat it on every page (the first may differ): a
    // heading that happens to open two of three pages is not furniture.
    const allPages = [...byPage.keys()];
    const isRepeated = (onPages: Set<number>) =>
      byPage.size <= 4
        ? onPages.size >= 2 && allPages.every((page, position) => position === 0 || onPages.has(page))
        : onPages.size >= Math.max(3, Math.ceil(byPage.size * 0.3));
    for (const [key, onPages] of pages) {
      if (!isRepeated(onPages)) continue;
      for (const index of candidates.get(key) ?? []) found.add(index);
    }
  } else {
    // One long page (pasted text): only a repeated line whose page number
    // changes is safe to call a running foot; a repeated heading is not.
    for (const indexes of byPage.values()) for (const index of indexes) if (/\d/.test(lines[index]?.text ?? '')) note(index, false);
    for (const [key, indexes] of candidates) {
      const variants = texts.get(key)?.size ?? 0;
      if (key.includes('#') && indexes.length >= 3 && variants >= 3) for (const index of indexes) found.add(index);
    }
  }
  return found;
}
