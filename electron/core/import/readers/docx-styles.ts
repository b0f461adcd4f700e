// What a Word file's styles and numbering say about a paragraph: whether it
// is a heading, whether its text is bold, and the number Word draws before a
// list item ("1.", "(a)", "•"). Word stores that number nowhere in the text,
// so an auto-numbered recommendation would lose its number without this.
import { attribute, xmlEvents } from './xml';

/** What a paragraph or character style contributes; `name` is the style's own name ("heading 1", "Title", "toc 1"). */
export type StyleInfo = { name: string; headingLevel: 1 | 2 | 3 | undefined; isBold: boolean; isItalic: boolean; numbering: ListReference | undefined };
/** A paragraph's place in a Word list. */
export type ListReference = { numId: string; level: number };

type RawStyle = { name: string; basedOn?: string; outlineLevel?: number; isBold?: boolean; isItalic?: boolean; numbering?: ListReference };

/** Styles by id, with headings, bold and list numbering resolved through "based on". */
export function readStyles(xml: string | null): Map<string, StyleInfo> {
  const raw = new Map<string, RawStyle>();
  if (xml !== null) {
    let current: RawStyle | undefined;
    let numbering: Partial<ListReference> = {};
    for (const event of xmlEvents(xml)) {
      if (event.kind === 'open' && event.name === 'w:style') {
        current = { name: '' };
        raw.set(attribute(event.attributes, 'w:styleId') ?? '', current);
        numbering = {};
      } else if (event.kind === 'close' && event.name === 'w:style') current = undefined;
      else if (event.kind === 'open' && current !== undefined) {
        const value = attribute(event.attributes, 'w:val');
        if (event.name === 'w:name') current.name = value ?? '';
        else if (event.name === 'w:basedOn') current.basedOn = value;
        else if (event.name === 'w:outlineLvl') current.outlineLevel = Number(value);
        else if (event.name === 'w:b') current.isBold = isOn(value);
        else if (event.name === 'w:i') current.isItalic = isOn(value);
        else if (event.name === 'w:numId') numbering.numId = value;
        else if (event.name === 'w:ilvl') numbering.level = Number(value);
        if (numbering.numId !== undefined) current.numbering = { numId: numbering.numId, level: numbering.level ?? 0 };
      }
    }
  }
  const resolved = new Map<string, StyleInfo>();
  for (const id of raw.keys()) resolved.set(id, resolveStyle(id, raw));
  return resolved;
}

/** A style's heading level when its id alone says so (a file without styles.xml). */
export function headingLevelOfName(name: string): 1 | 2 | 3 | undefined {
  if (/^title$/i.test(name)) return 1;
  const level = /^heading\s*([1-9])$/i.exec(name)?.[1];
  return level === undefined ? undefined : (Math.min(3, Number(level)) as 1 | 2 | 3);
}

/** Word's on/off values: absent or anything but "0", "false", "off" is on. */
export function isOn(value: string | undefined): boolean {
  return value === undefined || !/^(0|false|off|none)$/i.test(value);
}

function resolveStyle(id: string, raw: ReadonlyMap<string, RawStyle>): StyleInfo {
  let headingLevel: 1 | 2 | 3 | undefined;
  let isBold: boolean | undefined;
  let isItalic: boolean | undefined;
  let numbering: ListReference | undefined;
  // The nearest style in the "based on" chain that says anything about a
  // heading decides; the bound stops a file whose chain loops.
  let style = raw.get(id);
  for (let depth = 0; style !== undefined && depth < 12; depth += 1) {
    headingLevel ??= headingLevelOfName(style.name) ?? outlineHeadingLevel(style.outlineLevel);
    isBold ??= style.isBold;
    isItalic ??= style.isItalic;
    numbering ??= style.numbering;
    style = style.basedOn === undefined ? undefined : raw.get(style.basedOn);
  }
  return { name: raw.get(id)?.name ?? '', headingLevel: headingLevel ?? headingLevelOfName(id), isBold: isBold ?? false, isItalic: isItalic ?? false, numbering };
}

/** The heading level of a Word outline level (0 is the top; 9 is body text). */
export function outlineHeadingLevel(outlineLevel: number | undefined): 1 | 2 | 3 | undefined {
  if (outlineLevel === undefined || !(outlineLevel >= 0 && outlineLevel < 9)) return undefined;
  return Math.min(3, outlineLevel + 1) as 1 | 2 | 3;
}

