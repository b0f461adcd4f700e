// A forward-only walk over an XML string: tags and text in document order,
// no tree built. Word's XML is machine-written, so this is all the XML the
// import needs; a stray byte yields odd text, never a crash or a loop.

/** One step of the walk. */
export type XmlEvent =
  | { kind: 'open'; name: string; attributes: string; isSelfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

// Attribute values may not hold "<", so no token reaches past the next "<":
// the walk stays linear however the bytes are arranged.
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:[^<>"'/]|\/(?!>)|"[^"<]*"|'[^'<]*')*)(\/?)>/y;
const SPECIAL_ENDS: [string, string][] = [
  ['<!--', '-->'],
  ['<![CDATA[', ']]>'],
  ['<?', '?>'],
  ['<!', '>'],
];

/** The tags and text of an XML document, in order. */
export function* xmlEvents(xml: string): Generator<XmlEvent> {
  const tag = new RegExp(TAG.source, 'y');
  let position = 0;
  while (position < xml.length) {
    const next = xml.indexOf('<', position);
    if (next !== position) {
      const text = xml.slice(position, next === -1 ? xml.length : next);
      yield { kind: 'text', text: decodeXml(text) };
      if (next === -1) return;
      position = next;
    }
    tag.lastIndex = position;
    const match = tag.exec(xml);
    if (match !== null) {
      const [whole, closing, name = '', attributes = '', selfClosing] = match;
      if (closing === '/') yield { kind: 'close', name };
      else yield { kind: 'open', name, attributes, isSelfClosing: selfClosing === '/' };
      position += whole.length;
      continue;
    }
    const special = SPECIAL_ENDS.find(([opening]) => xml.startsWith(opening, position));
    if (special === undefined) {
      position += 1;
      continue;
    }
    const close = xml.indexOf(special[1], position + special[0].length);
    if (close === -1) return;
    if (special[0] === '<![CDATA[') yield { kind: 'text', text: xml.slice(position + special[0].length, close) };
    position = close + special[1].length;
  }
}

const attributePatterns = new Map<string, RegExp>();

/** The value of an attribute in a tag's attribute text, decoded; undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.]/g, '\\.')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (match === null) return undefined;
  return decodeXml(match[1] ?? match[2] ?? '');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/gi, (entity, body: string) => {
    if (!body.startsWith('#')) return XML_ENTITIES[body.toLowerCase()] ?? entity;
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}
