// The four faces of the house font, plus DejaVu Sans as a fallback for
// characters the house font lacks, loaded only when needed. Each TrueType
// file is read and parsed once per process, by path, and the parsed font is
// handed to every later document: a pack renders a dozen documents, and
// parsing four faces for each was most of the time of a short one. (Never
// by registered name: pdfkit re-parses those.)
import type { FontFamily } from '../../../../shared/api/methods/settings';
import { fontFaces, type FontFaces } from '../fonts';
import type { ParsedFont, PdfDoc, PdfFont } from './pdfkit-types';

export type Face = keyof FontFaces;

export type FontSet = {
  face(isBold: boolean, isItalic: boolean): PdfFont;
  /** The same face of the fallback family, for characters `font` cannot show. */
  fallback(isBold: boolean, isItalic: boolean): PdfFont;
  /** Whether some character had no glyph in either family (it prints as a box). */
  hasMissingGlyphs: boolean;
};

/**
 * The house font's faces in `doc`, for measuring and drawing. `doc` must
 * have been opened with openingFont(family): its regular face is taken as
 * it is, because selecting it again by parsed font would number the fonts
 * differently from a first run (and the bytes must not depend on that).
 */
export function loadFonts(doc: PdfDoc, family: FontFamily): FontSet {
  const primary = loadFaces(doc, fontFaces(family), doc._font);
  let fallbackFaces: Record<Face, PdfFont> | null = family === 'DejaVu Sans' ? primary : null;
  return {
    face: (isBold, isItalic) => primary[faceName(isBold, isItalic)],
    fallback: (isBold, isItalic) => {
      fallbackFaces ??= loadFaces(doc, fontFaces('DejaVu Sans'), null);
      return fallbackFaces[faceName(isBold, isItalic)];
    },
    hasMissingGlyphs: false,
  };
}

const widthCache = new WeakMap<ParsedFont, Map<string, number>>();

/**
 * The width of `text` in `font` at `size`, remembered per word: pdfkit
 * re-scans every character of a string before reaching its own cache, and
 * a long document measures the same few thousand words over and over.
 */
export function measure(font: PdfFont, text: string, size: number): number {
  let widths = widthCache.get(font.font);
  if (!widths) widthCache.set(font.font, (widths = new Map<string, number>()));
  let width = widths.get(text);
  if (width === undefined) {
    width = font.widthOfString(text, 1000);
    if (text.length <= 64) widths.set(text, width);
  }
  return (width * size) / 1000;
}

/** Parsed fonts by file path; fontkit fonts are read-only, so documents can share them. */
const parsedFonts = new Map<string, ParsedFont>();

const layouts = new WeakMap<ParsedFont, Record<string, unknown>>();

/**
 * pdfkit's per-word glyph layout, shared by every document using the font.
 * A layout is the font's glyphs and positions, the same in any document; each
 * document still numbers the glyphs of its own subset when it encodes them.
 */
function sharedLayouts(font: ParsedFont): Record<string, unknown> {
  let cache = layouts.get(font);
  if (!cache) layouts.set(font, (cache = Object.create(null) as Record<string, unknown>));
  return cache;
}

/** The font a new document opens with: the house font's regular face (never pdfkit's default Helvetica). */
export const openingFont = (family: FontFamily): string | ParsedFont => {
  const path = fontFaces(family).regular;
  return parsedFonts.get(path) ?? path;
};

function loadFaces(doc: PdfDoc, paths: FontFaces, openedRegular: PdfFont | null): Record<Face, PdfFont> {
  const load = (path: string, opened: PdfFont | null = null): PdfFont => {
    const font = opened ?? doc.font(parsedFonts.get(path) ?? path)._font;
    parsedFonts.set(path, font.font);
    font.layoutCache = sharedLayouts(font.font);
    return listPartsOfComposites(withScaledNotdef(font));
  };
  return { regular: load(paths.regular, openedRegular), bold: load(paths.bold), italic: load(paths.italic), boldItalic: load(paths.boldItalic) };
}

/**
 * pdfkit writes the width of glyph 0 (.notdef, the box a character with no
 * glyph in either family prints as: an emoji, say) in font units rather than
 * in 1/1000 em, so a viewer drew each box twice as wide as the line breaker
 * measured it, and the words after it overprinted the next run of text.
 */
function withScaledNotdef(font: PdfFont): PdfFont {
  font.widths[0] = font.font.getGlyph(0).advanceWidth * font.scale;
  return font;
}

/**
 * Makes the font's CIDSet (written for PDF/UA) list every glyph in the
 * embedded subset. fontkit adds the parts of composite glyphs (the "e" and
 * the accent of "é") while it encodes the subset, but pdfkit builds CIDSet
 * from the glyphs it drew, so those parts would be missing and the file
 * would fail PDF/UA's rule that CIDSet lists every glyph present.
 */
function listPartsOfComposites(font: PdfFont): PdfFont {
  const { subset } = font;
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const bytes = encode();
    subset.glyphs.forEach((glyph, id) => {
      font.widths[id] ??= font.font.getGlyph(glyph).advanceWidth * font.scale;
    });
    return bytes;
  };
  return font;
}

function faceName(isBold: boolean, isItalic: boolean): Face {
  if (isBold) return isItalic ? 'boldItalic' : 'bold';
  return isItalic ? 'italic' : 'regular';
}
