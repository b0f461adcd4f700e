// Paginated placements to PDF pages. Every mark is either content of a
// structure element (created here lazily, in reading order, when its first
// content is drawn) or an artifact: borders, fills, underlines, footers and
// the repeated copies of table header rows.
import { measure } from './fonts';
import { A4, FURNITURE_SIZE_PT, PAGE_NUMBER_BASELINE } from '../page';
import type { Placement } from './paginate';
import { pdfString, type PdfDoc, type PdfFont, type PdfOutlineItem, type StructContent, type StructElement } from './pdfkit-types';
import { writeText } from './text-ops';
import type { Fragment, FrameBox, Item, StructNode } from './units';

export type DrawOptions = {
  /** Footer "Page n of m", named destinations and bookmarks: a document printed on its own. */
  isStandalone: boolean;
  footerFont: PdfFont;
  pageCount: number;
};

export type PageDrawer = {
  drawPage(placements: readonly Placement[], pageIndex: number): void;
  /** The 0-based page of each anchor drawn so far. */
  anchors: Map<string, number>;
};

type TextItem = Extract<Item, { kind: 'text' }>;

/** A drawer that adds pages to `doc` one at a time, in order. */
export function pageDrawer(doc: PdfDoc, options: DrawOptions): PageDrawer {
  const anchors = new Map<string, number>();
  const outline: { level: number; item: PdfOutlineItem }[] = [];
  let open: { node: StructNode; element: StructElement; content: StructContent } | null = null;

  const ensure = (node: StructNode): StructElement => {
    if (node.element) return node.element;
    const element = doc.struct(node.type, node.options);
    if (node.colSpan) element.dictionary.data.A = { ...element.dictionary.data.A, O: 'Table', ColSpan: node.colSpan };
    if (node.parent) ensure(node.parent).add(element);
    else doc.addStructure(element);
    node.element = element;
    return element;
  };
  const close = () => {
    if (!open) return;
    doc.endMarkedContent();
    open.element.add(open.content);
    open = null;
  };
  const openFor = (node: StructNode) => {
    if (open?.node === node) return;
    close();
    const element = ensure(node);
    open = { node, element, content: doc.markStructureContent(node.type) };
  };
  const artifact = (type: 'Pagination' | 'Layout', draw: () => void) => {
    close();
    doc.markContent('Artifact', { type });
    draw();
    doc.endMarkedContent();
  };

  const drawText = (item: TextItem, top: number, isArtifact: boolean) => {
    const lineTop = top + item.y;
    const baseline = lineTop + item.baseline;
    if (isArtifact) {
      writeText(doc, item.fragments, baseline);
      return;
    }
    let start = 0;
    item.fragments.forEach((fragment, index) => {
      const next = item.fragments[index + 1];
      if (next && next.node === fragment.node) return;
      const group = item.fragments.slice(start, index + 1);
      start = index + 1;
      if (group.some((part) => part.text.trim() !== '')) {
        openFor(fragment.node);
        writeText(doc, group, baseline);
        if (fragment.link) {
          // The link's text first, then its annotation, in the Link element.
          close();
          for (const part of group) annotate(part, lineTop, item.height);
        }
      }
      if (fragment.isLinkEnd) {
        close();
        fragment.node.element?.end();
      }
    });
    const links = item.fragments.filter((fragment) => fragment.link && fragment.text.trim() !== '');
    if (links.length > 0) {
      // Underlined as well as coloured, so links do not rely on colour alone.
      artifact('Layout', () => {
        for (const link of links) {
          const y = baseline + link.size * 0.12;
          doc.moveTo(link.x, y).lineTo(link.x + link.width, y).lineWidth(Math.max(0.5, link.size / 18)).stroke(rgbHex(link.colour));
        }
      });
    }
  };
  const annotate = (fragment: Fragment, y: number, height: number) => {
    const element = fragment.node.element;
    const link = fragment.link;
    if (!element || !link) return;
    const annotation = { structParent: element, Contents: pdfString(link.description) };
    if (link.href) doc.link(fragment.x, y, fragment.width, height, link.href, annotation);
    else if (link.anchor) doc.goTo(fragment.x, y, fragment.width, height, link.anchor, annotation);
  };
  const drawBoxes = (boxes: readonly FrameBox[], y: number, height: number) => {
    for (const box of boxes) {
      if (box.fillHex) doc.rect(box.x, y, box.width, height).fill(box.fillHex);
      if (box.strokeHex) doc.rect(box.x, y, box.width, height).lineWidth(box.strokeWidth).stroke(box.strokeHex);
    }
  };

  const drawItem = (item: Item, top: number, pageIndex: number, isArtifact: boolean) => {
    switch (item.kind) {
      case 'text':
        drawText(item, top, isArtifact);
        return;
      case 'image':
        if (item.node && !isArtifact) {
          item.node.options = { ...item.node.options, bbox: [item.x, top + item.y, item.x + item.width, top + item.y + item.height] };
          openFor(item.node);
          doc.image(item.image, item.x, top + item.y, { width: item.width, height: item.height });
          close();
        } else if (isArtifact) {
          doc.image(item.image, item.x, top + item.y, { width: item.width, height: item.height });
        } else {
          artifact('Layout', () => doc.image(item.image, item.x, top + item.y, { width: item.width, height: item.height }));
        }
        return;
      case 'line': {
        const draw = () => doc.moveTo(item.x1, top + item.y).lineTo(item.x2, top + item.y).lineWidth(item.width).stroke(item.colourHex);
        if (isArtifact) draw();
        else artifact('Layout', draw);
        return;
      }
      case 'box':
        if (isArtifact) drawBoxes([item.box], top + item.y, item.height);
        else artifact('Layout', () => drawBoxes([item.box], top + item.y, item.height));
        return;
      case 'anchor':
        if (isArtifact || anchors.has(item.name)) return;
        anchors.set(item.name, pageIndex);
        if (options.isStandalone) doc.addNamedDestination(item.name, 'XYZ', 0, top + item.y, null);
        return;
      case 'bookmark': {
        if (isArtifact || !options.isStandalone) return;
        while ((outline[outline.length - 1]?.level ?? 0) >= item.level) outline.pop();
        const parent = outline[outline.length - 1]?.item ?? doc.outline;
        outline.push({ level: item.level, item: parent.addItem(item.title) });
        return;
      }
      case 'cells':
        if (isArtifact) return;
        close();
        for (const node of item.nodes) ensure(node);
        return;
    }
  };

  const drawPage = (placements: readonly Placement[], pageIndex: number) => {
    doc.addPage();
    for (const placement of placements) {
      if (placement.isArtifact) {
        // A repeated table header: the first copy is in the structure, these are not.
        artifact('Pagination', () => {
          drawBoxes(placement.frame, placement.top, placement.height);
          for (const item of placement.items) drawItem(item, placement.top, pageIndex, true);
        });
        continue;
      }
      if (placement.frame.length > 0) artifact('Layout', () => drawBoxes(placement.frame, placement.top, placement.height));
      for (const item of placement.items) drawItem(item, placement.top, pageIndex, false);
    }
    close();
    if (options.isStandalone) artifact('Pagination', () => drawFooter(doc, options.footerFont, pageIndex + 1, options.pageCount));
  };
  return { drawPage, anchors };
}

function drawFooter(doc: PdfDoc, font: PdfFont, page: number, pageCount: number): void {
  const text = `Page ${page} of ${pageCount}`;
  const width = measure(font, text, FURNITURE_SIZE_PT);
  const fragment: Fragment = { text, pieces: [text], font, size: FURNITURE_SIZE_PT, colour: [0, 0, 0], x: (A4.width - width) / 2, width, node: { type: 'Artifact', parent: null } };
  writeText(doc, [fragment], A4.height - PAGE_NUMBER_BASELINE);
}

function rgbHex(colour: readonly [number, number, number]): string {
  return `#${colour.map((part) => Math.round(part * 255).toString(16).padStart(2, '0')).join('')}`;
}
