// A forgiving HTML reader for pasted clipboard HTML. Written by hand rather
// than using the browser's DOMParser so the paste cleaner is a pure function
// that runs (and is tested) the same in Node and in the window. It reads what
// Word, browsers and office suites put on the clipboard: unquoted and
// single-quoted attributes, namespaced tags (<o:p>), comments, and Word's
// "downlevel-revealed" conditionals (<![if !supportLists]>…<![endif]>).

export type HtmlElement = { kind: 'element'; name: string; attrs: Record<string, string>; children: HtmlNode[] };
export type HtmlText = { kind: 'text'; text: string };
/** What sat between <![if condition]> and <![endif]>: Word's list markers and IE-only extras, kept as words. */
export type HtmlConditional = { kind: 'conditional'; condition: string; text: string };
export type HtmlNode = HtmlElement | HtmlText | HtmlConditional;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is not markup; nothing pasted wants it, so it is skipped whole. */
const RAW_TEXT = new Set(['script', 'style', 'xml', 'title', 'textarea', 'noscript', 'template']);
/** Opening one of these ends an open paragraph, as browsers do. */
const CLOSES_PARAGRAPH = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr', 'dl', 'section', 'article']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', deg: '°', pound: '£', euro: '€',
  copy: '©', reg: '®', trade: '™', sect: '§', para: '¶', frac12: '½', frac14: '¼', frac34: '¾', times: '×', divide: '÷',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', ecirc: 'ê', ccedil: 'ç', ouml: 'ö', uuml: 'ü', auml: 'ä', iuml: 'ï',
};

/** Text with its character references (&amp;, &#8217;, &#x2019;, &nbsp;) replaced by the characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Reads HTML into a tree under a root element named "#root". Never throws: broken markup gives its best reading. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  let at = 0;
  while (at < html.length) {
    const next = html.indexOf('<', at);
    if (next === -1) {
      addText(top(), html.slice(at));
      break;
    }
    if (next > at) addText(top(), html.slice(at, next));
    at = readMarkup(html, next, stack, top);
  }
  return root;
}

/** Reads the markup starting at `start` (a "<"), changing the open-element stack; returns where reading goes on. */
function readMarkup(html: string, start: number, stack: HtmlElement[], top: () => HtmlElement): number {
  if (html.startsWith('<!--', start)) {
    const end = html.indexOf('-->', start + 4);
    return end === -1 ? html.length : end + 3;
  }
  const conditional = /^<!\[\s*if\s+([^\]]*)\]>/i.exec(html.slice(start, start + 200));
  if (conditional) {
    const bodyStart = start + conditional[0].length;
    const end = html.slice(bodyStart).search(/<!\[\s*endif\s*\]>/i);
    const bodyEnd = end === -1 ? html.length : bodyStart + end;
    top().children.push({ kind: 'conditional', condition: (conditional[1] ?? '').trim(), text: textOf(parseHtml(html.slice(bodyStart, bodyEnd))) });
    if (end === -1) return html.length;
    return html.indexOf('>', bodyEnd) + 1;
  }
  if (html.startsWith('<!', start) || html.startsWith('<?', start)) {
    const end = html.indexOf('>', start);
    return end === -1 ? html.length : end + 1;
  }
  if (html[start + 1] === '/') {
    const match = /^<\/\s*([a-zA-Z][\w:.-]*)[^>]*>?/.exec(html.slice(start, start + 300));
    if (!match) {
      addText(top(), '</');
      return start + 2;
    }
    closeElement(stack, (match[1] ?? '').toLowerCase());
    return start + match[0].length;
  }
  if (!/[a-zA-Z]/.test(html[start + 1] ?? '')) {
    addText(top(), '<');
    return start + 1;
  }
  const tag = readTag(html, start);
  if (RAW_TEXT.has(tag.name)) {
    const close = html.slice(tag.end).search(new RegExp(`</${tag.name}\\s*>`, 'i'));
    return close === -1 ? html.length : tag.end + close + html.slice(tag.end + close).indexOf('>') + 1;
  }
  openElement(stack, { kind: 'element', name: tag.name, attrs: tag.attrs, children: [] }, tag.isSelfClosing);
  return tag.end;
}

