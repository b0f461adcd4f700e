// Recommendations: the list under a heading about recommending or improving
// ("Recommendations", "What needs to improve?", "Areas for improvement"…),
// each item joined across line and page breaks. The list's shape decides where
// an item starts and ends: its markers, sentence ends, blank lines, headings.
import type { ParsedInspection } from '../../../../shared/api/methods/imports';
import { endsSentence, isHeadingAt, joinLines, markerNumber, refOf, stopsShort, typicalLineLength, type Line } from './lines';

type Kind = 'number' | 'letter' | 'bullet';
type Item = { number: number | null; parts: string[]; lines: Line[] };

/** A list of recommendations under its heading (or lead-in line). */
export type RecommendationSection = { heading: Line; items: Item[]; isLeadIn: boolean; isUnmarked: boolean };

const HEADING_WORDS = /\b(recommendations?|recommended|improve|improvements?|improving|development|priorit(?:y|ies)|areas? for action)\b/i;
const BRACKETED = /^\(.{1,150}\)[.;]?$/;
const MAX_INTRO_LINES = 4;

function kindOf(marker: string): Kind {
  if (/\d/.test(marker)) return 'number';
  if (/^\(?[a-z]{1,4}\)$/i.test(marker)) return 'letter';
  return 'bullet';
}

function startItem(line: Line): Item {
  return { number: markerNumber(line.marker), parts: [line.text], lines: [line] };
}

function add(item: Item, line: Line): void {
  item.parts.push(line.text);
  item.lines.push(line);
}

function lastPart(item: Item): string {
  return item.parts[item.parts.length - 1] ?? '';
}

/** A heading (or a lead-in such as "The local authority should:") that introduces recommendations. */
function isRecommendationHeading(lines: Line[], line: Line, width: number): 'heading' | 'lead-in' | null {
  if (line.isBlank || line.marker !== null || line.cells !== null || !HEADING_WORDS.test(line.text)) return null;
  // A grade on its own line ("Requires improvement to be good") is not a heading about improving.
  if (/\brequires? (an )?improvement\b/i.test(line.text)) return null;
  if (isHeadingAt(lines, line, width)) return 'heading';
  if (/[:;]$/.test(line.text) && line.text.split(' ').length <= 40) return 'lead-in';
  return null;
}

/** The marked list items that follow `from`, ended by a heading, a table, a blank line after a finished item, or a list of another kind. */
function markedItems(lines: Line[], from: number, width: number): Item[] {
  const items: Item[] = [];
  let current: Item | null = null;
  let kind: Kind | null = null;
  let intro = 0;
  let gap = false;
  let hasSubItems = false;
  for (let i = from; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.isBlank) {
      gap = true;
      continue;
    }
    const afterGap = gap;
    gap = false;
    if (current === null) {
      if (line.marker !== null) {
        current = startItem(line);
        kind = kindOf(line.marker);
        items.push(current);
      } else if (isHeadingAt(lines, line, width) || line.cells !== null || (intro += 1) > MAX_INTRO_LINES) {
        break;
      }
      continue;
    }
    if (line.marker !== null) {
      if (kindOf(line.marker) === kind) {
        const number = markerNumber(line.marker);
        // A numbered list that starts again is another list (the report's numbered paragraphs).
        if (number !== null && current.number !== null && number <= current.number) break;
        current = startItem(line);
        hasSubItems = false;
        items.push(current);
        continue;
      }
      // Sub-items of "…in the following areas:" belong to their item.
      if (hasSubItems || /:$/.test(lastPart(current))) {
        add(current, line);
        hasSubItems = true;
        continue;
      }
      break;
    }
    if (line.isBold || line.headingLevel !== null || line.cells !== null) break;
    if (BRACKETED.test(line.text)) {
      add(current, line);
      continue;
    }
    const last = lastPart(current);
    const isShort = stopsShort(last, width);
    if (!endsSentence(last) && !/:$/.test(last)) {
      // Mid-sentence: the item goes on across a blank line or a page break,
      // unless a capital follows a line that stopped short (an unpunctuated
      // bullet) or a heading follows a blank line.
      if (/^\p{Lu}/u.test(line.text) && (isShort || (afterGap && isHeadingAt(lines, line, width)))) break;
      add(current, line);
      continue;
    }
    if (afterGap || isShort || isHeadingAt(lines, line, width)) break;
    // A full printed line ending in a full stop, wrapped onto the next (a PDF).
    add(current, line);
  }
  return items;
}

