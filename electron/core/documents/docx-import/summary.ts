// What the officer is told about an import before saving it: how many
// headings, numbered paragraphs, lists, tables and pictures came through, and
// in words, what was left out and what to do about it.
import type { DocxImportCounts } from '../../../../shared/api/methods/document-import';
import type { RichTextNode } from '../../../../shared/api/schema';
import type { PictureOutcome } from './pictures';
import type { BodyFindings } from './word-model';

/** Counts of the converted body: top-level headings and numbered paragraphs; lists (not counting lists inside lists), tables and pictures anywhere. */
export function countsOf(nodes: readonly RichTextNode[]): DocxImportCounts {
  const counts: DocxImportCounts = { headings: 0, numberedParagraphs: 0, lists: 0, tables: 0, images: 0 };
  for (const node of nodes) {
    if (node.type === 'heading') counts.headings += 1;
    if (node.type === 'paragraph' && node.attrs?.['numbered'] === true) counts.numberedParagraphs += 1;
  }
  const visit = (node: RichTextNode, isInList: boolean): void => {
    const isList = node.type === 'bulletList' || node.type === 'orderedList';
    if (isList && !isInList) counts.lists += 1;
    if (node.type === 'table') counts.tables += 1;
    if (node.type === 'image') counts.images += 1;
    for (const child of node.content ?? []) visit(child, (isInList || isList) && node.type !== 'tableCell' && node.type !== 'tableHeader');
  };
  for (const node of nodes) visit(node, false);
  return counts;
}

/** The warnings of an import, in words, each saying what to do. */
export function warningsOf(findings: BodyFindings, pictures: PictureOutcome, contentsLines: number): string[] {
  const warnings: string[] = [];
  if (findings.footnotes + findings.endnotes > 0) {
    const notes = [count(findings.footnotes, 'footnote'), count(findings.endnotes, 'endnote')].filter((words) => !words.startsWith('0 ')).join(' and ');
    warnings.push(`The report has ${notes}. Notes are not imported, so they were left out with their markers: copy the words of any the report needs into its text.`);
  }
  if (findings.textBoxes > 0) {
    warnings.push(
      `${count(findings.textBoxes, 'text box', 'text boxes')} ${was(findings.textBoxes)} left out: only the report’s running text is imported. If ${findings.textBoxes === 1 ? 'it holds' : 'they hold'} words the report needs, move them into the body in Word and import again.`,
    );
  }
  if (findings.equations > 0) {
    warnings.push(`${count(findings.equations, 'equation')} ${was(findings.equations)} left out. Write ${findings.equations === 1 ? 'it' : 'them'} as ordinary text in Word and import again if the report needs ${findings.equations === 1 ? 'it' : 'them'}.`);
  }
  if (findings.hasContents || contentsLines > 0) warnings.push('The table of contents was left out: the pack lists the report’s headings as bookmarks.');
  if (findings.hasTrackedChanges) {
    warnings.push('The report has tracked changes. It was imported as if they were all accepted (insertions kept, deletions left out): check the text, or accept or reject the changes in Word and import again.');
  }
  warnings.push(...pictureWarnings(pictures));
  return warnings;
}

function pictureWarnings(pictures: PictureOutcome): string[] {
  const warnings: string[] = [];
  const { unsupported, tooLarge } = pictures;
  if (unsupported.length > 0) {
    const formats = [...new Set(unsupported.map((name) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? 'unknown').toUpperCase()))].join(', ');
    warnings.push(
      `${count(unsupported.length, 'picture')} (${names(unsupported)}) ${unsupported.length === 1 ? 'is' : 'are'} in a format the pack cannot show (${formats}), so ${unsupported.length === 1 ? 'it is' : 'they are'} marked “[Picture not imported…]” in the text. In Word, replace ${unsupported.length === 1 ? 'it' : 'them'} with PNG or JPEG pictures and import again.`,
    );
  }
  if (tooLarge.length > 0) {
    warnings.push(
      `${count(tooLarge.length, 'picture')} (${names(tooLarge)}) did not fit: a document holds about 2 MB in all, and the pictures take more. In Word, select a picture, choose Picture Format › Compress Pictures (150 ppi, applied to all pictures), save, and import again.`,
    );
  }
  if (pictures.linked > 0) {
    warnings.push(`${count(pictures.linked, 'picture')} ${pictures.linked === 1 ? 'is' : 'are'} linked to files outside the report, so ${pictures.linked === 1 ? 'it was' : 'they were'} not imported. In Word, insert the pictures themselves (Insert › Pictures) and import again.`);
  }
  if (pictures.charts > 0) {
    warnings.push(`${count(pictures.charts, 'chart or diagram', 'charts or diagrams')} drawn in Word could not be imported. In Word, copy each and paste it back as a picture (Paste Special › Picture (PNG)), then import again.`);
  }
  if (pictures.damaged > 0) warnings.push(`${count(pictures.damaged, 'picture')} could not be read: ${pictures.damaged === 1 ? 'it is' : 'they are'} missing or damaged in the file. Insert ${pictures.damaged === 1 ? 'it' : 'them'} again in Word and import again.`);
  if (pictures.withoutAlt > 0) {
    warnings.push(
      `${count(pictures.withoutAlt, 'picture')} ${pictures.withoutAlt === 1 ? 'has' : 'have'} no alternative text, so people using a screen reader will not know what ${pictures.withoutAlt === 1 ? 'it shows' : 'they show'}. In Word, right-click each picture, choose View Alt Text, describe it, and import again.`,
    );
  }
  return warnings;
}

function count(amount: number, singular: string, plural = `${singular}s`): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}

function was(amount: number): string {
  return amount === 1 ? 'was' : 'were';
}

function names(files: readonly string[]): string {
  const shown = files.slice(0, 3);
  return files.length > 3 ? `${shown.join(', ')} and ${files.length - 3} more` : shown.join(', ');
}
