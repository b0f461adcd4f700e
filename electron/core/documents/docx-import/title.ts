// The report's title. Authors put it in the Title style, or as a first
// heading above the numbered sections, or only in the file's properties;
// failing all of those, the file's name says what it is. A first heading that
// repeats the title is taken out of the body, where the pack would otherwise
// print it as section 1.0.
import type { RichTextNode } from '../../../../shared/api/schema';
import { DOCUMENT_TITLE_MAX } from '../../../../shared/api/methods/documents';
import { plainText } from './inline';

export type TitleSources = { styledTitle: string | undefined; propertiesTitle: string; fileName: string };

/** The title and the body without a first heading that repeats it. */
export function takeTitle(nodes: readonly RichTextNode[], sources: TitleSources): { title: string; nodes: RichTextNode[] } {
  const first = nodes[0];
  const firstHeading = first?.type === 'heading' ? headingText(first) : undefined;
  if (sources.styledTitle === undefined && firstHeading !== undefined && isTitleHeading(nodes)) {
    return { title: fitTitle(firstHeading), nodes: nodes.slice(1) };
  }
  const title = fitTitle(sources.styledTitle ?? (isUsefulTitle(sources.propertiesTitle) ? sources.propertiesTitle : titleOfFileName(sources.fileName)));
  return { title, nodes: withoutRepeatedTitle(nodes, title) };
}

/** The body without its first block when that is a heading that says the title again (a title typed over the import's suggestion). */
export function withoutRepeatedTitle(nodes: readonly RichTextNode[], title: string): RichTextNode[] {
  const first = nodes[0];
  return first?.type === 'heading' && comparable(headingText(first)) === comparable(title) ? nodes.slice(1) : [...nodes];
}

/**
 * Headings moved up so the highest is level 1: a report whose title was a
 * Heading 1 and whose sections are Heading 2 numbers its sections 1.0, 2.0
 * in the pack, not 0.1, 0.2.
 */
export function liftHeadings(nodes: readonly RichTextNode[]): RichTextNode[] {
  const levels = nodes.filter((node) => node.type === 'heading').map(levelOf);
  const lift = levels.length === 0 ? 0 : Math.min(...levels) - 1;
  if (lift <= 0) return [...nodes];
  return nodes.map((node) => (node.type === 'heading' ? { ...node, attrs: { ...node.attrs, level: levelOf(node) - lift } } : node));
}

/**
 * A first heading is the title when the other headings are all lower
 * (sections are level 2 under it), or when a heading as high comes straight after it with
 * no text between (the title, then "1. Introduction").
 */
function isTitleHeading(nodes: readonly RichTextNode[]): boolean {
  const level = levelOf(nodes[0]);
  const next = nodes[1];
  if (next?.type === 'heading' && levelOf(next) <= level) return true;
  const others = nodes.slice(1).filter((node) => node.type === 'heading');
  return others.length > 0 && others.every((node) => levelOf(node) > level);
}

function levelOf(node: RichTextNode | undefined): number {
  return Number(node?.attrs?.['level'] ?? 1);
}

function headingText(node: RichTextNode): string {
  return plainText(node.content ?? []).replace(/\s+/g, ' ').trim();
}

/** Template leftovers in a file's properties say nothing about the report. */
function isUsefulTitle(title: string): boolean {
  return title !== '' && !/^(title|document\s*\d*|report|untitled|new document)$|template|^microsoft word - /i.test(title);
}

/** "Fostering_annual-report 2026.docx" → "Fostering annual report 2026". */
function titleOfFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,5}$/i, '');
  const words = stem.replace(/[_]+|(?<=\p{L})-(?=\p{L})/gu, ' ').replace(/\s+/g, ' ').trim();
  return words === '' ? 'Imported report' : words;
}

/** Within the limit for titles, cut at a word. */
function fitTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= DOCUMENT_TITLE_MAX) return clean;
  const cut = clean.slice(0, DOCUMENT_TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DOCUMENT_TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function comparable(text: string): string {
  return text.toLocaleLowerCase('en-GB').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