/** Paragraphs that follow a heading when the list lost its bullets: each paragraph one item. */
function unmarkedItems(lines: Line[], from: number, width: number): Item[] {
  const items: Item[] = [];
  let current: Item | null = null;
  let gap = false;
  for (let i = from; i < lines.length && items.length <= 30; i += 1) {
    const line = lines[i];
    if (line === undefined) break;
    if (line.isBlank) {
      gap = true;
      continue;
    }
    if (line.marker !== null || line.cells !== null || isHeadingAt(lines, line, width)) break;
    const last = current === null ? '' : lastPart(current);
    const startsNew = current === null || gap || (endsSentence(last) && stopsShort(last, width));
    gap = false;
    if (startsNew && !(current !== null && BRACKETED.test(line.text))) {
      current = startItem(line);
      items.push(current);
    } else if (current !== null) {
      add(current, line);
    }
  }
  // A lead-in sentence ("The local authority should:") is not an item.
  return items.filter((item) => !/:$/.test(lastPart(item)));
}

/** Every recommendation list in the report, in order. */
export function findRecommendationSections(lines: Line[]): RecommendationSection[] {
  const sections: RecommendationSection[] = [];
  const width = typicalLineLength(lines);
  for (const line of lines) {
    const kind = isRecommendationHeading(lines, line, width);
    if (kind === null) continue;
    const marked = markedItems(lines, line.index + 1, width);
    if (marked.length > 0) {
      sections.push({ heading: line, items: marked, isLeadIn: kind === 'lead-in', isUnmarked: false });
      continue;
    }
    const unmarked = kind === 'heading' ? unmarkedItems(lines, line.index + 1, width) : [];
    if (unmarked.length > 0) sections.push({ heading: line, items: unmarked, isLeadIn: false, isUnmarked: true });
  }
  return sections;
}

/** The numbered recommendations of one section, with warnings about numbering, page breaks and cut text. */
export function recommendationsOf(section: RecommendationSection, warnings: string[]): ParsedInspection['recommendations'] {
  const isNumbered = section.items.every((item) => item.number !== null);
  const result = section.items.map((item, position) => ({
    number: isNumbered && item.number !== null ? item.number : position + 1,
    text: joinLines(item.parts),
    source: item.lines[0] === undefined ? null : refOf(item.lines[0]),
  }));
  const headingText = section.heading.text.replace(/:$/, '');
  if (section.isUnmarked) {
    warnings.push(`The points under "${headingText}" (page ${section.heading.page}) have no bullets or numbers: check where each recommendation starts and ends.`);
  }
  const numbers = result.map((recommendation) => recommendation.number);
  if (isNumbered && numbers.some((number, position) => number !== position + 1)) {
    warnings.push(`The recommendation numbers are not consecutive (${numbers.join(', ')}): check for a missing or misread recommendation.`);
  }
  // Lists of short points often carry no full stops; an unfinished item is
  // suspect only in a list whose other items finish.
  const finished = result.filter((recommendation) => endsSentence(recommendation.text)).length;
  const isPunctuatedList = finished * 2 > result.length;
  section.items.forEach((item, position) => {
    const number = result[position]?.number ?? position + 1;
    const pages = [...new Set(item.lines.map((line) => line.page))];
    if (pages.length > 1) {
      warnings.push(`Recommendation ${number} runs across a page break (pages ${pages.join('–')}): check its text is complete.`);
    }
    const text = result[position]?.text ?? '';
    if (!endsSentence(text) && !/:$/.test(text) && isPunctuatedList) {
      const last = item.lines[item.lines.length - 1];
      warnings.push(`Recommendation ${number} may be cut: its text stops mid-sentence (page ${last?.page ?? '?'}, line ${last?.line ?? '?'}).`);
    }
  });
  return result;
}
