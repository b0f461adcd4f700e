// The package side of a Word report: the file is checked for what it really
// is (officers rename files, and an old .doc or a password-protected .docx is
// not a zip at all), opened with the inspection import's zip guards, and its
// main part, styles, numbering, relationships and title are read. Pictures are
// read later, one at a time, only when there is room for them.
import { formatFileSize } from '../../../../shared/format/sizes';
import { CoreError } from '../../errors';
import { readListLevels, readNumbering, readStyles, type ListLevel, type ListNumbering, type StyleInfo } from '../../import/readers/docx-styles';
import { MAX_XML_BYTES, throwIfCancelled } from '../../import/readers/limits';
import { xmlEvents } from '../../import/readers/xml';
import { listZipEntries, readZipEntry, type ZipEntry } from '../../import/readers/zip';
import { folderOf, readRelationships, relationshipsPartOf, targetOfType, type Relationships } from './relationships';

/** What the body walk and the picture reader need from the package. */
export type WordPackage = {
  /** The main document part's XML. */
  main: string;
  /** The main part's relationships: pictures and hyperlinks. */
  relationships: Relationships;
  styles: ReadonlyMap<string, StyleInfo>;
  numbering: ListNumbering;
  listLevels: (numId: string) => readonly ListLevel[] | undefined;
  /** The title in the file's properties (File › Info), or "". */
  propertiesTitle: string;
  /** The zip entry of a package part, if the file has it. */
  entry: (partName: string) => ZipEntry | undefined;
  /** A part's bytes, refusing one larger than `maxBytes`. */
  read: (entry: ZipEntry, maxBytes: number) => Promise<Uint8Array>;
};

/** Opens a Word file for import, or refuses it with a message that says what it is and what to do. */
export async function openWordPackage(data: Uint8Array, fileName: string, signal?: AbortSignal): Promise<WordPackage> {
  refuseIfNotZip(data, fileName);
  const entries = new Map(listZipEntries(data).map((entry) => [entry.name, entry]));
  const readText = async (name: string | undefined, maxBytes = MAX_XML_BYTES): Promise<string | null> => {
    const entry = name === undefined ? undefined : entries.get(name);
    return entry === undefined ? null : decodeText(await readZipEntry(data, entry, maxBytes));
  };
  const packageRelationships = readRelationships(await readText('_rels/.rels'), '');
  const mainName = targetOfType(packageRelationships, 'officeDocument') ?? 'word/document.xml';
  const mainSize = entries.get(mainName)?.uncompressedSize ?? 0;
  if (mainSize > MAX_BODY_XML_BYTES) {
    throw tooLongToImport(fileName, `its text and layout come to ${formatFileSize(mainSize)}, and a document holds up to 2 MB of text`);
  }
  const main = await readText(mainName, MAX_BODY_XML_BYTES);
  if (main === null || !main.includes('<w:body')) throw notWord(fileName, entries);
  throwIfCancelled(signal);
  const folder = folderOf(mainName);
  const relationships = readRelationships(await readText(relationshipsPartOf(mainName)), folder);
  const numberingXml = await readText(targetOfType(relationships, 'numbering') ?? `${folder}numbering.xml`);
  return {
    main,
    relationships,
    styles: readStyles(await readText(targetOfType(relationships, 'styles') ?? `${folder}styles.xml`)),
    numbering: readNumbering(numberingXml),
    listLevels: readListLevels(numberingXml),
    propertiesTitle: titleOf(await readText(targetOfType(packageRelationships, 'core-properties') ?? 'docProps/core.xml')),
    entry: (partName) => entries.get(partName),
    read: (entry, maxBytes) => readZipEntry(data, entry, maxBytes),
  };
}

/**
 * Largest main part read. Reading is linear but not fast (about 4 MB a
 * second), and a document's body holds up to 2 MB of text, which even Word's
 * wordiest markup keeps well under this; so a small file whose text unpacks
 * to tens of megabytes is refused in a moment instead of stalling the app.
 */
