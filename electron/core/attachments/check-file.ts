// The checks every file passes before it is stored, whichever door it came
// through: size, real type, a name that matches the type, no encryption.
import type { AttachmentMediaType } from '../../../shared/api/methods/attachments';
import { formatFileSize, groupDigits } from '../../../shared/format/sizes';
import { CoreError } from '../errors';
import {
  DAMAGED_ZIP,
  FILE_KINDS,
  PROTECTED_OFFICE,
  describeSniffed,
  isEncryptedPdf,
  isMediaTypeConsistent,
  isOtherKnownExtension,
  kindOfExtension,
  mediaTypeOf,
  sniffContent,
  type FileKind,
} from './file-types';
import { checkIntegrity } from './integrity';
import { limitFileName, safeFileName, splitExtension } from './safe-names';

/** A file that may be stored: its safe name and the media type its content shows. */
export type CheckedFile = { fileName: string; mediaType: AttachmentMediaType };

const ACCEPTED = 'PDF, Word (.docx), PNG, JPEG, plain text (.txt) and CSV files';

const SAVE_AS_PDF = 'Save it as PDF (File › Save As › PDF) and attach that copy.';

/** What to do about the unsupported files that have a remedy better than "choose another kind". */
const ADVICE: Record<string, string> = {
  [DAMAGED_ZIP]: 'Open it in Word (or the program that made it), save a fresh copy, and attach that copy.',
  'an Excel workbook': SAVE_AS_PDF,
  'a PowerPoint presentation': SAVE_AS_PDF,
  'an OpenDocument file': SAVE_AS_PDF,
  [PROTECTED_OFFICE]: 'Open it, remove the password (in Word: File › Info › Protect Document › Encrypt with Password, then clear it), save it, and attach that copy.',
};

/** Refuses a file over the size limit, naming its size and the limit. */
export function checkSize(fileName: string, size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new CoreError(
      'invalid_input',
      `${fileName} is too large to attach: it is ${formatFileSize(size)} (${groupDigits(size)} bytes) and the limit is ${formatFileSize(maxBytes)}. Compress it or split it into smaller files.`,
    );
  }
}

/**
 * Checks a file's content against its name and any media type given, and
 * returns the name to store and the media type; refuses anything a pack
 * could not include, saying what the file looks like.
 */
export function checkFile(given: { fileName: string; data: Buffer; mediaType?: string | undefined }, maxBytes: number): CheckedFile {
  const cleanName = safeFileName(given.fileName);
  checkSize(cleanName, given.data.length, maxBytes);
  if (given.data.length === 0) {
    throw new CoreError('invalid_input', `${cleanName} is empty (0 bytes), so there is nothing to attach. Choose the file again; if it came by email or download, save it again first.`);
  }
  const sniffed = sniffContent(given.data);
  if (sniffed.kind === 'unsupported') {
    throw new CoreError('invalid_input', `${cleanName} cannot be attached: it looks like ${sniffed.looksLike}. ${ADVICE[sniffed.looksLike] ?? `Packs can include ${ACCEPTED}.`}`);
  }
  const checked = nameForKind(cleanName, sniffed.kind);
  if (given.mediaType !== undefined && !isMediaTypeConsistent(given.mediaType, sniffed.kind)) {
    throw new CoreError('invalid_input', `mediaType: ${cleanName} was sent as ${given.mediaType}, but its content is ${describeSniffed(sniffed)} (${checked.mediaType}).`);
  }
  if (sniffed.kind === 'pdf' && isEncryptedPdf(given.data)) {
    throw new CoreError(
      'invalid_input',
      `${cleanName} is a password-protected (encrypted) PDF, so packs cannot include it. Save an unprotected copy (for example with “Print to PDF”) and attach that instead.`,
    );
  }
  checkIntegrity(cleanName, sniffed.kind, given.data);
  return checked;
}

/**
 * The name to store for content of a kind: the extension must agree with the
 * content; a name with no extension (or an unfamiliar one) gets the right one added.
 */
export function nameForKind(fileName: string, kind: FileKind): CheckedFile {
  const name = safeFileName(fileName);
  const { extension } = splitExtension(name);
  const claimed = kindOfExtension(extension);
  const expected = FILE_KINDS[kind];
  const preferred = expected.extensions[0] ?? '';
  if (claimed === null) {
    if (isOtherKnownExtension(extension)) {
      throw new CoreError('invalid_input', `${name} looks like ${expected.label}, but its name ends in .${extension}. Rename it to end in .${preferred}.`);
    }
    const named = limitFileName(`${name}.${preferred}`);
    return { fileName: named, mediaType: mediaTypeOf(kind, preferred) };
  }
  if (claimed !== kind) {
    throw new CoreError(
      'invalid_input',
      `${name} is not ${extension.toLowerCase() === 'csv' ? 'a CSV file' : FILE_KINDS[claimed].label} (it looks like ${expected.label}). Rename it to end in .${preferred}, or choose the right file.`,
    );
  }
  return { fileName: name, mediaType: mediaTypeOf(kind, extension) };
}

/** 100000001 → "100,000,001", the same on every system. */
/**
 * The name to write an attachment out under. A workspace from an older
 * version, or one tampered with, may hold any name at all, so the name is made
 * safe again, and given the extension its content calls for when it lacks it:
 * "run.bat" holding text is written as "run.bat.txt", never as a script.
 */
export function exportFileName(fileName: string, data: Buffer): string {
  const name = safeFileName(fileName);
  const sniffed = sniffContent(data);
  if (sniffed.kind === 'unsupported') return limitFileName(`${name}.bin`);
  if (kindOfExtension(splitExtension(name).extension) === sniffed.kind) return name;
  return limitFileName(`${name}.${FILE_KINDS[sniffed.kind].extensions[0] ?? 'bin'}`);
}
