// The part of pdfkit 0.20 this renderer uses, typed here because
// @types/pdfkit lags the library: it has no 'PDF/UA' subset, no structure
// attributes (scope, bbox), no structParent on annotations and no access to
// the loaded font objects we measure with. Everything below exists in
// node_modules/pdfkit/js/pdfkit.js; one cast in openPdfDocument() bridges
// the published types to this view.
import PDFDocument from 'pdfkit';

/** A PDF string object: pdfkit writes JS `String` wrappers as (strings) and plain strings as /Names. */
export type PdfString = object;

/** A string pdfkit must write as a PDF string, not a name. */
export const pdfString = (text: string): PdfString => Object(text) as PdfString;

/** A TrueType font as fontkit parsed it. */
export type ParsedFont = { hasGlyphForCodePoint(codePoint: number): boolean; getGlyph(id: number): { advanceWidth: number } };

/** A font pdfkit has loaded (EmbeddedFont): what we measure and encode with. */
export type PdfFont = {
  id: string;
  ascender: number;
  descender: number;
  widthOfString(text: string, size: number): number;
  /** Glyph ids (hex) and positions, in 1/1000 em, as pdfkit encodes text. */
  encode(text: string): [string[], GlyphPosition[]];
  ref(): object;
  /** The fontkit font underneath. */
  font: ParsedFont;
  /** fontkit's subset: original glyph ids, in subset order; encode() may append composite glyphs' parts. */
  subset: { glyphs: number[]; encode(): Uint8Array };
  /** Advance widths by subset glyph id, in 1/1000 em: what the W array and CIDSet are written from. */
  widths: (number | undefined)[];
  /** 1000 / units per em. */
  scale: number;
  /** Glyph layouts of the words pdfkit has laid out, by word. */
  layoutCache: Record<string, unknown>;
};

export type GlyphPosition = { xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number };

/** A marked-content sequence that belongs to a structure element. */
export type StructContent = { readonly __structContent: true };

/** A pdfkit structure element (PDFStructureElement). */
export type StructElement = {
  add(child: StructElement | StructContent): StructElement;
  end(): void;
  dictionary: { data: { A?: Record<string, unknown> } };
};

export type StructOptions = {
  alt?: string;
  lang?: string;
  scope?: 'Row' | 'Column' | 'Both';
  /** [left, top, right, bottom] in top-down page coordinates. */
  bbox?: [number, number, number, number];
};

export type AnnotationOptions = { structParent?: StructElement; Contents?: PdfString };

/** An image pdfkit has parsed (PNGImage or JPEG); `image` is png-js's parse of a PNG. */
export type PdfImage = {
  width: number;
  height: number;
  image?: { width: number; height: number; pixelBitlength: number; interlaceMethod: number; imgData: Uint8Array };
};

export type PdfOutlineItem = { addItem(title: string): PdfOutlineItem };

export type PdfPage = { height: number; fonts: Record<string, object> };

/** The pdfkit document, as this renderer uses it. */
export type PdfDoc = {
  page: PdfPage;
  info: Record<string, unknown>;
  outline: PdfOutlineItem;
  /** Selects a font by file path or by an already parsed font. */
  font(src: string | ParsedFont): PdfDoc;
  /** The font the last font() call selected. */
  _font: PdfFont;
  /** Writes the XMP packet from `info`; wrapped to escape it (see metadata.ts). */
  _addInfo(): void;
  addPage(): PdfDoc;
  /** Appends to the page's content stream; a string gets a newline, bytes are written as they are. */
  addContent(data: string | Uint8Array): PdfDoc;
  save(): PdfDoc;
  restore(): PdfDoc;
  rect(x: number, y: number, w: number, h: number): PdfDoc;
  moveTo(x: number, y: number): PdfDoc;
  lineTo(x: number, y: number): PdfDoc;
  lineWidth(width: number): PdfDoc;
  fill(colour: string): PdfDoc;
  stroke(colour: string): PdfDoc;
  image(image: PdfImage, x: number, y: number, options: { width: number; height: number }): PdfDoc;
  openImage(data: Buffer): PdfImage;
  link(x: number, y: number, w: number, h: number, url: string, options?: AnnotationOptions): PdfDoc;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: AnnotationOptions): PdfDoc;
  addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void;
  struct(type: string, options?: StructOptions): StructElement;
  addStructure(element: StructElement): PdfDoc;
  markStructureContent(tag: string): StructContent;
  markContent(tag: 'Artifact', options: { type: 'Pagination' | 'Layout' }): PdfDoc;
  endMarkedContent(): PdfDoc;
  initSubset(options: { subset: 'PDF/UA' }): void;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
};

export type PdfDocOptions = {
  size: [number, number];
  margins: { top: number; bottom: number; left: number; right: number };
  pdfVersion: '1.7';
  tagged: true;
  lang: string;
  displayTitle: true;
  autoFirstPage: false;
  /** The first font pdfkit loads; giving ours keeps unembedded Helvetica out of the file. */
  font: string | ParsedFont;
  info: Record<string, string | Date>;
};

/** A new pdfkit document, seen through the typed view above. */
export function openPdfDocument(options: PdfDocOptions): PdfDoc {
  // The one bridge between the published types and the view above (they type `font` as a path only).
  const published = options as unknown as PDFKit.PDFDocumentOptions;
  return new PDFDocument(published) as unknown as PdfDoc;
}
