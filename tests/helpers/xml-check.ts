// A strict check of the XML 1.0 rules a hand-written or library-written part
// most often breaks: bytes that are not UTF-8, characters XML forbids (raw or
// as character references), stray "&" and "<", "]]>" in text, and tags that
// do not nest. Word refuses a whole file for any one of these.

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|[^<]+/y;
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9A-Fa-f]+));|&/g;

const isXmlCharacter = (code: number): boolean => code <= 0x10ffff && !NOT_XML_CHARACTER.test(String.fromCodePoint(code));

/** What is wrong with text or an attribute value: bad references and forbidden characters. */
function textProblems(text: string, where: string, hasReferences = true): string[] {
  const problems: string[] = [];
  const character = NOT_XML_CHARACTER.exec(text);
  if (character !== null) problems.push(`${where}: forbidden character U+${(character[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (!hasReferences) return problems;
  for (const match of text.matchAll(REFERENCE)) {
    const [whole, named, decimal, hex] = match;
    if (whole === '&') problems.push(`${where}: a bare “&”`);
    else if (named === undefined && !isXmlCharacter(decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16))) problems.push(`${where}: reference ${whole} to a forbidden character`);
  }
  return problems;
}

/** The well-formedness problems of one XML document given as bytes, or [] when there are none. */
export function xmlProblems(bytes: Uint8Array): string[] {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return ['not valid UTF-8'];
  }
  const problems: string[] = [];
  const open: string[] = [];
  const token = new RegExp(TOKEN.source, 'y');
  let position = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (position < xml.length && problems.length < 10) {
    token.lastIndex = position;
    const match = token.exec(xml);
    if (match === null) {
      problems.push(`a stray “<” at ${String(position)}: ${JSON.stringify(xml.slice(position, position + 40))}`);
      break;
    }
    const [whole, closing, opening, attributes, selfClosing] = match;
    if (closing !== undefined) {
      const expected = open.pop();
      if (expected !== closing) problems.push(`</${closing}> closes <${expected ?? 'nothing'}> at ${String(position)}`);
    } else if (opening !== undefined) {
      for (const value of (attributes ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) problems.push(...textProblems(value[1] ?? value[2] ?? '', `<${opening}> attribute`));
      if (selfClosing !== '/') open.push(opening);
    } else if (!whole.startsWith('<')) {
      problems.push(...textProblems(whole, 'text'));
      if (whole.includes(']]>')) problems.push('text: “]]>” outside a CDATA section');
    } else if (whole.startsWith('<![CDATA[')) {
      problems.push(...textProblems(whole, 'CDATA section', false));
    }
    position += whole.length;
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  return problems;
}
