// Page furniture: running heads, running feet and page numbers. They are
// kept (the officer sees them in "view source") but flagged, so the parser
// never joins "Inspection report: Northshire  12" onto a recommendation that
// runs across a page break.
import type { SourceLine } from '../source-text';

/** Where a line sat on its page, as a fraction of the page's height from the top (PDF only). */
export type LinePositions = ReadonlyMap<SourceLine, number>;

// Lines that can only be page numbers wherever they stand: "Page 3", "Page 3 of 40", "3 of 40", "3/40".
const EXPLICIT_PAGE_NUMBER = /^(?:page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|\d{1,4}\s*(?:of|\/)\s*\d{1,4})$/i;
// A bare number ("12", "- 12 -", "xii") is a page number only if it keeps step with the pages.
const BARE_NUMBER = /^[-–—]?\s*(\d{1,4}|[ivxlc]{1,7})\s*[-–—]?$/;
// How many lines at each end of a page can be furniture.
const ZONE_LINES = 3;
// Beyond this fraction of the page from its edge a line is content, whatever it says.
const ZONE_DEPTH = 0.2;

/**
 * Flags page furniture in place: lines repeating at the top or foot of most
 * pages (page numbers masked, so "Page 3" and "Page 4" repeat), and page
 * numbers at the top or foot of a page. A text with no pages (no form feeds)
 * has no tops and feet to compare, so only unmistakable page numbers count.
 */
export function markFurniture(lines: readonly SourceLine[], positions?: LinePositions): void {
  const pages = groupByPage(lines);
  if (pages.length <= 1 && positions === undefined) {
    markUnpagedFurniture(lines);
    return;
  }
  const zones = pages.map((page) => zoneLines(page, positions));
  markPageNumbers(zones.flat().map(({ line }) => line), pages.length);
  if (pages.length < 3) return;
  const pagesByKey = new Map<string, Set<number>>();
  for (const zone of zones) {
    for (const { line, key } of zone) {
      // A heading repeated at the top of pages ("Part 2", "Part 3") is content; running heads are set small.
      if (line.headingLevel !== undefined) continue;
      const seen = pagesByKey.get(key) ?? new Set<number>();
      seen.add(line.page);
      pagesByKey.set(key, seen);
    }
  }
  const needed = Math.max(3, Math.ceil(pages.length / 2));
  for (const zone of zones) {
    for (const { line, key } of zone) if ((pagesByKey.get(key)?.size ?? 0) >= needed) line.isFurniture = true;
  }
}

// Explicit page numbers at a page's edge always count. Bare numbers count
// when they keep step with the pages (number minus page the same on two or
// more pages, as "12" on page 14 and "13" on page 15), so a stray "15" that
// a table of contents wrapped to the foot of a page is left alone.
function markPageNumbers(edgeLines: readonly SourceLine[], pageCount: number): void {
  const bare: { line: SourceLine; offset: number }[] = [];
  for (const line of edgeLines) {
    if (line.cells !== undefined) continue;
    if (EXPLICIT_PAGE_NUMBER.test(line.text)) line.isFurniture = true;
    const value = BARE_NUMBER.exec(line.text)?.[1];
    if (value !== undefined) bare.push({ line, offset: numberValue(value) - line.page });
  }
  const pagesByOffset = new Map<number, number>();
  for (const { offset } of bare) pagesByOffset.set(offset, (pagesByOffset.get(offset) ?? 0) + 1);
  for (const { line, offset } of bare) {
    const inStep = (pagesByOffset.get(offset) ?? 0) >= 2 || (pageCount <= 2 && offset === 0);
    if (inStep) line.isFurniture = true;
  }
}

function numberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    const value = values[text.charAt(index)] ?? 0;
    const next = values[text.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function groupByPage(lines: readonly SourceLine[]): SourceLine[][] {
  const pages = new Map<number, SourceLine[]>();
  for (const line of lines) {
    if (line.text === '') continue;
    const page = pages.get(line.page) ?? [];
    page.push(line);
    pages.set(line.page, page);
  }
  return [...pages.values()];
}

type ZoneLine = { line: SourceLine; key: string };

// The first and last few lines of a page, keyed by which edge they sit at,
// their text with numbers masked and (in a PDF) their height on the page.
function zoneLines(page: readonly SourceLine[], positions: LinePositions | undefined): ZoneLine[] {
  const zone: ZoneLine[] = [];
  const add = (line: SourceLine, edge: 'head' | 'foot'): void => {
    const top = positions?.get(line);
    if (top !== undefined && (edge === 'head' ? top > ZONE_DEPTH : top < 1 - ZONE_DEPTH)) return;
    const where = top === undefined ? '' : `@${Math.round(top * 40)}`;
    zone.push({ line, key: `${edge}${where}:${maskNumbers(line.text)}` });
  };
  const headCount = Math.min(ZONE_LINES, page.length);
  for (let index = 0; index < headCount; index += 1) add(page[index] as SourceLine, 'head');
  for (let index = Math.max(headCount, page.length - ZONE_LINES); index < page.length; index += 1) add(page[index] as SourceLine, 'foot');
  return zone;
}

function maskNumbers(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

// A text pasted or converted without page breaks still carries page numbers:
// "Page 3 of 40" anywhere, or bare numbers on lines of their own that count
// upwards through the document.
function markUnpagedFurniture(lines: readonly SourceLine[]): void {
  const bare: { line: SourceLine; value: number }[] = [];
  lines.forEach((line, index) => {
    if (EXPLICIT_PAGE_NUMBER.test(line.text)) line.isFurniture = true;
    else if (/^\d{1,4}$/.test(line.text) && isBlank(lines[index - 1]) && isBlank(lines[index + 1])) {
      bare.push({ line, value: Number(line.text) });
    }
  });
  const isRising = bare.every((entry, index) => index === 0 || entry.value > (bare[index - 1]?.value ?? 0));
  if (bare.length >= 2 && isRising) for (const { line } of bare) line.isFurniture = true;
}

function isBlank(line: SourceLine | undefined): boolean {
  return line === undefined || line.text === '';
}
