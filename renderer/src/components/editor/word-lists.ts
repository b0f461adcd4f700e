// Word does not put real lists on the clipboard. Each item is a paragraph
// styled `mso-list:l0 level1 lfo1`, its bullet or number typed out in a span
// (`mso-list:Ignore`) inside <![if !supportLists]>. These functions turn runs
// of such paragraphs back into nested <ul>/<ol>, and a report's multi-level
// numbers ("4.1.1") into numbered paragraphs that renumber themselves.
import { element, styleOf, textOf, type HtmlElement, type HtmlNode } from './html-tree';

type ItemKind = 'bullet' | 'ordered' | 'numbered';
type ListItem = { kind: ItemKind; level: number; list: string; content: HtmlNode[] };

const LIST_STYLE = /^l(\d+)\s+level(\d+)\s+lfo(\d+)/i;

/** The element's children with Word's list paragraphs made into real lists, at every depth. */
export function convertWordLists(parent: HtmlElement): HtmlElement {
  const children: HtmlNode[] = [];
  let run: ListItem[] = [];
  const flush = () => {
    if (run.length > 0) children.push(...listsOf(run));
    run = [];
  };
  for (const child of parent.children) {
    if (child.kind === 'text' && child.text.trim() === '' && run.length > 0) continue;
    const item = child.kind === 'element' ? listItemOf(child) : null;
    if (item) {
      run.push(item);
      continue;
    }
    flush();
    if (child.kind === 'element' && /^h[1-6]$/.test(child.name)) {
      // A numbered heading keeps its heading; the editor numbers it again.
      removeMarker(child);
      children.push(convertWordLists(child));
    } else {
      children.push(child.kind === 'element' ? convertWordLists(child) : child);
    }
  }
  flush();
  return { ...parent, children };
}

/** A list paragraph as an item (its marker removed), or null for anything else. */
function listItemOf(paragraph: HtmlElement): ListItem | null {
  if (paragraph.name !== 'p') return null;
  const match = LIST_STYLE.exec(styleOf(paragraph)['mso-list'] ?? '');
  if (!match) return null;
  const marker = removeMarker(paragraph);
  return {
    kind: markerKind(marker),
    level: Number(match[2]),
    list: `${match[1] ?? ''}/${match[3] ?? ''}`,
    content: convertWordLists(paragraph).children,
  };
}

/** What a typed-out marker says about its list: "·", "o", "§" are bullets; "1.", "a)", "(iv)" ordered; "4.1.1" a report's paragraph number. */
export function markerKind(marker: string): ItemKind {
  const text = marker.replace(/[\s\u00a0]+/g, '');
  if (/^\d+(\.\d+)+\.?$/.test(text)) return 'numbered';
  if (/^\(?(\d{1,3}|[a-z]|[ivxlcdm]{1,6})[.)]$/i.test(text)) return 'ordered';
  return 'bullet';
}

/** Takes the typed-out marker out of a list paragraph or numbered heading, and returns its text. */
function removeMarker(paragraph: HtmlElement): string {
  const conditional = paragraph.children.findIndex((child) => child.kind === 'conditional' && /supportLists/i.test(child.condition));
  if (conditional !== -1) {
    const [removed] = paragraph.children.splice(conditional, 1);
    return removed ? textOf(removed) : '';
  }
  return removeIgnoredSpan(paragraph) ?? '';
}

/** The first `mso-list:Ignore` span, at any depth: removed, its text returned. */
function removeIgnoredSpan(parent: HtmlElement): string | null {
  for (const [index, child] of parent.children.entries()) {
    if (child.kind !== 'element') continue;
    if (/ignore/i.test(styleOf(child)['mso-list'] ?? '')) {
      parent.children.splice(index, 1);
      return textOf(child);
    }
    const found = removeIgnoredSpan(child);
    if (found !== null) return found;
  }
  return null;
}

type OpenList = { level: number; kind: 'bullet' | 'ordered'; list: string; element: HtmlElement };

/** Nested lists from a run of items; numbered items become numbered paragraphs between them. */
function listsOf(items: readonly ListItem[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  const open: OpenList[] = [];
  for (const item of items) {
    if (item.kind === 'numbered') {
      open.length = 0;
      out.push(element('p', item.content, { 'data-numbered': 'true' }));
      continue;
    }
    while (open.length > 0 && (open.at(-1)?.level ?? 0) > item.level) open.pop();
    const current = open.at(-1);
    const isSameList = current?.level === item.level && current.kind === item.kind && (item.level > 1 || current.list === item.list);
    if (current && isSameList) {
      current.element.children.push(listItemElement(item));
      continue;
    }
    if (current?.level === item.level) open.pop();
    const list = element(item.kind === 'ordered' ? 'ol' : 'ul', [listItemElement(item)]);
    const parentItem = open.at(-1)?.element.children.at(-1);
    if (parentItem?.kind === 'element') parentItem.children.push(list);
    else out.push(list);
    open.push({ level: item.level, kind: item.kind, list: item.list, element: list });
  }
  return out;
}

function listItemElement(item: ListItem): HtmlElement {
  return element('li', [element('p', item.content)]);
}
