// Inline content to measured lines of text. Our own line breaker rather
// than pdfkit's: it handles bold, italic and link runs on one line, measures
// without drawing (so table rows know their height), and breaks only at
// spaces, or inside a word that is wider than the line.
import type { Inline } from '../../documents/model';
import { measure } from './fonts';
import type { PdfFont } from './pdfkit-types';
import type { Rgb, TextLook } from './style';
import { plainText, structNode, type Fragment, type Item, type LayoutContext, type LinkTarget, type StructNode } from './units';

export type TextItem = Extract<Item, { kind: 'text' }>;

export type LinesSpec = {
  content: readonly Inline[];
  look: TextLook;
  align?: 'left' | 'centre' | 'right' | undefined;
  /** A numbering label printed in a hanging column before the text. */
  label?: string | undefined;
  /** The element the text belongs to (P, H1, TH…). */
  node: StructNode;
};

type Token = {
  kind: 'word' | 'space' | 'break';
  text: string;
  width: number;
  font: PdfFont;
  size: number;
  colour: Rgb;
  node: StructNode;
  link?: LinkTarget;
};

// Characters that have no glyph and no meaning in print (C0 and C1 controls,
// soft hyphens, the non-characters U+FFFE and U+FFFF, which the Word edition
// drops too); tabs and carriage returns become spaces and line breaks first.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const SPECIAL = /[\u0000-\u001f\u007f-\u009f\u00ad\uFFFE\uFFFF]/;
const BEYOND_LATIN1 = /[^ -\u00ff]/;
const SPACE = 0x20;
const NEWLINE = 0x0a;

/** The height of one line of text at `size`, and where its baseline sits below the line's top. */
export function lineMetrics(context: LayoutContext, size: number): { height: number; baseline: number } {
  const font = context.fonts.face(false, false);
  const height = size * context.style.lineSpacing;
  const glyphHeight = ((font.ascender - font.descender) / 1000) * size;
  return { height, baseline: (height - glyphHeight) / 2 + (font.ascender / 1000) * size };
}

/** Lays out inline content in a column `width` wide at `x`; every line is its own item at y = 0. */
export function layoutLines(spec: LinesSpec, x: number, width: number, context: LayoutContext): TextItem[] {
  const { height, baseline } = lineMetrics(context, spec.look.size);
  let textX = x;
  let textWidth = width;
  let label: Fragment | null = null;
  if (spec.label !== undefined) {
    const font = context.fonts.face(spec.look.isBold, spec.look.isItalic);
    const labelWidth = measure(font, spec.label, spec.look.size);
    const indent = Math.max(context.style.numberIndent, labelWidth + spec.look.size * 0.8);
    label = { text: spec.label, pieces: [spec.label], font, size: spec.look.size, colour: spec.look.colour, x, width: labelWidth, node: spec.node };
    textX = x + indent;
    textWidth = Math.max(width - indent, spec.look.size);
  }
  const lines = breakLines(tokenize(spec, context), Math.max(textWidth, 1));
  const items = lines.map((tokens): TextItem => {
    const fragments = placeFragments(tokens, textX, textWidth, spec.align);
    return { kind: 'text', y: 0, height, baseline, fragments };
  });
  if (label && items[0]) items[0].fragments.unshift(label);
  markLinkEnds(items);
  return items;
}

function tokenize(spec: LinesSpec, context: LayoutContext): Token[] {
  const tokens: Token[] = [];
  const { look } = spec;
  const size = look.size;
  const add = (text: string, isBold: boolean, isItalic: boolean, node: StructNode, colour: Rgb, link?: LinkTarget) => {
    const font = context.fonts.face(isBold, isItalic);
    const clean = SPECIAL.test(text) ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(INVISIBLE, '') : text;
    const push = (kind: Token['kind'], piece: string, pieceFont: PdfFont) => {
      const token: Token = { kind, text: piece, width: kind === 'break' ? 0 : measure(pieceFont, piece, size), font: pieceFont, size, colour, node };
      if (link) token.link = link;
      tokens.push(token);
    };
    // A plain scan rather than a global regex: this runs for every word of the document.
    const { length } = clean;
    for (let start = 0; start < length; ) {
      const code = clean.charCodeAt(start);
      let end = start + 1;
      if (code === NEWLINE) {
        push('break', '', font);
      } else if (code === SPACE) {
        while (end < length && clean.charCodeAt(end) === SPACE) end += 1;
        push('space', clean.slice(start, end), font);
      } else {
        for (let next = clean.charCodeAt(end); end < length && next !== SPACE && next !== NEWLINE; next = clean.charCodeAt(end)) end += 1;
        const word = clean.slice(start, end);
        if (!BEYOND_LATIN1.test(word)) push('word', word, font);
        else for (const part of fontRuns(word, font, isBold, isItalic, context)) push('word', part.text, part.font);
      }
      start = end;
    }
  };
  for (const inline of spec.content) {
    switch (inline.type) {
      case 'text':
        add(inline.text, look.isBold || inline.isBold === true, look.isItalic || inline.isItalic === true, spec.node, look.colour);
        break;
      case 'link': {
        const description = plainText([inline]);
        const link = inline.href ? { href: inline.href, description } : inline.anchor ? { anchor: inline.anchor, description } : undefined;
        const node = link ? structNode('Link', spec.node) : spec.node;
        const colour = link ? context.style.linkColour : look.colour;
        for (const run of inline.content) add(run.text, look.isBold || run.isBold === true, look.isItalic || run.isItalic === true, node, colour, link);
        break;
      }
      case 'pageRange':
        add(pageRangeText(inline.from, inline.to, context.anchorPages), look.isBold, look.isItalic, spec.node, look.colour);
        break;
      case 'lineBreak':
        add('\n', look.isBold, look.isItalic, spec.node, look.colour);
        break;
    }
  }
  return tokens;
}

