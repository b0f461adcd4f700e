// The committee's terms of reference as councils print them: a two-column
// table of what the committee is, who sits on it and supports it, why it
// exists, how it works, and when it meets this municipal year.
import { formatMunicipalYear } from '../../../../shared/format/municipal-year';
import type { Block, DocumentModel, TableRow } from '../model';
import type { ContactSource, MemberSource, TermsOfReferenceSource } from '../sources';
import { bold, cell, councillorNames, formalName, heading, isCouncillor, joinAnd, meetingWhen, paragraph, textBlocks } from './common';

const ROLE_NOTES: Partial<Record<MemberSource['role'], string>> = { chair: '(Chair)', vice_chair: '(Vice-Chair)' };

/** The terms of reference document of a committee for one municipal year. */
export function termsOfReference(source: TermsOfReferenceSource): DocumentModel {
  const { committee, members } = source;
  const year = formatMunicipalYear(source.municipalYear);
  const rows: [string, Block[]][] = [
    ['Title', [paragraph(committee.name)]],
    [`Membership ${year}`, textBlocks(membershipLine(members))],
    ['Lead Executive Members', roleLines(members, 'lead_executive_member')],
    ['Strategic Directors', roleLines(members, 'strategic_director')],
    ['Lead Officers', roleLines(members, 'lead_officer')],
    ['Contact officer', source.contactOfficer === null ? [] : [paragraph(withPost(source.contactOfficer))]],
    ['Rationale', rationale(source)],
    ['Operation', textBlocks(committee.operation)],
    ['Access to Information', textBlocks(committee.accessToInformation)],
    ['Schedule of Meetings', source.meetings.length === 0 ? [paragraph('No meetings have been arranged yet.')] : source.meetings.map((meeting) => paragraph(meetingWhen(meeting)))],
  ];
  return {
    info: { title: source.title, subject: `${committee.name} terms of reference, ${year}`, author: source.authorityName },
    blocks: [
      heading(1, source.title),
      {
        type: 'table',
        columnWidths: [0.28, 0.72],
        headerRows: [],
        rows: rows.filter(([, value]) => value.length > 0).map(([key, value]): TableRow => ({ cells: [cell([bold(key)]), { content: value }] })),
      },
    ],
  };
}

/** "Councillors Ashworth (Chair), … and Qadir, and Mrs H Dunmore and Mr I Coleman (co-opted)". */
function membershipLine(members: readonly MemberSource[]): string {
  const seated = members.filter((member) => member.role === 'chair' || member.role === 'vice_chair' || member.role === 'member');
  const councillors = seated.filter(isCouncillor);
  const noteOf = (member: MemberSource) => ROLE_NOTES[member.role] ?? '';
  const named = seated.filter((member) => !isCouncillor(member)).map((member) => [formalName(member), noteOf(member)].filter((part) => part !== '').join(' '));
  const coOpted = members.filter((member) => member.role === 'co_opted_member').map(formalName);
  const parts = [
    ...(councillors.length > 0 ? [`${councillors.length === 1 ? 'Councillor' : 'Councillors'} ${joinAnd(councillorNames(councillors, noteOf))}`] : []),
    ...(named.length > 0 ? [joinAnd(named)] : []),
    ...(coOpted.length > 0 ? [`${joinAnd(coOpted)} (co-opted)`] : []),
  ];
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1) ?? ''}`;
}

/** One line per holder of a role: "Councillor Fairbairn – Executive Member for Children and Families". */
function roleLines(members: readonly MemberSource[], role: MemberSource['role']): Block[] {
  return members
    .filter((member) => member.role === role)
    .map((member) => {
      const name = isCouncillor(member) ? formalName(member) : member.fullName.trim();
      return paragraph(member.capacity.trim() === '' ? name : `${name} – ${member.capacity.trim()}`);
    });
}

function withPost(officer: ContactSource): string {
  return officer.jobTitle.trim() === '' ? officer.fullName : `${officer.fullName} – ${officer.jobTitle.trim()}`;
}

function rationale({ committee }: TermsOfReferenceSource): Block[] {
  const items = committee.rationale.map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 0) return [];
  return [
    paragraph(`The ${committee.name} has these purposes:`),
    { type: 'list', isOrdered: false, items: items.map((item) => [paragraph(item)]) },
  ];
}