const MAX_BODY_XML_BYTES = 20 * 1024 * 1024;

/** The refusal for a report too long to be one document: what to do instead. */
export function tooLongToImport(fileName: string, reason: string): CoreError {
  return new CoreError(
    'invalid_input',
    `“${fileName}” is too long to import as one document: ${reason}. Split it in Word (for example, put the appendices in a file of their own) and import each part, or add it to the agenda item as a PDF as it is.`,
  );
}

const START_AGAIN = 'Open it in Word, save it as a Word document (.docx), and import that copy.';

/** Refuses, by its first bytes, a file that is not a zip: an old or protected Office file, a PDF, RTF, or anything else. */
function refuseIfNotZip(data: Uint8Array, fileName: string): void {
  if (data.length === 0) {
    throw new CoreError('invalid_input', `“${fileName}” is empty (0 bytes). Choose the report itself; if it came by email or download, save it again and import the saved copy.`);
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return;
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw compoundFileError(data, fileName);
  if (ascii(data, 0, 1024).includes('%PDF-')) {
    throw new CoreError(
      'invalid_input',
      `“${fileName}” is a PDF. A PDF cannot be turned back into an editable report: add it to the agenda item as a paper as it is, or ask the author for the Word version (.docx) and import that.`,
    );
  }
  if (ascii(data, 0, 5) === '{\\rtf') throw new CoreError('invalid_input', `“${fileName}” is a Rich Text (.rtf) file, not a Word document. ${START_AGAIN}`);
  throw new CoreError('invalid_input', `“${fileName}” is not a Word document: its content is not that of a .docx file. Choose the report’s .docx file; if you only have it in another format, ${START_AGAIN.charAt(0).toLowerCase()}${START_AGAIN.slice(1)}`);
}

/** An OLE compound file is an old binary Office file, or a modern one locked with a password (the zip is encrypted inside it). */
function compoundFileError(data: Uint8Array, fileName: string): CoreError {
  const has = (name: string) => Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptedPackage')) {
    return new CoreError(
      'invalid_input',
      `“${fileName}” is protected with a password, so it cannot be read. Open it in Word, remove the password (File › Info › Protect Document › Encrypt with Password, then clear it), save it, and import that copy.`,
    );
  }
  if (has('WordDocument')) {
    return new CoreError('invalid_input', `“${fileName}” is an older Word document (.doc), which the import cannot read. Open it in Word and save it as .docx first (File › Save As › Word Document), then import that copy.`);
  }
  return new CoreError('invalid_input', `“${fileName}” is an older Office file (not a Word document). If it is the report, ${START_AGAIN.charAt(0).toLowerCase()}${START_AGAIN.slice(1)}`);
}

function notWord(fileName: string, entries: ReadonlyMap<string, ZipEntry>): CoreError {
  const kind = entries.has('xl/workbook.xml')
    ? 'an Excel workbook'
    : entries.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : entries.has('content.xml')
        ? 'an OpenDocument file (LibreOffice)'
        : 'a zip archive';
  return new CoreError('invalid_input', `“${fileName}” is ${kind}, not a Word document. Open the report itself and save it as a Word document (.docx), then import that.`);
}

/** The file's own title (docProps/core.xml `dc:title`), or "". */
function titleOf(xml: string | null): string {
  if (xml === null) return '';
  let isTitle = false;
  let title = '';
  for (const event of xmlEvents(xml)) {
    if (event.kind === 'open') isTitle = event.name === 'dc:title' && !event.isSelfClosing;
    else if (event.kind === 'close') isTitle = false;
    else if (isTitle) title += event.text;
  }
  return title.replace(/\s+/g, ' ').trim();
}

function decodeText(bytes: Uint8Array): string {
  const isUtf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(isUtf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}

function startsWith(data: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((byte, index) => data[index] === byte);
}

function ascii(data: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...data.subarray(start, Math.min(end, data.length)));
}
