// A paragraph's runs as the editor's inline nodes: words with bold, italic and
// link marks, hard breaks, and the pictures met among them (which become
// blocks of their own beside the paragraph). Also the small text rules the
// structure pass needs: typed numbers taken off the front, the plain words.
import type { RichTextNode } from '../../../../shared/api/schema';
import type { PictureReference, WordRun } from './word-model';

/** A paragraph's content in order: runs of inline nodes, with pictures between them. */
export type Segment = { kind: 'inline'; nodes: RichTextNode[] } | { kind: 'picture'; picture: PictureReference };

/** Inline nodes of the runs, with runs of white space (tabs included) made one space; `isPlain` drops bold (a heading is bold already). */
export function segmentsOf(runs: readonly WordRun[], options: { isPlain?: boolean } = {}): Segment[] {
  const segments: Segment[] = [];
  let nodes: RichTextNode[] = [];
  const flush = () => {
    const trimmed = trimInline(nodes);
    if (trimmed.length > 0) segments.push({ kind: 'inline', nodes: trimmed });
    nodes = [];
  };
  for (const run of runs) {
    if (run.kind === 'picture') {
      flush();
      segments.push({ kind: 'picture', picture: run.picture });
    } else if (run.kind === 'break') {
      nodes.push({ type: 'hardBreak' });
    } else {
      const marks = [
        ...(run.isBold && options.isPlain !== true ? [{ type: 'bold' }] : []),
        ...(run.isItalic ? [{ type: 'italic' }] : []),
        ...(run.href === undefined ? [] : [{ type: 'link', attrs: { href: run.href } }]),
      ];
      const text = run.text.replace(/\u00ad/g, '');
      const previous = nodes.at(-1);
      if (previous?.type === 'text' && JSON.stringify(previous.marks ?? []) === JSON.stringify(marks)) previous.text = `${previous.text ?? ''}${text}`;
      else nodes.push({ type: 'text', text, ...(marks.length > 0 ? { marks } : {}) });
    }
  }
  flush();
  return segments;
}

/** White space collapsed, trimmed at the ends and around line breaks; empty text nodes and leading/trailing breaks dropped. */
function trimInline(nodes: readonly RichTextNode[]): RichTextNode[] {
  const collapsed = nodes.map((node) => (node.type === 'text' ? { ...node, text: (node.text ?? '').replace(/[ \t\r\n]+/g, ' ') } : node));
  collapsed.forEach((node, index) => {
    if (node.type !== 'text') return;
    const before = collapsed[index - 1];
    const after = collapsed[index + 1];
    if (before === undefined || before.type === 'hardBreak' || (before.text ?? '').endsWith(' ')) node.text = (node.text ?? '').replace(/^ +/, '');
    if (after === undefined || after.type === 'hardBreak') node.text = (node.text ?? '').replace(/ +$/, '');
  });
  const kept = collapsed.filter((node) => node.type !== 'text' || (node.text ?? '') !== '');
  while (kept[0]?.type === 'hardBreak') kept.shift();
  while (kept.at(-1)?.type === 'hardBreak') kept.pop();
  return kept.every((node) => node.type === 'hardBreak') ? [] : kept;
}

/** The words of inline nodes, breaks as spaces. */
export function plainText(nodes: readonly RichTextNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? (node.text ?? '') : ' ')).join('');
}

/** The words of a paragraph's runs before any conversion (tabs kept), for typed numbers. */
export function leadingText(runs: readonly WordRun[]): string {
  let text = '';
  for (const run of runs) {
    if (run.kind !== 'text') break;
    text += run.text;
    if (text.length > 40) break;
  }
  return text.replace(/^[ \u00a0]+/, '');
}

/**
 * Takes `count` characters off the front of the words, across as many text
 * nodes as that spans (a typed "4.1" may be bold and its text not), and the
 * space after them.
 */
export function dropLeading(nodes: readonly RichTextNode[], count: number): RichTextNode[] {
  let rest = count;
  const out: RichTextNode[] = [];
  for (const node of nodes) {
    if (rest > 0 && node.type === 'text') {
      const text = node.text ?? '';
      if (text.length <= rest) {
        rest -= text.length;
        continue;
      }
      const kept = text.slice(rest).replace(/^[ \u00a0]+/, '');
      rest = 0;
      if (kept !== '') out.push({ ...node, text: kept });
      continue;
    }
    rest = 0;
    out.push(node);
  }
  return out;
}

/** A typed number at the start of a heading or paragraph: the section it names, and its length once white space is collapsed. */
export type TypedNumber = { section: number; depth: 1 | 2 | 3; length: number };

const TYPED_NUMBER = /^[ \u00a0]*(\d{1,3})((?:\.\d{1,3}){0,2})(\.?\)?)([ \t\u00a0]+)(?=(\S))/u;

/**
 * A heading's typed number ("1.0 ", "4.1 ", "3. ", "2) ", "5<tab>"), which the
 * pack's own numbering replaces. A bare number and a space ("100 days") is
 * the heading's words, not its number.
 */
export function typedHeadingNumber(text: string): TypedNumber | null {
  const match = TYPED_NUMBER.exec(text);
  if (match === null) return null;
  const [whole, section = '', parts = '', ending = '', space = ''] = match;
  if (parts === '' && ending === '' && !space.includes('\t')) return null;
  return typedNumber(whole, section, parts);
}

/**
 * A paragraph number typed by hand ("4.1<tab>The council…"): sure when a tab
 * follows it, else only in the current section and before a capital, so
 * "2.5 million children" stays as it is.
 */
export function typedParagraphNumber(text: string, section: number): TypedNumber | null {
  const match = TYPED_NUMBER.exec(text);
  if (match === null) return null;
  const [whole, first = '', parts = '', ending = '', space = '', next = ''] = match;
  if (parts === '' || ending.includes(')')) return null;
  const isSure = space.includes('\t') || (Number(first) === section && /[\p{Lu}"“‘(]/u.test(next));
  return isSure ? typedNumber(whole, first, parts) : null;
}

function typedNumber(whole: string, section: string, parts: string): TypedNumber {
  const depth = Math.min(3, parts.split('.').length) as 1 | 2 | 3;
  return { section: Number(section), depth, length: whole.replace(/^[ \u00a0]+/, '').replace(/[ \t\u00a0]+/g, ' ').length };
}
