// The house style turned into the sizes, gaps and colours the PDF layout
// uses. One place, so headings, tables and notices stay in proportion to the
// body size the authority chose.
import type { HouseStyle, ParagraphStyle } from '../../documents/model';
import { BODY_FONT_SIZE } from '../../../../shared/api/methods/settings';

/** An sRGB colour as 0–1 components. */
export type Rgb = readonly [number, number, number];

export type TextLook = { size: number; colour: Rgb; isBold: boolean; isItalic: boolean };

export type PdfStyle = {
  body: number;
  accent: Rgb;
  accentHex: string;
  text: Rgb;
  /** Leading as a multiple of the font size. */
  lineSpacing: number;
  /** Space between paragraphs. */
  paragraphGap: number;
  /** Width of the label column of numbered paragraphs ("4.1.1"). */
  numberIndent: number;
  headings: Record<1 | 2 | 3, { look: TextLook; gapBefore: number }>;
  paragraphs: Record<ParagraphStyle, TextLook>;
  notice: { fillHex: string; borderHex: string; padding: number };
  table: { padding: number; borderHex: string; headerFillHex: string; borderWidth: number };
  linkColour: Rgb;
};

const BLACK: Rgb = [0, 0, 0];
const GREY: Rgb = [0.25, 0.25, 0.25];

/** The PDF layout's measures for one house style. */
export function pdfStyle(style: HouseStyle): PdfStyle {
  const body = clampSize(style.bodySizePt);
  const accentHex = /^#[0-9a-f]{6}$/i.test(style.accentColour) ? style.accentColour : '#000000';
  const accent = hexToRgb(accentHex);
  const look = (scale: number, colour: Rgb, isBold: boolean): TextLook => ({ size: round(body * scale), colour, isBold, isItalic: false });
  return {
    body,
    accent,
    accentHex,
    text: BLACK,
    lineSpacing: 1.25,
    paragraphGap: round(body * 0.6),
    numberIndent: round(body * 3.8),
    headings: {
      1: { look: look(1.5, accent, true), gapBefore: round(body * 1.3) },
      2: { look: look(1.25, accent, true), gapBefore: round(body * 1.1) },
      3: { look: look(1.08, accent, true), gapBefore: round(body * 0.9) },
    },
    paragraphs: {
      body: look(1, BLACK, false),
      title: look(1.8, accent, true),
      subtitle: look(1.3, accent, false),
      small: look(0.85, GREY, false),
      notice: look(1, BLACK, false),
    },
    // Light tints that keep black text well above 4.5:1 contrast.
    notice: { fillHex: '#f2f2f2', borderHex: accentHex, padding: round(body * 0.6) },
    table: { padding: round(body * 0.35), borderHex: '#808080', headerFillHex: '#e6e6e6', borderWidth: 0.5 },
    linkColour: accent,
  };
}

function clampSize(size: number): number {
  if (!Number.isFinite(size)) return 11;
  return Math.min(BODY_FONT_SIZE.max, Math.max(BODY_FONT_SIZE.min, size));
}

const round = (value: number): number => Math.round(value * 100) / 100;

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [((value >> 16) & 255) / 255, ((value >> 8) & 255) / 255, (value & 255) / 255];
}
