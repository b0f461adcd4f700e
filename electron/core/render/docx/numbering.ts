// Word numbering definitions. Report paragraphs share one multi-level
// definition ("1.0", "1.1", "1.1.1"), and every document of a pack is its own
// instance of it, so the numbers restart at each report as numberLabels()
// counts them. Lists have definitions of their own, so a list never moves a
// report's paragraph numbers on.
import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type INumberingOptions } from 'docx';

export const REPORT_NUMBERING = 'report-paragraphs';
export const BULLET_NUMBERING = 'bulleted-list';
export const ORDERED_NUMBERING = 'ordered-list';

/** Indent of numbered report paragraphs, in twips: room for "10.10.10" before the text. */
export const REPORT_TEXT_INDENT = 1021;

/** Lists nest up to Word's nine levels; deeper items stay at the ninth. */
export const LIST_LEVELS = 9;

const LIST_STEP = 454;
/** Room for a bullet or list number before the item's text, in twips. */
export const LIST_HANGING = 340;

/** Where the text of a list item at a level starts, in twips from the margin. */
export const listTextIndent = (level: number): number => (level + 1) * LIST_STEP;

const REPORT_LEVEL_TEXTS = ['%1.0', '%1.%2', '%1.%2.%3'] as const;
const BULLETS = ['•', '–', '◦'] as const;
const ORDERED_FORMATS = [
  { format: LevelFormat.DECIMAL, text: (level: number) => `%${level + 1}.` },
  { format: LevelFormat.LOWER_LETTER, text: (level: number) => `(%${level + 1})` },
  { format: LevelFormat.LOWER_ROMAN, text: (level: number) => `(%${level + 1})` },
] as const;

/** The numbering definitions every pack has. */
export function buildNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: REPORT_NUMBERING,
        levels: REPORT_LEVEL_TEXTS.map((text, level): ILevelsOptions => ({
          level,
          format: LevelFormat.DECIMAL,
          text,
          alignment: AlignmentType.LEFT,
          suffix: LevelSuffix.TAB,
          // Legal style keeps "%1" decimal even if a user switches a level to letters.
          isLegalNumberingStyle: true,
          style: { paragraph: { indent: { left: REPORT_TEXT_INDENT, hanging: REPORT_TEXT_INDENT }, leftTabStop: REPORT_TEXT_INDENT } },
        })),
      },
      {
        reference: BULLET_NUMBERING,
        levels: listLevels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length] ?? '•' })),
      },
      {
        reference: ORDERED_NUMBERING,
        levels: listLevels((level) => {
          const kind = ORDERED_FORMATS[level % ORDERED_FORMATS.length] ?? ORDERED_FORMATS[0];
          return { format: kind.format, text: kind.text(level) };
        }),
      },
    ],
  };
}

function listLevels(look: (level: number) => Pick<ILevelsOptions, 'format' | 'text'>): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    ...look(level),
    alignment: AlignmentType.LEFT,
    suffix: LevelSuffix.TAB,
    style: { paragraph: { indent: { left: listTextIndent(level), hanging: LIST_HANGING } } },
  }));
}

/** Hands out numbering instances: one per document for report paragraphs, one per ordered list. */
export type NumberingInstances = { nextOrderedList: () => number };

/** A fresh instance counter for one pack. */
export function createNumberingInstances(): NumberingInstances {
  let orderedLists = 0;
  return { nextOrderedList: () => (orderedLists += 1) };
}
