// Small pieces every builder uses: text runs, paragraphs, names of people as
// council documents write them, and dates in UK style.
import { formatClockTime, longDate } from '../../../../shared/format/dates';
import type { Block, Inline, ParagraphStyle, TableCell, TextRun } from '../model';
import type { CommitteeSource, MeetingTime, PersonName } from '../sources';

/** A plain run of text. */
export const text = (value: string): TextRun => ({ type: 'text', text: value });

/** A bold run of text. */
export const bold = (value: string): TextRun => ({ type: 'text', text: value, isBold: true });

/** A paragraph of inline content, with an optional look. */
export function paragraph(content: Inline[] | string, style?: ParagraphStyle): Block {
  const inlines = typeof content === 'string' ? [text(content)] : content;
  return style === undefined ? { type: 'paragraph', content: inlines } : { type: 'paragraph', content: inlines, style };
}

/** An unnumbered heading. */
export function heading(level: 1 | 2 | 3, content: Inline[] | string): Block {
  return { type: 'heading', level, content: typeof content === 'string' ? [text(content)] : content };
}

/** Lines of text in one paragraph, separated by line breaks. */
export function lines(values: readonly (Inline[] | string)[]): Inline[] {
  return values.flatMap((value, index) => [...(index > 0 ? [{ type: 'lineBreak' } as const] : []), ...(typeof value === 'string' ? [text(value)] : value)]);
}

/** Text typed with blank lines between paragraphs (and single newlines as line breaks), as paragraphs. */
export function textBlocks(value: string): Block[] {
  return value
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => paragraph(lines(part.split('\n').map((line) => line.trim()))));
}

/** A table cell holding one paragraph (or nothing, for an empty string). */
export function cell(content: Inline[] | string, columnSpan?: number): TableCell {
  const inlines = typeof content === 'string' ? (content === '' ? [] : [text(content)]) : content;
  const blocks: Block[] = inlines.length === 0 ? [] : [paragraph(inlines)];
  return columnSpan === undefined ? { content: blocks } : { content: blocks, columnSpan };
}

/** A mail link that shows the address itself. */
export function mailLink(email: string): Inline {
  return { type: 'link', href: `mailto:${email}`, content: [text(email)] };
}

/** "a", "a and b", "a, b and c". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export { longDate, monthYear, shortDate } from '../../../../shared/format/dates';

/** "Tuesday, 1 December 2026 at 10.00 am", or without the time when none is set. */
export function meetingWhen({ meetingDate, startTime }: MeetingTime): string {
  return startTime === null ? longDate(meetingDate) : `${longDate(meetingDate)} at ${formatClockTime(startTime)}`;
}

/** The committee as headings name it: "Children and Young People Scrutiny Committee – Improvement Subgroup". */
export function fullCommitteeName(committee: CommitteeSource): string {
  return committee.parentName === null ? committee.name : `${committee.parentName} – ${committee.name}`;
}

/** The committee as a title: the parent committee on its own line above the committee's name. */
export function committeeTitle(committee: CommitteeSource): Inline[] {
  return committee.parentName === null ? [text(committee.name)] : lines([committee.parentName, committee.name]);
}

export function isCouncillor(person: PersonName): boolean {
  return /^(councillor|cllr\.?)$/i.test(person.honorific.trim());
}

/** The family name: the last word of the full name ("Mbeki-Roberts"). */
export function surnameOf(fullName: string): string {
  return fullName.trim().split(/\s+/).at(-1) ?? fullName;
}

/** Initials of the given names: "Helen Mary Dunmore" → "H M". */
function initialsOf(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .slice(0, -1)
    .map((name) => name.charAt(0).toUpperCase())
    .join(' ');
}

/** "Councillor Ashworth", "Mrs H Dunmore", "Aisha Rahman" (no honorific). */
export function formalName(person: PersonName): string {
  const honorific = person.honorific.trim();
  if (honorific === '') return person.fullName.trim();
  if (isCouncillor(person)) return `Councillor ${surnameOf(person.fullName)}`;
  return [honorific, initialsOf(person.fullName), surnameOf(person.fullName)].filter((part) => part !== '').join(' ');
}

/**
 * Councillors' names for a list that starts "Councillors": surnames in
 * alphabetical order, with initials only where two share a surname
 * ("T Judge"), each followed by its note ("Ashworth (Chair)").
 */
export function councillorNames<P extends PersonName>(people: readonly P[], noteOf: (person: P) => string = () => ''): string[] {
  const counts = new Map<string, number>();
  for (const person of people) counts.set(surnameOf(person.fullName), (counts.get(surnameOf(person.fullName)) ?? 0) + 1);
  return [...people]
    .sort((a, b) => surnameOf(a.fullName).localeCompare(surnameOf(b.fullName), 'en-GB') || a.fullName.localeCompare(b.fullName, 'en-GB'))
    .map((person) => {
      const surname = surnameOf(person.fullName);
      const name = (counts.get(surname) ?? 0) > 1 ? `${initialsOf(person.fullName)} ${surname}`.trim() : surname;
      const note = noteOf(person);
      return note === '' ? name : `${name} ${note}`;
    });
}

/** "Councillor" or "Councillors" before a list of surnames. */
export const councillorsLabel = (count: number): string => (count === 1 ? 'Councillor' : 'Councillors');

/** An exemption ground short enough for a running head: the words before any explanation after a colon. */
export function shortGround(ground: string): string {
  const trimmed = ground.trim().replace(/\.$/, '');
  const colon = trimmed.indexOf(':');
  return colon > 0 ? trimmed.slice(0, colon).trim() : trimmed;
}

/** "Not for publication: Paragraph 3 of Part 1 of Schedule 12A …", the first line of an exempt paper. */
export function notForPublication(ground: string): string {
  const short = shortGround(ground);
  return short === '' ? 'Not for publication' : `Not for publication: ${short}`;
}

/** "NOT FOR PUBLICATION – Paragraph 3 …", the running head the PDF pack stamps on every page of an exempt item's papers. */
export function notForPublicationHead(ground: string): string {
  const short = shortGround(ground);
  return short === '' ? 'NOT FOR PUBLICATION' : `NOT FOR PUBLICATION – ${short}`;
}
