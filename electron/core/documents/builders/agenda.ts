// The agenda front sheet, page 1 of every pack: the committee, when and where
// it meets, who sits on it, the numbered items with their pack pages, and who
// to contact. In the public edition an exempt item shows only its title and
// the exemption notice.
import { formatClockTime } from '../../../../shared/format/dates';
import { itemEndAnchor, itemStartAnchor } from '../anchors';
import type { Block, DocumentModel, Inline } from '../model';
import type { AgendaItemSource, AgendaOptions, AgendaSource, MemberSource } from '../sources';
import {
  bold,
  committeeTitle,
  councillorNames,
  councillorsLabel,
  formalName,
  heading,
  isCouncillor,
  joinAnd,
  longDate,
  mailLink,
  paragraph,
  shortDate,
  text,
  textBlocks,
} from './common';
import { imageBlock } from './images';

/** The height the authority's logo prints at. */
const LOGO_HEIGHT_MM = 22;

/** The agenda front sheet of a meeting, for one edition of the main or supplementary pack. */
export function agendaFrontSheet(source: AgendaSource, options: AgendaOptions): DocumentModel {
  const { authority, committee, meeting } = source;
  const isSupplementary = options.kind === 'supplementary';
  const items = isSupplementary ? source.items.filter((item) => options.itemsWithPages.has(item.id)) : source.items;
  const logo = authority.logo === null ? null : imageBlock(authority.logo, `${authority.name} logo`, { heightMm: LOGO_HEIGHT_MM, align: 'right' });
  const label = isSupplementary ? 'Supplementary agenda' : 'Agenda';
  return {
    info: {
      title: `${label} – ${committee.name} – ${longDate(meeting.meetingDate)}`,
      subject: `${committee.name}, ${shortDate(meeting.meetingDate)}`,
      author: authority.name,
    },
    blocks: [
      ...(logo ? [logo] : []),
      heading(1, committeeTitle(committee)),
      meetingDetails(source),
      ...(meeting.publicNotice.trim() === '' ? [] : [paragraph(meeting.publicNotice.trim())]),
      ...(meeting.accessNotes.trim() === '' ? [] : [heading(2, 'Access to the meeting'), ...textBlocks(meeting.accessNotes)]),
      ...membership(source.members),
      heading(2, label),
      ...(isSupplementary ? [supplementNote(source)] : []),
      ...items.flatMap((item) => agendaItem(item, options)),
      ...furtherInformation(source, isSupplementary),
    ],
  };
}

function meetingDetails({ meeting }: AgendaSource): Block {
  const rows = [
    { key: 'Date', value: longDate(meeting.meetingDate) },
    ...(meeting.startTime === null ? [] : [{ key: 'Time', value: formatClockTime(meeting.startTime) }]),
    ...(meeting.venue.trim() === '' ? [] : [{ key: 'Venue', value: meeting.venue.trim() }]),
  ];
  return { type: 'keyValue', rows: rows.map(({ key, value }) => ({ key, value: [paragraph(value)] })) };
}

const ROLE_NOTES: Partial<Record<MemberSource['role'], string>> = { chair: '(Chair)', vice_chair: '(Vice-Chair)' };

/** "Councillors – Ashworth (Chair), Haverley (Vice-Chair) … and Qadir"; then the co-opted members. */
function membership(members: readonly MemberSource[]): Block[] {
  const seated = members.filter((member) => member.role === 'chair' || member.role === 'vice_chair' || member.role === 'member');
  const councillors = seated.filter(isCouncillor);
  const others = [...seated.filter((member) => !isCouncillor(member)), ...members.filter((member) => member.role === 'co_opted_member')];
  const noteOf = (member: MemberSource) => ROLE_NOTES[member.role] ?? '';
  const paragraphs: Block[] = [];
  if (councillors.length > 0) {
    paragraphs.push(paragraph([bold(councillorsLabel(councillors.length)), text(` – ${joinAnd(councillorNames(councillors, noteOf))}`)]));
  }
  if (others.length > 0) {
    const names = others.map((member) => [formalName(member), noteOf(member)].filter((part) => part !== '').join(' '));
    paragraphs.push(paragraph([bold(others.some((member) => member.role === 'co_opted_member') ? 'Co-opted members' : 'Members'), text(` – ${joinAnd(names)}`)]));
  }
  return paragraphs.length === 0 ? [] : [heading(2, 'Membership'), ...paragraphs];
}