/** One level of a Word list: its first number, number format ("decimal", "bullet", "lowerLetter" …) and marker pattern ("%1.%2"). */
export type ListLevel = { start: number; format: string; text: string };
type ListDefinition = { abstractId: string; startOverrides: Map<number, number> };
type ListDefinitions = { abstracts: Map<string, ListLevel[]>; lists: Map<string, ListDefinition> };

/** Counts list items through a document as Word does and gives each its marker ("3.", "(b)", "•"). */
export type ListNumbering = { markerFor: (reference: ListReference) => string | undefined };

/** The levels of the list a `numId` names (several lists may share one definition), or undefined when the file does not define it. */
export function readListLevels(xml: string | null): (numId: string) => readonly ListLevel[] | undefined {
  const { abstracts, lists } = readListDefinitions(xml);
  return (numId) => {
    const list = lists.get(numId);
    return list === undefined ? undefined : abstracts.get(list.abstractId);
  };
}

function readListDefinitions(xml: string | null): ListDefinitions {
  const abstracts = new Map<string, ListLevel[]>();
  const lists = new Map<string, ListDefinition>();
  if (xml !== null) {
    let levels: ListLevel[] | undefined;
    let level: ListLevel | undefined;
    let list: ListDefinition | undefined;
    let overrideLevel = 0;
    for (const event of xmlEvents(xml)) {
      if (event.kind !== 'open') continue;
      const value = attribute(event.attributes, 'w:val');
      if (event.name === 'w:abstractNum') {
        levels = [];
        abstracts.set(attribute(event.attributes, 'w:abstractNumId') ?? '', levels);
      } else if (event.name === 'w:lvl' && levels !== undefined) {
        level = { start: 1, format: 'decimal', text: '' };
        levels[Number(attribute(event.attributes, 'w:ilvl') ?? 0)] = level;
      } else if (event.name === 'w:start' && level !== undefined) level.start = Number(value ?? 1);
      else if (event.name === 'w:numFmt' && level !== undefined) level.format = value ?? 'decimal';
      else if (event.name === 'w:lvlText' && level !== undefined) level.text = value ?? '';
      else if (event.name === 'w:num') {
        levels = undefined;
        level = undefined;
        list = { abstractId: '', startOverrides: new Map() };
        lists.set(attribute(event.attributes, 'w:numId') ?? '', list);
      } else if (event.name === 'w:abstractNumId' && list !== undefined) list.abstractId = value ?? '';
      else if (event.name === 'w:lvlOverride') overrideLevel = Number(attribute(event.attributes, 'w:ilvl') ?? 0);
      else if (event.name === 'w:startOverride' && list !== undefined) list.startOverrides.set(overrideLevel, Number(value ?? 1));
    }
  }
  return { abstracts, lists };
}

/** The numbering of a Word file, from word/numbering.xml (none: no markers). */
export function readNumbering(xml: string | null): ListNumbering {
  const { abstracts, lists } = readListDefinitions(xml);
  // Lists drawn from one definition share their counters, as in Word, until a list restarts them.
  const counters = new Map<string, (number | undefined)[]>();
  const restarted = new Set<string>();
  return {
    markerFor({ numId, level }) {
      const list = lists.get(numId);
      const levels = list === undefined ? undefined : abstracts.get(list.abstractId);
      const definition = levels?.[level];
      if (list === undefined || levels === undefined || definition === undefined) return undefined;
      const counts = counters.get(list.abstractId) ?? [];
      counters.set(list.abstractId, counts);
      const override = list.startOverrides.get(level);
      if (override !== undefined && !restarted.has(`${numId}:${level}`)) {
        restarted.add(`${numId}:${level}`);
        counts[level] = override - 1;
      }
      counts[level] = (counts[level] ?? definition.start - 1) + 1;
      counts.length = level + 1;
      if (definition.format === 'bullet') return '•';
      if (definition.format === 'none') return undefined;
      const marker = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
        const index = Number(digit) - 1;
        const shown = levels[index];
        return formatNumber(counts[index] ?? shown?.start ?? 1, shown?.format ?? 'decimal');
      });
      return marker.trim() === '' ? undefined : marker.trim();
    },
  };
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

function letters(value: number): string {
  const letter = String.fromCharCode(97 + ((Math.max(1, value) - 1) % 26));
  return letter.repeat(Math.floor((Math.max(1, value) - 1) / 26) + 1);
}

function roman(value: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = Math.max(1, Math.min(3999, value));
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}