/** "3 - 6", "3" for one page, "–" while either end is unknown. */
export function pageRangeText(from: string, to: string, pages: ReadonlyMap<string, number> | undefined): string {
  const first = pages?.get(from);
  const last = pages?.get(to);
  if (first === undefined || last === undefined) return '–';
  return first === last ? String(first) : `${first} - ${last}`;
}

/** A word split where the house font lacks a character that the fallback font has. */
function fontRuns(word: string, primary: PdfFont, isBold: boolean, isItalic: boolean, context: LayoutContext): { text: string; font: PdfFont }[] {
  const runs: { text: string; font: PdfFont }[] = [];
  for (const character of word) {
    const codePoint = character.codePointAt(0) ?? 0;
    let font = primary;
    if (codePoint > 0xff && !primary.font.hasGlyphForCodePoint(codePoint)) {
      const fallback = context.fonts.fallback(isBold, isItalic);
      if (fallback.font.hasGlyphForCodePoint(codePoint)) font = fallback;
      else context.fonts.hasMissingGlyphs = true;
    }
    const last = runs[runs.length - 1];
    if (last?.font === font) last.text += character;
    else runs.push({ text: character, font });
  }
  return runs;
}

/** Greedy line breaking at spaces; a word wider than the line is cut between characters. */
function breakLines(tokens: readonly Token[], width: number): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let used = 0;
  let lastSpace = -1;
  const finish = () => {
    while (line.length > 0 && line[line.length - 1]?.kind === 'space') line.pop();
    lines.push(line);
    line = [];
    used = 0;
    lastSpace = -1;
  };
  const queue = [...tokens];
  for (let index = 0; index < queue.length; index += 1) {
    const token = queue[index];
    if (!token) continue;
    if (token.kind === 'break') { finish(); continue; }
    if (token.kind === 'space') {
      // Spaces that a wrap lands on are dropped, as word processors do.
      if (line.length === 0 && lines.length > 0) continue;
      lastSpace = line.length;
      line.push(token);
      used += token.width;
      continue;
    }
    if (used + token.width <= width) {
      line.push(token);
      used += token.width;
      continue;
    }
    if (lastSpace >= 0) {
      // Move the word being built (it may span several runs) to a new line.
      const carried = line.splice(lastSpace + 1);
      finish();
      line = carried;
      used = carried.reduce((sum, part) => sum + part.width, 0);
      index -= 1;
      continue;
    }
    const [head, tail] = cutWord(token, width - used, line.length === 0);
    if (head) line.push(head);
    finish();
    if (tail) queue.splice(index + 1, 0, tail);
  }
  if (line.length > 0 || lines.length === 0 || tokens[tokens.length - 1]?.kind === 'break') finish();
  return lines;
}

/** The longest start of `token` that fits `space` (at least one character on an empty line), and the rest. */
function cutWord(token: Token, space: number, isLineEmpty: boolean): [Token | null, Token | null] {
  const { text } = token;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(token.font, text.slice(0, middle), token.size) <= space) low = middle;
    else high = middle - 1;
  }
  let cut = low;
  if (cut > 0 && cut < text.length && isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  if (cut === 0 && isLineEmpty) cut = isHighSurrogate(text.charCodeAt(0)) ? 2 : 1;
  if (cut === 0) return [null, token];
  const part = (piece: string): Token => ({ ...token, text: piece, width: measure(token.font, piece, token.size) });
  return [part(text.slice(0, cut)), cut < text.length ? part(text.slice(cut)) : null];
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Consecutive tokens of one look merged into fragments, placed for the alignment. */
function placeFragments(tokens: readonly Token[], x: number, width: number, align: LinesSpec['align']): Fragment[] {
  const fragments: Fragment[] = [];
  let total = 0;
  for (const token of tokens) {
    const last = fragments[fragments.length - 1];
    if (last && last.font === token.font && last.colour === token.colour && last.node === token.node) {
      last.text += token.text;
      last.pieces.push(token.text);
      last.width += token.width;
    } else {
      fragments.push({ text: token.text, pieces: [token.text], font: token.font, size: token.size, colour: token.colour, x: 0, width: token.width, node: token.node, ...(token.link ? { link: token.link } : {}) });
    }
    total += token.width;
  }
  let cursor = x + (align === 'centre' ? (width - total) / 2 : align === 'right' ? width - total : 0);
  for (const fragment of fragments) {
    fragment.x = cursor;
    cursor += fragment.width;
  }
  return fragments;
}

function markLinkEnds(items: readonly TextItem[]): void {
  const seen = new Set<StructNode>();
  for (let line = items.length - 1; line >= 0; line -= 1) {
    const fragments = items[line]?.fragments ?? [];
    for (let index = fragments.length - 1; index >= 0; index -= 1) {
      const fragment = fragments[index];
      if (!fragment?.link || seen.has(fragment.node)) continue;
      seen.add(fragment.node);
      fragment.isLinkEnd = true;
    }
  }
}
