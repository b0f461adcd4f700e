// What is pasted into a report keeps its structure (headings, paragraphs,
// lists, tables, bold, italic, links) and loses everything else: Word's
// styles and classes, fonts, colours, <o:p>, conditional comments, empty
// paragraphs. The pack applies the council's house style; pasted styling
// would only fight it, and hidden Word markup bloats the stored document.
import { element, parseHtml, serialiseHtml, styleOf, textOf, type HtmlElement, type HtmlNode } from './html-tree';
import { SAFE_HREF } from './link-address';
import { convertWordLists } from './word-lists';

/** Dropped with everything inside them. */
const DROPPED = new Set(['head', 'img', 'picture', 'svg', 'math', 'object', 'embed', 'iframe', 'video', 'audio', 'canvas', 'map', 'input', 'button', 'select', 'form', 'colgroup', 'col', 'meta', 'link', 'base']);
/** Kept, without attributes. */
const KEPT = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'br', 'table', 'tr', 'div']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Block-level names: whitespace between two of them means nothing. */
const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'table', 'tr', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'thead', 'tbody', 'tfoot', 'td', 'th', 'dl', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'figure']);
/** Blocks removed when they hold no words. */
const EMPTY_DROPPED = new Set(['p', 'h1', 'h2', 'h3', 'li', 'ul', 'ol', 'blockquote', 'div', 'pre']);

/** Clean HTML for the editor from pasted HTML (Word, web pages, office suites). */
export function cleanPastedHtml(html: string): string {
  const withLists = convertWordLists(parseHtml(html));
  return serialiseHtml(tidy(cleanChildren(withLists, false)));
}

function cleanChildren(parent: HtmlElement, isInHeader: boolean): HtmlNode[] {
  return parent.children.flatMap((child): HtmlNode[] => {
    if (child.kind === 'conditional') return [];
    // Word holds spacing and empty paragraphs open with non-breaking spaces.
    if (child.kind === 'text') return [{ kind: 'text', text: child.text.replace(/\u00a0/g, ' ') }];
    return cleanElement(child, isInHeader);
  });
}

function cleanElement(node: HtmlElement, isInHeader: boolean): HtmlNode[] {
  const { name } = node;
  const style = styleOf(node);
  if (DROPPED.has(name) || isWordOnly(node, style)) return [];
  if (style['mso-tab-count']) return [{ kind: 'text', text: ' ' }];
  const inner = () => cleanChildren(node, isInHeader || name === 'thead');
  if (name === 'br') return isPageBreak(node, style) ? [] : [element('br', [])];
  if (HEADINGS.has(name)) return [element(name > 'h3' ? 'h3' : name, inner())];
  if (name === 'p') return [element('p', inner(), node.attrs['data-numbered'] === 'true' ? { 'data-numbered': 'true' } : {})];
  if (KEPT.has(name)) return [element(name, inner())];
  if (name === 'td' || name === 'th') return [element(isInHeader ? 'th' : name, inner(), spansOf(node))];
  if (name === 'thead' || name === 'tbody' || name === 'tfoot') return inner();
  if (name === 'dl') return [element('div', inner())];
  if (name === 'dt' || name === 'dd' || name === 'figcaption' || name === 'caption') return [element('p', inner())];
  if (name === 'a') return linkOf(node, inner());
  if (name === 'b' || name === 'strong') return /normal|[1-5]00/.test(style['font-weight'] ?? '') ? inner() : [element('strong', inner())];
  if (name === 'i' || name === 'em') return style['font-style'] === 'normal' ? inner() : [element('em', inner())];
  // Everything else (span, font, u, sup, namespaced Word tags…) gives up its
  // wrapper; bold or italic set by style (Google Docs, LibreOffice) is kept.
  return styledRuns(style, inner());
}

/** Word's own furniture: list-marker spans, comments and their references, VML and <o:…> tags. */
function isWordOnly(node: HtmlElement, style: Record<string, string>): boolean {
  if (/^(o|v):/.test(node.name)) return true;
  if (/ignore/i.test(style['mso-list'] ?? '')) return true;
  if (/comment-list|footnote-separator|endnote-separator/i.test(style['mso-element'] ?? '')) return true;
  return /^Mso(CommentReference|CommentText)$/i.test(node.attrs['class'] ?? '');
}

function isPageBreak(node: HtmlElement, style: Record<string, string>): boolean {
  return style['page-break-before'] === 'always' || style['mso-special-character'] === 'page-break' || node.attrs['clear'] === 'all';
}

function spansOf(cell: HtmlElement): Record<string, string> {
  const spans: Record<string, string> = {};
  for (const name of ['colspan', 'rowspan']) {
    const value = Number(cell.attrs[name]);
    if (Number.isInteger(value) && value > 1 && value < 100) spans[name] = String(value);
  }
  return spans;
}

/** A link to the web, email or a phone number; anything else (bookmarks, files, scripts) keeps only its words. */
function linkOf(node: HtmlElement, children: HtmlNode[]): HtmlNode[] {
  const href = (node.attrs['href'] ?? '').trim();
  return SAFE_HREF.test(href) ? [element('a', children, { href })] : children;
}

function styledRuns(style: Record<string, string>, children: HtmlNode[]): HtmlNode[] {
  let runs = children;
  if (/^(bold|bolder|[6-9]00)$/.test(style['font-weight'] ?? '')) runs = [element('strong', runs)];
  if (style['font-style'] === 'italic') runs = [element('em', runs)];
  return runs;
}

/** Removes blocks with no words (Word's spacer paragraphs) and the whitespace between blocks, keeping table cells so tables keep their shape. */
function tidy(nodes: readonly HtmlNode[]): HtmlNode[] {
  const kept = mergeText(nodes.flatMap((node): HtmlNode[] => {
    if (node.kind !== 'element') return [node];
    const children = tidy(node.children);
    const cleaned = { ...node, children };
    if (EMPTY_DROPPED.has(node.name) && !hasWords(cleaned)) return [];
    if (node.name === 'table' && !children.some((row) => row.kind === 'element' && row.name === 'tr')) return [];
    if ((node.name === 'strong' || node.name === 'em') && !hasWords(cleaned)) return children;
    return [cleaned];
  }));
  return kept.filter((node, index) => node.kind !== 'text' || node.text.trim() !== '' || !isBlockEdge(kept[index - 1]) || !isBlockEdge(kept[index + 1]));
}

/** Neighbouring runs of text as one, so whitespace between blocks is seen whole. */
function mergeText(nodes: readonly HtmlNode[]): HtmlNode[] {
  const merged: HtmlNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (node.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + node.text };
    else merged.push(node);
  }
  return merged;
}

/** True at the start or end of a parent, or next to a block: whitespace there means nothing. */
function isBlockEdge(node: HtmlNode | undefined): boolean {
  return node === undefined || (node.kind === 'element' && BLOCKS.has(node.name));
}

function hasWords(node: HtmlElement): boolean {
  return textOf(node).replace(/[\s\u00a0\u200b\ufeff]+/g, '') !== '' || node.children.some((child) => child.kind === 'element' && (child.name === 'hr' || child.name === 'table'));
}
