// Text drawn by writing the content-stream operators directly: one text
// object per run of fragments instead of pdfkit's text() machinery (option
// parsing, save/restore and a second measurement for every fragment), which
// is where most of a long document's time went. Glyph ids and kerning come
// from pdfkit's own encoder, so the embedded subsets are the same.
import type { GlyphPosition, PdfDoc, PdfFont } from './pdfkit-types';
import type { Fragment } from './units';

/** Writes `fragments` on the line whose baseline is `baseline` points from the top of the page. */
export function writeText(doc: PdfDoc, fragments: readonly Fragment[], baseline: number): void {
  const { page } = doc;
  const y = page.height - baseline;
  const ops: string[] = [`q 1 0 0 -1 0 ${num(page.height)} cm BT`];
  let font = '';
  let colour = '';
  for (const fragment of fragments) {
    if (fragment.text.trim() === '') continue;
    page.fonts[fragment.font.id] ??= fragment.font.ref();
    const fontOp = `/${fragment.font.id} ${num(fragment.size)} Tf`;
    if (fontOp !== font) ops.push((font = fontOp));
    const colourOp = `${num(fragment.colour[0])} ${num(fragment.colour[1])} ${num(fragment.colour[2])} rg`;
    if (colourOp !== colour) ops.push((colour = colourOp));
    writeGlyphs(ops, fragment, y);
  }
  ops.push('ET Q\n');
  // As bytes: pdfkit would otherwise copy the string into bytes one character at a time.
  doc.addContent(Buffer.from(ops.join('\n'), 'latin1'));
}

/** A word's glyphs as TJ operands (with the font's kerning), and its advance in 1/1000 em. */
type EncodedPiece = { operands: string; advance: number; glyphs: string[]; positions: GlyphPosition[]; hasMarks: boolean };

const encodings = new WeakMap<PdfFont, Map<string, EncodedPiece>>();

/**
 * The encoding of one word, remembered per font. Safe to reuse: pdfkit's
 * encoder adds each glyph to the font subset the first time it sees it, and
 * a glyph's id in the subset never changes afterwards.
 */
function encodePiece(font: PdfFont, text: string): EncodedPiece {
  let cache = encodings.get(font);
  if (!cache) encodings.set(font, (cache = new Map<string, EncodedPiece>()));
  const cached = cache.get(text);
  if (cached) return cached;
  const [glyphs, positions] = font.encode(text);
  let operands = '';
  let hex = '';
  let advance = 0;
  let hasMarks = false;
  glyphs.forEach((glyph, index) => {
    const position = positions[index];
    if (!position) return;
    if (position.xOffset || position.yOffset) hasMarks = true;
    hex += glyph;
    const kerning = position.xAdvance - position.advanceWidth;
    if (kerning !== 0) {
      operands += `<${hex}> ${num(-kerning)} `;
      hex = '';
    }
    advance += position.xAdvance;
  });
  if (hex) operands += `<${hex}> `;
  const piece = { operands, advance, glyphs, positions, hasMarks };
  if (text.length <= 64) cache.set(text, piece);
  return piece;
}

function writeGlyphs(ops: string[], fragment: Fragment, y: number): void {
  const scale = fragment.size / 1000;
  let x = fragment.x;
  ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
  let operands = '';
  const flush = () => {
    if (operands) ops.push(`[${operands}] TJ`);
    operands = '';
  };
  for (const text of fragment.pieces) {
    const piece = encodePiece(fragment.font, text);
    if (piece.hasMarks) {
      flush();
      x = writeMarkedPiece(ops, piece, x, y, scale);
      continue;
    }
    operands += piece.operands;
    x += piece.advance * scale;
  }
  flush();
}

/** A word with marks the font positions itself (accents on base letters): glyph by glyph. */
function writeMarkedPiece(ops: string[], piece: EncodedPiece, startX: number, y: number, scale: number): number {
  let x = startX;
  piece.glyphs.forEach((glyph, index) => {
    const position = piece.positions[index];
    if (!position) return;
    ops.push(`1 0 0 1 ${num(x + position.xOffset * scale)} ${num(y + position.yOffset * scale)} Tm <${glyph}> Tj`);
    x += position.xAdvance * scale;
  });
  ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
  return x;
}

/** A number as content streams want it: at most three decimals, no exponent. */
function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
