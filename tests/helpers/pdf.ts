// Reads a PDF back the way a councillor's viewer does (pdfjs-dist, the engine
// inside Firefox): text per page, bookmarks, links, tags and metadata.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

export type PageText = { text: string; items: { str: string; x: number; y: number }[] };
export type FlatBookmark = { title: string; depth: number; page: number };
export type PageLink = { page: number; target: number | null; url: string | null; dest: string | null };

export type ReadPdf = {
  pageCount: number;
  pages: PageText[];
  bookmarks: FlatBookmark[];
  links: PageLink[];
  info: Record<string, unknown>;
  metadata: string;
  structure: (pageIndex: number) => Promise<string[]>;
  destroy: () => Promise<void>;
};

/** Opens a PDF and reads every page's text, the outline, the links and the metadata. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: PageText[] = [];
  const links: PageLink[] = [];
  for (let index = 0; index < doc.numPages; index += 1) {
    const page = await doc.getPage(index + 1);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
    pages.push({ text: items.map((item) => item.str).join(' ').replace(/\s+/g, ' ').trim(), items });
    for (const annotation of (await page.getAnnotations()) as { subtype?: unknown; dest?: unknown; url?: unknown }[]) {
      if (annotation.subtype !== 'Link') continue;
      const dest = typeof annotation.dest === 'string' ? annotation.dest : null;
      links.push({ page: index + 1, target: await pageOfDestination(doc, annotation.dest), url: typeof annotation.url === 'string' ? annotation.url : null, dest });
    }
  }
  const bookmarks: FlatBookmark[] = [];
  type OutlineItem = { title: string; dest: unknown; items: OutlineItem[] };
  const walk = async (items: readonly OutlineItem[], depth: number): Promise<void> => {
    for (const item of items) {
      bookmarks.push({ title: item.title, depth, page: (await pageOfDestination(doc, item.dest)) ?? -1 });
      await walk(item.items, depth + 1);
    }
  };
  // pdf.js types say an array; a PDF without bookmarks gives null.
  const outline: unknown = await doc.getOutline();
  await walk(Array.isArray(outline) ? (outline as OutlineItem[]) : [], 0);
  const meta = await doc.getMetadata();
  return {
    pageCount: doc.numPages,
    pages,
    bookmarks,
    links,
    info: meta.info as Record<string, unknown>,
    metadata: JSON.stringify(xmpOf(meta.metadata)),
    structure: async (pageIndex) => {
      const tree: unknown = await (await doc.getPage(pageIndex + 1)).getStructTree();
      const roles: string[] = [];
      const visit = (node: unknown): void => {
        if (node === null || typeof node !== 'object') return;
        const { role, children } = node as { role?: string; children?: unknown[] };
        if (role) roles.push(role);
        children?.forEach(visit);
      };
      visit(tree);
      return roles;
    },
    destroy: () => doc.destroy(),
  };
}

async function pageOfDestination(doc: PdfDocument, dest: unknown): Promise<number | null> {
  const explicit: unknown[] | null = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
  const ref = explicit?.[0];
  if (ref === undefined || ref === null) return null;
  return (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
}

/** The XMP metadata as plain values (pdf.js gives null when a PDF has none). */
/** The XMP packet's fields (pdf.js 5 iterates them), and its raw text so nothing in it escapes a search. */
function xmpOf(metadata: unknown): unknown {
  if (metadata === null || typeof metadata !== 'object' || !(Symbol.iterator in metadata)) return null;
  const fields = Object.fromEntries(metadata as Iterable<[string, unknown]>);
  const getRaw = (metadata as { getRaw?: () => unknown }).getRaw;
  return { ...fields, raw: typeof getRaw === 'function' ? getRaw.call(metadata) : null };
}
