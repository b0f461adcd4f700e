// The Word styles of a pack. Built-in style ids (Normal, Heading1–3, Title,
// Subtitle, Caption, Header, Footer) are used wherever Word has one, so a
// user who restyles "Heading 1" restyles every heading, the navigation pane
// lists the headings and a PDF conversion turns them into bookmarks.
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { HouseStyle, ParagraphStyle } from '../../documents/model';
import { wordFontName } from '../fonts';
import { FURNITURE_SIZE_PT } from '../page';

/** The style id of each paragraph look of the model. */
export const PARAGRAPH_STYLE_IDS: Record<ParagraphStyle, string> = {
  body: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  small: 'SmallPrint',
  notice: 'Notice',
};

/** The style id of heading levels 1–3. */
export const HEADING_STYLE_IDS = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;

/** Paragraphs inside table cells: tighter spacing than body text. */
export const TABLE_TEXT_STYLE_ID = 'TableText';

/** Built-in character style docx defines for links. */
export const HYPERLINK_STYLE_ID = 'Hyperlink';

const BODY_SIZE_RANGE = { min: 6, max: 72 } as const;

/** Sizes in half-points (what Word stores), stepped from the body size. */
export type StyleSizes = { body: number; small: number; heading1: number; heading2: number; heading3: number; title: number; subtitle: number };

/** The house style's body size, held to a size Word can print, with the other sizes stepped from it. */
export function styleSizes(style: HouseStyle): StyleSizes {
  const requested = Number.isFinite(style.bodySizePt) ? style.bodySizePt : 11;
  const body = Math.min(BODY_SIZE_RANGE.max, Math.max(BODY_SIZE_RANGE.min, requested));
  const halfPoints = (pt: number): number => Math.round(pt * 2);
  return {
    body: halfPoints(body),
    small: halfPoints(Math.max(BODY_SIZE_RANGE.min, body - 2)),
    heading1: halfPoints(body + 5),
    heading2: halfPoints(body + 3),
    heading3: halfPoints(body + 1),
    title: halfPoints(body + 9),
    subtitle: halfPoints(body + 3),
  };
}

/** "#12395B" as Word writes colours ("12395B"); black when the value is not a colour. */
export function wordColour(colour: string): string {
  const match = /^#?([0-9A-Fa-f]{6})$/.exec(colour.trim());
  return match?.[1]?.toUpperCase() ?? '000000';
}

/** The document's styles for a house style. */
export function buildStyles(style: HouseStyle): IStylesOptions {
  const sizes = styleSizes(style);
  const accent = wordColour(style.accentColour);
  const font = wordFontName(style.fontFamily);
  const bodyAfter = Math.round(sizes.body * 6); // 0.6 of a line, in twips
  return {
    default: {
      document: {
        run: { font, size: sizes.body, language: { value: 'en-GB' } },
        paragraph: { spacing: { after: bodyAfter, line: 264 } },
      },
      caption: {
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, italics: false, color: accent, size: sizes.body },
        paragraph: { keepNext: true, spacing: { before: bodyAfter, after: Math.round(bodyAfter / 2) } },
      },
    },
    paragraphStyles: [
      paragraphStyle('Normal', 'Normal', { run: { font, size: sizes.body } }),
      heading(1, sizes.heading1, accent, 360),
      heading(2, sizes.heading2, accent, 280),
      heading(3, sizes.heading3, accent, 200),
      paragraphStyle('Title', 'Title', {
        run: { bold: true, size: sizes.title, color: accent },
        paragraph: { keepNext: true, spacing: { after: bodyAfter * 2 } },
        uiPriority: 10,
      }),
      paragraphStyle('Subtitle', 'Subtitle', {
        run: { size: sizes.subtitle, color: accent },
        paragraph: { keepNext: true, spacing: { after: bodyAfter * 2 } },
        uiPriority: 11,
      }),
      paragraphStyle(PARAGRAPH_STYLE_IDS.small, 'Small Print', { run: { size: sizes.small } }),
      paragraphStyle(PARAGRAPH_STYLE_IDS.notice, 'Notice', { run: { bold: true }, paragraph: { keepNext: true } }),
      paragraphStyle(TABLE_TEXT_STYLE_ID, 'Table Text', { paragraph: { spacing: { before: 40, after: 40 } } }),
      paragraphStyle('Header', 'header', { run: { size: FURNITURE_SIZE_PT * 2, bold: true }, paragraph: { spacing: { after: 0, line: 240 } } }, true),
      paragraphStyle('Footer', 'footer', { run: { size: FURNITURE_SIZE_PT * 2 }, paragraph: { spacing: { after: 0, line: 240 } } }, true),
    ],
  };
}

function heading(level: 1 | 2 | 3, size: number, colour: string, before: number): IParagraphStyleOptions {
  return paragraphStyle(HEADING_STYLE_IDS[level], `heading ${level}`, {
    run: { bold: true, size, color: colour },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before, after: Math.round(before / 2) } },
    uiPriority: 9,
  });
}

function paragraphStyle(
  id: string,
  name: string,
  options: Pick<IParagraphStyleOptions, 'run' | 'paragraph' | 'uiPriority'>,
  isFurniture = false,
): IParagraphStyleOptions {
  return {
    id,
    name,
    ...(id === 'Normal' ? {} : { basedOn: 'Normal', next: 'Normal' }),
    quickFormat: !isFurniture,
    ...(isFurniture ? { unhideWhenUsed: true, semiHidden: true } : {}),
    ...options,
  };
}
