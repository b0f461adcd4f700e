// An author's Word report as the editor's rich text, so the pack restyles it
// in house style, numbers it (1.0, 1.1) and tags it like any report written
// here. The steps: open the package (package.ts), walk the body (walk.ts),
// judge headings, numbering, lists and tables (structure.ts), take the title
// (title.ts), then read pictures into whatever room the text leaves
// (pictures.ts). Nothing here touches the workspace.
import type { DocxImportCounts } from '../../../../shared/api/methods/document-import';
import { richText, type RichText, type RichTextNode } from '../../../../shared/api/schema';
import { CoreError } from '../../errors';
import { throwIfCancelled } from '../../import/readers/limits';
import { openWordPackage, tooLongToImport } from './package';
import { readPictures } from './pictures';
import { structureOf } from './structure';
import { countsOf, warningsOf } from './summary';
import { liftHeadings, takeTitle, withoutRepeatedTitle } from './title';
import { walkBody } from './walk';

/** A Word report converted: its title, body, counts and warnings. */
export type WordReport = { title: string; body: RichText; warnings: string[]; counts: DocxImportCounts };

export type WordReportOptions = {
  fileName: string;
  /** The title the officer chose; a first heading repeating it is taken out of the body. */
  title?: string | undefined;
  signal?: AbortSignal | undefined;
  step?: ((done: number, total: number) => void) | undefined;
};

/** The most JSON a document body may take (the contract's rich-text limit). */
const MAX_BODY_CHARS = 2_000_000;
/** The most blocks a document may have at its top level (the contract's limit). */
const MAX_TOP_BLOCKS = 10_000;
/** Room kept for the note that replaces a picture that cannot be shown. */
const NOTE_CHARS = 160;

/** Reads a Word file into a report body; refuses files that are not Word, are damaged, or are too long for one document. */
export async function readWordReport(data: Uint8Array, options: WordReportOptions): Promise<WordReport> {
  const { fileName, signal } = options;
  const pkg = await openWordPackage(data, fileName, signal);
  options.step?.(1, 3);
  const { blocks, findings } = walkBody(pkg.main, pkg.styles, pkg.relationships);
  throwIfCancelled(signal);
  const structure = structureOf(blocks, pkg);
  const taken = takeTitle(structure.nodes, { styledTitle: structure.styledTitle, propertiesTitle: pkg.propertiesTitle, fileName });
  const title = options.title?.trim() || taken.title;
  const nodes = liftHeadings(title === taken.title ? taken.nodes : withoutRepeatedTitle(taken.nodes, title));
  if (!nodes.some(hasWordsOrPicture)) {
    throw new CoreError('invalid_input', `“${fileName}” has no text to import: its body is empty. Check that you chose the report itself, not a template or a cover letter.`);
  }
  const body: RichText = { type: 'doc', content: nodes };
  assertFits(body, fileName, structure.pictures.length);
  options.step?.(2, 3);
  const room = MAX_BODY_CHARS - JSON.stringify(body).length - structure.pictures.length * NOTE_CHARS;
  const pictures = await readPictures(structure.pictures, pkg, room, signal);
  if (!richText.safeParse(body).success) throw tooLongToImport(fileName, 'some of its paragraphs, lists or tables are larger than a document can hold');
  options.step?.(3, 3);
  return { title, body, warnings: warningsOf(findings, pictures, structure.contentsLines), counts: countsOf(nodes) };
}

/** Refuses a body whose text alone is over the limits, before any picture is read. */
function assertFits(body: RichText, fileName: string, pictureCount: number): void {
  if (body.content.length > MAX_TOP_BLOCKS) {
    throw tooLongToImport(fileName, `it has ${body.content.length.toLocaleString('en-GB')} paragraphs, headings and tables, and a document holds up to ${MAX_TOP_BLOCKS.toLocaleString('en-GB')}`);
  }
  const chars = JSON.stringify(body).length + pictureCount * NOTE_CHARS;
  if (chars > MAX_BODY_CHARS) {
    throw tooLongToImport(fileName, `its text alone comes to about ${(chars / 1_000_000).toFixed(1)} MB, and a document holds up to 2 MB`);
  }
}

function hasWordsOrPicture(node: RichTextNode): boolean {
  if (node.type === 'image') return true;
  if (node.type === 'text') return (node.text ?? '').trim() !== '';
  return (node.content ?? []).some(hasWordsOrPicture);
}
