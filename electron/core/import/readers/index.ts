// The one door into the readers: a report's bytes in, its text as lines out,
// whatever the file is called. The content decides the reader; a name that
// promised something else only earns a warning.
import type { SourceText } from '../source-text';
import { detectContent, extensionWarning } from './detect';
import { readDocx } from './docx';
import { DEFAULT_MAX_PAGES, assertFileSize, throwIfCancelled } from './limits';
import { readPdf } from './pdf';
import { readText } from './text';

export { assertFileSize, DEFAULT_MAX_PAGES, MAX_FILE_BYTES } from './limits';

/** Options for reading a report. */
export type ReadOptions = {
  /** Cancels a long read (checked between pages and parts). */
  signal?: AbortSignal;
  /** Refuse documents with more pages than this (default 500). */
  maxPages?: number;
  /** Told after each PDF page is read, so a long report shows real progress. */
  onPage?: (done: number, total: number) => void;
};

/** Reads a PDF, Word (.docx) or text/Markdown report into normalised lines with layout hints; bad input throws a CoreError that says what to do. */
export async function readSourceText(data: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<SourceText> {
  const { signal, maxPages = DEFAULT_MAX_PAGES, onPage } = options;
  assertFileSize(data.byteLength, fileName);
  throwIfCancelled(signal);
  const kind = detectContent(data, fileName);
  const source =
    kind === 'pdf'
      ? await readPdf(data, maxPages, signal, onPage)
      : kind === 'zip'
        ? await readDocx(data, fileName, maxPages, signal)
        : readText(data, fileName, maxPages);
  throwIfCancelled(signal);
  const warning = extensionWarning(fileName, source.format);
  return warning === null ? source : { ...source, warnings: [warning, ...source.warnings] };
}
