// What a Word paragraph is in the report, from its style and its place in a
// Word list: a heading, the report's own numbered paragraph (a multi-level
// decimal list: "1.1", "4.2.3"), a bulleted or ordered list item, a table of
// contents line (left out: the pack has its own navigation), or body text.
import { headingLevelOfName, outlineHeadingLevel, type ListLevel, type StyleInfo } from '../../import/readers/docx-styles';
import type { WordParagraph } from './word-model';

/** A paragraph's place in a Word list. */
export type ListPlace = { numId: string; level: number };

/** What the paragraph is; `list` is its Word list place, when it has one (headings too: their numbers count on). */
export type ParagraphKind = (
  | { kind: 'contents' }
  | { kind: 'title' }
  | { kind: 'heading'; level: 1 | 2 | 3 }
  /** The report's numbering: depth 1 is a section ("1", "1.0"), 2 a paragraph ("1.1"), 3 a sub-paragraph ("1.1.1"). */
  | { kind: 'report'; depth: 1 | 2 | 3 }
  | { kind: 'list'; isOrdered: boolean; numId: string; level: number }
  | { kind: 'body' }
) & { list?: ListPlace };

/** What the package tells about styles and lists. */
export type StyleSources = {
  styles: ReadonlyMap<string, StyleInfo>;
  listLevels: (numId: string) => readonly ListLevel[] | undefined;
};

const CONTENTS_STYLE = /^(toc|contents)\s*(\d|heading)|^table of (contents|figures)$/i;
const DECIMAL = new Set(['decimal', 'decimalZero']);

/** Sorts a paragraph by its style, outline level and list. */
export function paragraphKind(paragraph: WordParagraph, sources: StyleSources): ParagraphKind {
  const style = paragraph.styleId === undefined ? undefined : sources.styles.get(paragraph.styleId);
  const styleName = style?.name || (paragraph.styleId ?? '');
  if (CONTENTS_STYLE.test(styleName) || CONTENTS_STYLE.test(paragraph.styleId ?? '')) return { kind: 'contents' };
  if (/^title$/i.test(styleName)) return { kind: 'title' };
  const headingLevel = outlineHeadingLevel(paragraph.outlineLevel) ?? style?.headingLevel ?? (paragraph.styleId === undefined ? undefined : headingLevelOfName(paragraph.styleId));
  const numId = paragraph.list?.numId ?? style?.numbering?.numId;
  // numId 0 is Word's way of taking a style's numbering off one paragraph.
  const list = numId === undefined || numId === '0' ? undefined : { numId, level: Math.max(0, Math.min(8, paragraph.list?.level ?? style?.numbering?.level ?? 0)) };
  const inList = list === undefined ? {} : { list };
  // A heading numbered by a Word list keeps its heading: the pack numbers it again.
  if (headingLevel !== undefined) return { kind: 'heading', level: headingLevel, ...inList };
  if (list === undefined) return { kind: 'body' };
  const levels = sources.listLevels(list.numId);
  const definition = levels?.[list.level];
  if (levels === undefined || definition === undefined || definition.format === 'none') return { kind: 'body', ...inList };
  if (definition.format === 'bullet') return { kind: 'list', isOrdered: false, ...list, list };
  const depth = reportDepth(levels, list.level);
  return depth === undefined ? { kind: 'list', isOrdered: true, ...list, list } : { kind: 'report', depth, list };
}

/**
 * The depth of a level in a report's multi-level numbering, or undefined for
 * an ordinary list. A level is the report's when its marker joins decimal
 * numbers of several levels ("%1.%2"), or when it is the top of a list whose
 * next level does ("1." then "1.1"): a list that says "(a)" or "1." alone is
 * a list, numbered as a list.
 */
function reportDepth(levels: readonly ListLevel[], level: number): 1 | 2 | 3 | undefined {
  const own = levels[level];
  if (own === undefined || !DECIMAL.has(own.format)) return undefined;
  const placeholders = placeholdersOf(own.text);
  if (placeholders.length >= 2 && placeholders.every((index) => DECIMAL.has(levels[index]?.format ?? 'decimal'))) {
    return Math.min(3, placeholders.length) as 2 | 3;
  }
  const next = levels[level + 1];
  if (placeholders.length === 1 && next !== undefined && DECIMAL.has(next.format) && placeholdersOf(next.text).length >= 2) return 1;
  return undefined;
}

/** The levels a marker pattern shows ("%1.%2" → [0, 1]). */
function placeholdersOf(text: string): number[] {
  return [...text.matchAll(/%([1-9])/g)].map((match) => Number(match[1]) - 1);
}
