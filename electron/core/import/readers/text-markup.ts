// The markup a copy-paste or a PDF-to-text tool leaves in a line: HTML tags
// (<b>, <sup>, <p>, <li>…), Markdown emphasis and links, entities. It is
// turned into plain text plus the one hint the parser uses (bold).

const OPEN_BOLD = '\u0001';
const CLOSE_BOLD = '\u0002';

// Tags that end a block become a space, so "<p>One.</p><p>Two.</p>" reads "One. Two.".
const BLOCK_TAGS = new Set([
  'p', 'br', 'ul', 'ol', 'li', 'div', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'hr', 'section', 'article', 'header', 'footer', 'pre', 'dl', 'dt', 'dd',
]);
const INLINE_TAGS = new Set(['span', 'i', 'em', 'u', 'a', 'font', 'sub', 's', 'strike', 'small', 'big', 'mark', 'code', 'abbr', 'cite', 'q']);
const BOLD_TAGS = new Set(['b', 'strong']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', pound: '£', euro: '€', copy: '©', shy: '\u00AD',
};

/** A line (or cell) of pasted text with its markup removed, and whether all of its words were bold. */
export function stripMarkup(raw: string): { text: string; isBold: boolean } {
  let text = raw
    // Footnote markers go with their tags: "services<sup>2</sup>" reads "services".
    .replace(/<sup\b[^<>]*>[^<]*<\/sup>/gi, '')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, `${OPEN_BOLD}$1${CLOSE_BOLD}`)
    .replace(/(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])/g, `${OPEN_BOLD}$1${CLOSE_BOLD}`)
    .replace(/<(\/?)([a-z][a-z0-9]*)\b[^<>]*>/gi, (tag, closing: string, name: string) => {
      const lower = name.toLowerCase();
      if (BOLD_TAGS.has(lower)) return closing === '' ? OPEN_BOLD : CLOSE_BOLD;
      if (BLOCK_TAGS.has(lower)) return ' ';
      if (INLINE_TAGS.has(lower) || lower === 'sup') return '';
      return tag;
    })
    // Markdown autolinks and links keep what a reader sees.
    .replace(/<((?:https?|mailto):[^<>\s]+)>/gi, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()\s]+)\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
  text = decodeEntities(text);
  return { text: text.replaceAll(OPEN_BOLD, '').replaceAll(CLOSE_BOLD, ''), isBold: isAllBold(text) };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

// Bold when every letter and digit sits between bold marks; punctuation
// outside ("**Decision**:") does not count against it.
function isAllBold(marked: string): boolean {
  let depth = 0;
  let boldCount = 0;
  for (const character of marked) {
    if (character === OPEN_BOLD) depth += 1;
    else if (character === CLOSE_BOLD) depth = Math.max(0, depth - 1);
    else if (/[\p{L}\p{N}]/u.test(character)) {
      if (depth === 0) return false;
      boldCount += 1;
    }
  }
  return boldCount > 0;
}
