// File names arrive from other people's computers and leave again as files on
// disk, so a stored name must be safe on every system the app runs on.

/** The longest name most file systems accept, in UTF-8 bytes (never more characters than that either). */
export const FILE_NAME_MAX_BYTES = 255;

/** Used when nothing of the given name is left. */
export const FALLBACK_FILE_NAME = 'attachment';

// Control characters, line and paragraph separators, and invisible or
// direction-changing characters that can disguise a name ("report\u202Efdp.exe"
// shows as "reportexe.pdf"): soft hyphen, Arabic letter mark, zero-width and
// joiner characters, bidirectional embeddings, overrides and isolates,
// invisible operators, the byte-order mark and interlinear annotation marks.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;
const RESERVED_CHARACTERS = /[<>:"|?*]/g;
const EXTENSION = /^[\p{L}\p{N}_-]{1,16}$/u;
const WINDOWS_RESERVED_NAMES = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** A name and its extension (without the dot; '' when there is none). */
export type NameParts = { stem: string; extension: string };

/**
 * A file name safe to store and to write anywhere: no folders, no control or
 * reserved characters, no trailing dots or spaces, no Windows device names,
 * at most 255 bytes with the extension kept. Never empty.
 */
export function safeFileName(given: string): string {
  const lastSegment = given.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = trimName(lastSegment.replace(UNPRINTABLE, '').replace(RESERVED_CHARACTERS, ''));
  if (cleaned === '') return FALLBACK_FILE_NAME;
  const { stem, extension } = splitExtension(cleaned);
  const safeStem = WINDOWS_RESERVED_NAMES.test(stem.split('.')[0]?.trimEnd() ?? '') ? `_${stem}` : stem;
  return limitFileName(joinName(safeStem, extension));
}

/**
 * Splits "report.final.pdf" into "report.final" and "pdf". A leading dot does
 * not start an extension, nor does text with spaces ("Minutes 2. final").
 */
export function splitExtension(name: string): NameParts {
  const dot = name.lastIndexOf('.');
  const extension = name.slice(dot + 1);
  if (dot <= 0 || !EXTENSION.test(extension)) return { stem: name, extension: '' };
  return { stem: name.slice(0, dot), extension };
}

/** Shortens the part before the extension until the whole name fits in 255 bytes. */
export function limitFileName(name: string, suffix = ''): string {
  const { stem, extension } = splitExtension(name);
  const tail = `${suffix}${extension === '' ? '' : `.${extension}`}`;
  if (utf8Length(stem) + utf8Length(tail) <= FILE_NAME_MAX_BYTES) return `${stem}${tail}`;
  const room = FILE_NAME_MAX_BYTES - utf8Length(tail);
  let kept = '';
  for (const character of stem) {
    if (utf8Length(kept) + utf8Length(character) > room) break;
    kept += character;
  }
  const shortened = trimName(kept);
  return `${shortened === '' ? FALLBACK_FILE_NAME.slice(0, Math.max(room, 1)) : shortened}${tail}`;
}

/** "report.pdf" → "report (2).pdf": the name to try when a file of that name is already there. */
export function numberedFileName(name: string, copy: number): string {
  return copy <= 1 ? name : limitFileName(name, ` (${copy})`);
}

function joinName(stem: string, extension: string): string {
  return extension === '' ? stem : `${stem}.${extension}`;
}

/** Leading and trailing spaces and dots go: Windows drops trailing ones, and leading dots hide a file. */
function trimName(name: string): string {
  return name.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A file name stem from a title: plain lower-case letters and digits, words joined by hyphens. */
export function slugOf(title: string, maxLength = 100): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? 'document' : slug;
}