function supplementNote({ committee, meeting }: AgendaSource): Block {
  const issued = meeting.agendaIssueDate === null ? '' : `, issued on ${longDate(meeting.agendaIssueDate)}`;
  return paragraph(
    `This supplementary agenda adds to the agenda for the meeting of the ${committee.name} on ${longDate(meeting.meetingDate)}${issued}. It contains the papers that were not available when the agenda was issued.`,
  );
}

/**
 * One agenda item: its number and title (a link to its papers, with their
 * pages), then who reports, the summary and any exemption notice. The number
 * is printed text, so a screen reader hears it and a supplementary agenda
 * keeps the numbers of the main one.
 */
function agendaItem(item: AgendaItemSource, options: AgendaOptions): Block[] {
  const number = text(`${item.position}. `);
  if (item.isExempt && options.edition === 'public') {
    return keptTogether([paragraph([number, bold(item.title)]), exemptNotice(item)]);
  }
  const hasPages = options.itemsWithPages.has(item.id);
  const title: Inline[] = hasPages
    ? [{ type: 'link', anchor: itemStartAnchor(item.id), content: [bold(item.title)] }, text('   '), { type: 'pageRange', from: itemStartAnchor(item.id), to: itemEndAnchor(item.id) }]
    : [bold(item.title), ...(item.isToFollow ? [text(' – to follow')] : [])];
  const heading = [paragraph([number, ...title]), ...(item.reportOf.trim() === '' ? [] : [paragraph(`Report of the ${withoutArticle(item.reportOf.trim())}`)])];
  const rest = [...textBlocks(item.summary), ...(item.isExempt ? [exemptNotice(item)] : [])];
  return rest.length === 0 ? heading : [...keptTogether([...heading, rest[0] as Block]), ...rest.slice(1)];
}

/** The blocks, each kept on the page of the one after it: an item's title never ends a page without its first lines. */
function keptTogether(blocks: Block[]): Block[] {
  return blocks.map((block, index) => (block.type === 'paragraph' && index < blocks.length - 1 ? { ...block, keepWithNext: true } : block));
}

/** "Report of the Strategic Director…": the reportOf field may or may not start with "the". */
function withoutArticle(reportOf: string): string {
  return reportOf.replace(/^the\s+/i, '');
}

function exemptNotice(item: AgendaItemSource): Block {
  const ground = item.exemptGround.trim().replace(/\.$/, '');
  const reason = ground === '' ? '' : ` Ground for exemption: ${ground}.`;
  return paragraph(`This item contains exempt information and is not for publication.${reason}`, 'notice');
}

function furtherInformation(source: AgendaSource, isSupplementary: boolean): Block[] {
  const { contactOfficer, authority, meeting } = source;
  const contact: Block[] = [];
  if (contactOfficer !== null) {
    const details: Inline[][] = [[text(contactOfficer.fullName)]];
    if (contactOfficer.jobTitle.trim() !== '') details.push([text(contactOfficer.jobTitle.trim())]);
    if (contactOfficer.phone.trim() !== '') details.push([text(`Telephone: ${contactOfficer.phone.trim()}`)]);
    if (contactOfficer.email.trim() !== '') details.push([text('E-mail: '), mailLink(contactOfficer.email.trim())]);
    contact.push(paragraph('For more information about this meeting, or to ask for this agenda in another format, please contact:'));
    contact.push(paragraph(details.flatMap((line, index) => [...(index > 0 ? [{ type: 'lineBreak' } as const] : []), ...line])));
  }
  const issueDate = isSupplementary ? source.buildDate : (meeting.agendaIssueDate ?? source.buildDate);
  const issuer = contactOfficer === null ? source.issuerName.trim() : [contactOfficer.fullName, contactOfficer.jobTitle.trim()].filter((part) => part !== '').join(', ');
  const where = [authority.name, ...authority.address.split('\n').map((line) => line.trim())].filter((part) => part !== '').join(', ');
  const by = issuer === '' ? '' : ` by ${issuer}`;
  return [
    heading(2, 'Further information'),
    ...contact,
    // A new workspace may have no issuer or authority yet: the sentence still ends cleanly.
    paragraph([text(`This ${isSupplementary ? 'supplementary agenda' : 'agenda'} was issued on `), bold(longDate(issueDate)), text(`${by}${where === '' ? '' : `, ${where}`}.`)]),
  ];
}