function readTag(html: string, start: number): { name: string; attrs: Record<string, string>; isSelfClosing: boolean; end: number } {
  const nameMatch = /^<([a-zA-Z][\w:.-]*)/.exec(html.slice(start, start + 100));
  const name = (nameMatch?.[1] ?? 'span').toLowerCase();
  const attrs: Record<string, string> = {};
  let at = start + (nameMatch?.[0].length ?? 1);
  const attribute = /\s*([^\s=>/"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\/?/y;
  while (at < html.length) {
    if (html[at] === '>') return { name, attrs, isSelfClosing: html[at - 1] === '/', end: at + 1 };
    attribute.lastIndex = at;
    const match = attribute.exec(html);
    if (!match || match[0] === '') {
      at += 1;
      continue;
    }
    if (match[1]) attrs[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    at += match[0].length;
  }
  return { name, attrs, isSelfClosing: false, end: html.length };
}

function openElement(stack: HtmlElement[], element: HtmlElement, isSelfClosing: boolean): void {
  const names = stack.map((open) => open.name);
  if (CLOSES_PARAGRAPH.has(element.name) && names.at(-1) === 'p') stack.pop();
  // A new item, row or cell ends the one still open at its own level.
  const siblings: Record<string, { self: string[]; boundary: string[] }> = {
    li: { self: ['li'], boundary: ['ul', 'ol'] },
    tr: { self: ['tr'], boundary: ['table', 'thead', 'tbody', 'tfoot'] },
    td: { self: ['td', 'th'], boundary: ['tr', 'table'] },
    th: { self: ['td', 'th'], boundary: ['tr', 'table'] },
  };
  const rule = siblings[element.name];
  if (rule) {
    for (let index = stack.length - 1; index > 0; index -= 1) {
      const name = stack[index]?.name ?? '';
      if (rule.boundary.includes(name)) break;
      if (rule.self.includes(name)) {
        stack.length = index;
        break;
      }
    }
  }
  (stack[stack.length - 1] ?? stack[0])?.children.push(element);
  if (!VOID.has(element.name) && !isSelfClosing) stack.push(element);
}

function closeElement(stack: HtmlElement[], name: string): void {
  for (let index = stack.length - 1; index > 0; index -= 1) {
    if (stack[index]?.name === name) {
      stack.length = index;
      return;
    }
    // A stray close tag never reaches past the table or list it sits in.
    if (['table', 'ul', 'ol'].includes(stack[index]?.name ?? '') && name !== 'table') return;
  }
}

function addText(parent: HtmlElement, raw: string): void {
  if (raw === '') return;
  const text = decodeEntities(raw);
  const last = parent.children.at(-1);
  if (last?.kind === 'text') last.text += text;
  else parent.children.push({ kind: 'text', text });
}

/** All the words of a node, as they would show. */
export function textOf(node: HtmlNode): string {
  if (node.kind === 'text') return node.text;
  if (node.kind === 'conditional') return node.text;
  return node.children.map(textOf).join('');
}

/** The declarations of an element's style attribute, names lower-cased: "mso-list: l0 level1 lfo1" → { 'mso-list': 'l0 level1 lfo1' }. */
export function styleOf(element: HtmlElement): Record<string, string> {
  const style: Record<string, string> = {};
  for (const declaration of (element.attrs['style'] ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    style[declaration.slice(0, colon).trim().toLowerCase()] = declaration.slice(colon + 1).replace(/\s+/g, ' ').trim();
  }
  return style;
}

/** A new element with only the given attributes. */
export function element(name: string, children: HtmlNode[], attrs: Record<string, string> = {}): HtmlElement {
  return { kind: 'element', name, attrs, children };
}

/** HTML for the nodes: text escaped, attributes quoted. */
export function serialiseHtml(nodes: readonly HtmlNode[]): string {
  return nodes.map(serialiseNode).join('');
}

function serialiseNode(node: HtmlNode): string {
  if (node.kind === 'text') return node.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (node.kind === 'conditional') return '';
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');
  if (VOID.has(node.name)) return `<${node.name}${attrs}>`;
  return `<${node.name}${attrs}>${serialiseHtml(node.children)}</${node.name}>`;
}
