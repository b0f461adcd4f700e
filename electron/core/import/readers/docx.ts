// Word (.docx): the package side. The zip is opened with size guards, the
// main document part is found through the package relationships, and its
// styles and numbering are read so the body walk (docx-body.ts) can tell
// headings, bold and list numbers. Headers, footers and footnotes live in
// other parts and are not read: they are furniture by construction.
import { CoreError } from '../../errors';
import type { SourceText } from '../source-text';
import { readDocumentBody } from './docx-body';
import { readNumbering, readStyles } from './docx-styles';
import { markFurniture } from './furniture';
import { MAX_REPORT_XML_BYTES, MAX_XML_BYTES, assertPageCount, throwIfCancelled } from './limits';
import { attribute, xmlEvents } from './xml';
import { listZipEntries, readZipEntry, type ZipEntry } from './zip';

/** Reads a Word file's text into lines; refuses zips that are not Word files and Word files that unpack to too much. */
export async function readDocx(data: Uint8Array, fileName: string, maxPages: number, signal?: AbortSignal): Promise<SourceText> {
  const entries = new Map(listZipEntries(data).map((entry) => [entry.name, entry]));
  const read = async (name: string | undefined, maxBytes = MAX_XML_BYTES): Promise<string | null> => {
    const entry = name === undefined ? undefined : entries.get(name);
    return entry === undefined ? null : decodeXml(await readZipEntry(data, entry, maxBytes));
  };
  const mainName = relationTarget(await read('_rels/.rels'), 'officeDocument', '') ?? 'word/document.xml';
  // Reading is linear but not fast: the main part is held to what a report could need, so a small file cannot stall the app.
  const main = await read(mainName, MAX_REPORT_XML_BYTES);
  if (main === null) throw notWord(fileName, entries);
  throwIfCancelled(signal);
  const folder = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
  const mainRelations = await read(`${folder}_rels/${mainName.slice(folder.length)}.rels`);
  const styles = readStyles(await read(relationTarget(mainRelations, 'styles', folder) ?? `${folder}styles.xml`));
  const numbering = readNumbering(await read(relationTarget(mainRelations, 'numbering', folder) ?? `${folder}numbering.xml`));
  throwIfCancelled(signal);
  const lines = readDocumentBody(main, styles, numbering);
  const pageCount = lines.at(-1)?.page ?? 1;
  assertPageCount(pageCount, maxPages);
  markFurniture(lines);
  return { format: 'docx', pageCount, lines, warnings: [] };
}

function decodeXml(bytes: Uint8Array): string {
  const isUtf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(isUtf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}

// The target of a package relationship of a given type, as a path inside the zip.
function relationTarget(xml: string | null, type: string, folder: string): string | undefined {
  if (xml === null) return undefined;
  for (const event of xmlEvents(xml)) {
    if (event.kind !== 'open' || event.name !== 'Relationship') continue;
    if (!(attribute(event.attributes, 'Type') ?? '').endsWith(`/${type}`)) continue;
    const target = attribute(event.attributes, 'Target');
    if (target === undefined) return undefined;
    return target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  }
  return undefined;
}

function notWord(fileName: string, entries: ReadonlyMap<string, ZipEntry>): CoreError {
  const kind = entries.has('xl/workbook.xml')
    ? 'an Excel workbook'
    : entries.has('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : entries.has('content.xml')
        ? 'an OpenDocument file'
        : 'a zip archive';
  return new CoreError(
    'invalid_input',
    `“${fileName}” is ${kind}, not a Word document or PDF. Open the inspection report itself and save it as a Word document (.docx) or PDF, then import that.`,
  );
}
