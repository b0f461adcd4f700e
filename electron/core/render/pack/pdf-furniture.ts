// Page furniture the pack adds to every page: the pack page number, the
// "not for publication" marking on exempt pages, and the sentence on blank
// pages. All of it is marked as an Artifact, so assistive technology skips it
// and the reading order of the papers is untouched. Content streams already
// on a page are wrapped in q/Q (new streams around them; the originals are
// not changed) so an attached PDF that leaves its graphics state transformed
// cannot move our text.
import fs from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { endMarkedContent, PDFName, PDFOperator, PDFOperatorNames, popGraphicsState, pushGraphicsState, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { FontFamily } from '../../../../shared/api/methods/settings';
import { fontFaces } from '../fonts';
import { A4, FURNITURE_SIZE_PT, PAGE_NUMBER_BASELINE, RUNNING_HEAD_BASELINE } from '../page';

export type Furniture = { regular: PDFFont; bold: PDFFont };

/** The sentence printed on padding pages. */
export const BLANK_PAGE_TEXT = 'This page is intentionally left blank';

/** Embeds the house font (subset) for the pack's own text. */
export async function embedFurnitureFonts(pack: PDFDocument, family: FontFamily): Promise<Furniture> {
  pack.registerFontkit(fontkit);
  const faces = fontFaces(family);
  const [regular, bold] = await Promise.all([
    pack.embedFont(fs.readFileSync(faces.regular), { subset: true }),
    pack.embedFont(fs.readFileSync(faces.bold), { subset: true }),
  ]);
  return { regular, bold };
}

/** Adds a blank A4 page that says so. */
export function addBlankPage(pack: PDFDocument, fonts: Furniture): PDFPage {
  const page = pack.addPage([A4.width, A4.height]);
  const size = 12;
  const width = fonts.regular.widthOfTextAtSize(BLANK_PAGE_TEXT, size);
  asArtifact(page, 'Layout', () => {
    page.drawText(BLANK_PAGE_TEXT, { x: (A4.width - width) / 2, y: A4.height / 2, size, font: fonts.regular, color: rgb(0.25, 0.25, 0.25) });
  });
  return page;
}

/** Prints the pack page number at the foot of a page, centred, whatever the page's size. */
export function stampPageNumber(page: PDFPage, fonts: Furniture, pageNumber: number): void {
  isolateExistingContent(page);
  const text = String(pageNumber);
  const { x, y, width } = visibleBox(page);
  const textWidth = fonts.regular.widthOfTextAtSize(text, FURNITURE_SIZE_PT);
  asArtifact(page, 'Pagination', () => {
    page.drawText(text, { x: x + (width - textWidth) / 2, y: y + PAGE_NUMBER_BASELINE, size: FURNITURE_SIZE_PT, font: fonts.regular, color: rgb(0, 0, 0) });
  });
}

/** Prints the "not for publication" marking at the head of an exempt page. */
export function stampRunningHead(page: PDFPage, fonts: Furniture, text: string): void {
  isolateExistingContent(page);
  const { x, y, width, height } = visibleBox(page);
  const size = FURNITURE_SIZE_PT;
  const fitted = fitText(text, fonts.bold, size, width - 40);
  const textWidth = fonts.bold.widthOfTextAtSize(fitted, size);
  asArtifact(page, 'Pagination', () => {
    page.drawText(fitted, { x: x + (width - textWidth) / 2, y: y + height - RUNNING_HEAD_BASELINE, size, font: fonts.bold, color: rgb(0.6, 0, 0) });
  });
}

const isolated = new WeakSet<PDFPage>();

function isolateExistingContent(page: PDFPage): void {
  if (isolated.has(page)) return;
  isolated.add(page);
  page.node.normalize();
  const context = page.doc.context;
  const start = context.register(context.contentStream([pushGraphicsState()]));
  const end = context.register(context.contentStream([popGraphicsState()]));
  page.node.wrapContentStreams(start, end);
}

function asArtifact(page: PDFPage, type: 'Pagination' | 'Layout', draw: () => void): void {
  // An inline property list: << /Type /Pagination >>.
  page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), `<< /Type /${type} >>`]));
  draw();
  page.pushOperators(endMarkedContent());
}

function visibleBox(page: PDFPage): { x: number; y: number; width: number; height: number } {
  return page.getCropBox();
}

function fitText(text: string, font: PDFFont, size: number, maxWidth: number): string {
  if (font.widthOfTextAtSize(text, size) <= maxWidth) return text;
  let fitted = text;
  while (fitted.length > 1 && font.widthOfTextAtSize(`${fitted}…`, size) > maxWidth) fitted = fitted.slice(0, -1);
  return `${fitted.trimEnd()}…`;
}
