// The drafted sections of a progress report. A section starts at a heading
// that carries `attrs.sectionKey` and runs up to the next heading of the same
// or a higher level. When it is drafted, the heading also gets
// `attrs.generated`: a fingerprint of the section as drafted. The fingerprint
// reads only what a reader sees (node types, heading levels, numbered
// paragraphs, words, marks and link targets), so the defaults an editor adds
// on opening (`textAlign: null`, `numbered: false`, a link's `rel`) leave it
// unchanged, while any change of words, emphasis or structure does not.
import { createHash } from 'node:crypto';
import type { RichText, RichTextNode } from '../../../shared/api/schema';

/** A keyed section as it sits in a body: its nodes are `content[start..end)`, the heading first. */
export type FoundSection = {
  key: string;
  /** The heading's words. */
  heading: string;
  level: number;
  start: number;
  end: number;
  /** The fingerprint recorded when it was drafted; null when the heading carries none. */
  generated: string | null;
  /** The fingerprint of the section as it is now. */
  fingerprint: string;
};

/** The key of the section about a plan entry. */
export const entrySectionKey = (entryId: number): string => `entry:${entryId}`;

/** The entry id of an "entry:<id>" key, else null. */
export function entryIdOfKey(key: string): number | null {
  const match = /^entry:([1-9]\d*)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** A fingerprint of the nodes as a reader sees them (16 hex digits). */
export function sectionFingerprint(nodes: readonly RichTextNode[]): string {
  return createHash('sha256').update(JSON.stringify(canonical(nodes))).digest('hex').slice(0, 16);
}

type Canonical = ['text', string, string] | [string, string | number, Canonical[]];

/**
 * What the fingerprint is taken over. Adjacent text with the same marks is
 * joined, because the editor joins it; marks are sorted, because the editor
 * orders them by its own schema.
 */
function canonical(nodes: readonly RichTextNode[]): Canonical[] {
  const out: Canonical[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.text === undefined || node.text === '') continue;
      const marks = markSignature(node);
      const last = out.at(-1);
      if (last?.[0] === 'text' && last[2] === marks) last[1] = `${last[1]}${node.text}`;
      else out.push(['text', node.text, marks]);
      continue;
    }
    out.push([node.type, attrSignature(node), canonical(node.content ?? [])]);
  }
  return out;
}

function markSignature(node: RichTextNode): string {
  return (node.marks ?? [])
    .map((mark) => {
      const href = mark.attrs?.['href'];
      return mark.type === 'link' ? `link:${typeof href === 'string' ? href : ''}` : mark.type;
    })
    .sort()
    .join(' ');
}

function attrSignature(node: RichTextNode): string | number {
  if (node.type === 'heading') return headingLevel(node);
  if (node.type === 'paragraph') return node.attrs?.['numbered'] === true ? 'numbered' : '';
  return '';
}

/** A heading's level, 1 when it has none (as the editor and the renderers read it). */
function headingLevel(node: RichTextNode): number {
  const level = Math.trunc(Number(node.attrs?.['level'] ?? 1));
  return Number.isFinite(level) && level >= 1 ? level : 1;
}

/** The words of a node and everything in it. */
export function plainText(node: RichTextNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  return (node.content ?? []).map(plainText).join('');
}

/** The section's nodes with its heading (the first node) marked with the key and the fingerprint of the whole. */
export function markSection(key: string, nodes: readonly RichTextNode[]): RichTextNode[] {
  const [heading, ...rest] = nodes;
  if (heading?.type !== 'heading') throw new Error(`Section ${key} must start with a heading.`);
  // Attributes other than level and numbering are not read, so the fingerprint is the same before and after marking.
  const fingerprint = sectionFingerprint(nodes);
  return [{ ...heading, attrs: { ...heading.attrs, sectionKey: key, generated: fingerprint } }, ...rest];
}

/** Every keyed section of a body, in body order. */
export function findSections(body: RichText): FoundSection[] {
  const content = body.content;
  const sections: FoundSection[] = [];
  content.forEach((node, start) => {
    const key = node.type === 'heading' ? node.attrs?.['sectionKey'] : undefined;
    if (typeof key !== 'string' || key === '') return;
    const level = headingLevel(node);
    const next = content.findIndex((other, index) => index > start && other.type === 'heading' && headingLevel(other) <= level);
    const end = next === -1 ? content.length : next;
    const generated = node.attrs?.['generated'];
    sections.push({
      key,
      heading: plainText(node).trim(),
      level,
      start,
      end,
      generated: typeof generated === 'string' && generated !== '' ? generated : null,
      fingerprint: sectionFingerprint(content.slice(start, end)),
    });
  });
  return sections;
}

/** Whether the author has changed a found section since it was drafted. */
export function isAsDrafted(section: FoundSection): boolean {
  return section.generated !== null && section.generated === section.fingerprint;
}

/** The body with one found section's nodes swapped for others. */
export function replaceSection(body: RichText, section: FoundSection, nodes: readonly RichTextNode[]): RichText {
  return { ...body, content: [...body.content.slice(0, section.start), ...nodes, ...body.content.slice(section.end)] };
}

/**
 * The body with a section it lacks put where it belongs: the introduction
 * first, the structure after the introduction, the conclusion last, and an
 * entry's section after the nearest entry before it in plan order (else
 * before the nearest after it, else before the conclusion).
 */
export function insertSection(body: RichText, key: string, nodes: readonly RichTextNode[], entryOrder: readonly string[]): RichText {
  const at = insertionIndex(findSections(body), key, entryOrder, body.content.length);
  return { ...body, content: [...body.content.slice(0, at), ...nodes, ...body.content.slice(at)] };
}

function insertionIndex(sections: readonly FoundSection[], key: string, entryOrder: readonly string[], length: number): number {
  const byKey = (wanted: string) => sections.find((section) => section.key === wanted);
  if (key === 'introduction') return 0;
  if (key === 'structure') return byKey('introduction')?.end ?? 0;
  if (key === 'conclusion') return length;
  const position = entryOrder.indexOf(key);
  const before = position === -1 ? [] : entryOrder.slice(0, position).reverse();
  const after = position === -1 ? [] : entryOrder.slice(position + 1);
  for (const other of before) {
    const found = byKey(other);
    if (found) return found.end;
  }
  for (const other of after) {
    const found = byKey(other);
    if (found) return found.start;
  }
  return byKey('conclusion')?.start ?? length;
}
