// How a councillor finds their way round a pack: bookmarks (one per agenda
// item, one nested per paper) and named destinations, which the agenda's
// links point at. pdf-lib has no API for either, so the dictionaries are
// written here.
import { PDFHexString, PDFName, PDFNumber, PDFString, type PDFArray, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';

/** One bookmark and the pack page (1-based) it opens. */
export type Bookmark = { title: string; page: number; children?: Bookmark[] };

/** Writes the outline and opens the pack with the bookmarks panel showing. */
export function writeOutline(pack: PDFDocument, bookmarks: readonly Bookmark[]): void {
  if (bookmarks.length === 0) return;
  const context = pack.context;
  const rootRef = context.nextRef();
  const count = writeLevel(pack, rootRef, bookmarks);
  const root = context.obj({ Type: 'Outlines', Count: count.visible });
  root.set(PDFName.of('First'), count.first);
  root.set(PDFName.of('Last'), count.last);
  context.assign(rootRef, root);
  pack.catalog.set(PDFName.of('Outlines'), rootRef);
  pack.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

type Level = { first: PDFRef; last: PDFRef; visible: number };

function writeLevel(pack: PDFDocument, parentRef: PDFRef, bookmarks: readonly Bookmark[]): Level {
  const context = pack.context;
  const refs = bookmarks.map(() => context.nextRef());
  let visible = 0;
  bookmarks.forEach((bookmark, index) => {
    const ref = refs[index] as PDFRef;
    const item: PDFDict = context.obj({ Title: PDFHexString.fromText(bookmark.title), Parent: parentRef, Dest: destinationTo(pack, bookmark.page) });
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    visible += 1;
    const children = bookmark.children ?? [];
    if (children.length > 0) {
      const level = writeLevel(pack, ref, children);
      item.set(PDFName.of('First'), level.first);
      item.set(PDFName.of('Last'), level.last);
      // Items open: members see the papers under each item straight away.
      item.set(PDFName.of('Count'), PDFNumber.of(level.visible));
      visible += level.visible;
    }
    context.assign(ref, item);
  });
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, visible };
}

/** Names each anchor as a destination (top of its page), sorted as a name tree must be. */
export function writeNamedDestinations(pack: PDFDocument, anchorPages: ReadonlyMap<string, number>): void {
  if (anchorPages.size === 0) return;
  const context = pack.context;
  const names = context.obj([]);
  for (const anchor of [...anchorPages.keys()].sort()) {
    // Anchor names are ASCII by construction (documents/anchors.ts): plain strings.
    names.push(PDFString.of(anchor));
    names.push(destinationTo(pack, anchorPages.get(anchor) ?? 1));
  }
  const sorted = [...anchorPages.keys()].sort();
  const dests = context.obj({ Names: names, Limits: context.obj([PDFString.of(sorted[0] ?? ''), PDFString.of(sorted[sorted.length - 1] ?? '')]) });
  pack.catalog.set(PDFName.of('Names'), context.obj({ Dests: context.register(dests) }));
}

function destinationTo(pack: PDFDocument, pageNumber: number): PDFArray {
  const page = pack.getPage(Math.max(0, pageNumber - 1));
  return pack.context.obj([page.ref, PDFName.of('XYZ'), null, null, null]);
}
