// How much a report import may ask of the machine. A report is tens of pages
// and a few megabytes; these bounds are far above that and far below what
// would freeze the app, so a hostile or mistaken file fails fast with a
// message instead of eating memory.
import { CoreError } from '../../errors';

/** Largest file the import will open. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** Pages read unless the caller asks for another bound. */
export const DEFAULT_MAX_PAGES = 500;
/** Largest XML part of a Word file, once inflated (a 300-page report is under 5 MB). */
export const MAX_XML_BYTES = 50 * 1024 * 1024;
/** Largest main part of a Word file read as an inspection report (the SIF seed's is well under 1 MB). */
export const MAX_REPORT_XML_BYTES = 10 * 1024 * 1024;
/** Largest plain-text report: the SIF seed is 74 KB; reading is linear but slow enough that 200 MB of text would stall the app for a minute. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** Most entries a Word file's zip may hold (a report with many pictures has a few hundred). */
export const MAX_ZIP_ENTRIES = 5000;
/** Most bytes all entries of a Word file's zip may declare, inflated. */
export const MAX_ZIP_DECLARED_BYTES = 1024 * 1024 * 1024;

/** Refuses an empty or oversized file before (or instead of) reading it; callers with a path can call this on its size first. */
export function assertFileSize(byteLength: number, fileName: string): void {
  if (byteLength === 0) {
    throw new CoreError(
      'invalid_input',
      `The file “${fileName}” is empty (0 bytes). Choose the report itself; if it came by email or download, save it again and import the saved copy.`,
    );
  }
  if (byteLength > MAX_FILE_BYTES) {
    const megabytes = Math.round(byteLength / (1024 * 1024));
    throw new CoreError(
      'invalid_input',
      `The file “${fileName}” is ${megabytes} MB, larger than 200 MB, which is far bigger than any inspection report. Check that you chose the right file; if the report is full of pictures, save a copy without them (or the text only) and import that.`,
    );
  }
}

/** Refuses a document with more pages than the import reads. */
export function assertPageCount(pageCount: number, maxPages: number): void {
  if (pageCount > maxPages) {
    throw new CoreError(
      'invalid_input',
      `This document has ${pageCount} pages; the import reads at most ${maxPages}. An inspection report is much shorter: check that you chose the report itself, or save just the report’s pages as a new file and import that.`,
    );
  }
}

/** Stops a long read when the officer cancels it. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new CoreError('cancelled', 'The import was cancelled.');
}
