// Hand-made sources for the builder tests: a small invented authority and
// committee, written out in full so each test shows what it starts from.
import type { AgendaSource, MemberSource } from '../../../electron/core/documents/sources';
import type { Block, DocumentModel, Inline } from '../../../electron/core/documents/model';

export const MEMBERS: MemberSource[] = [
  { honorific: 'Councillor', fullName: 'Ann Judge', role: 'member', capacity: '' },
  { honorific: 'Councillor', fullName: 'Bea Lovell', role: 'chair', capacity: '' },
  { honorific: 'Councillor', fullName: 'Tom Judge', role: 'member', capacity: '' },
  { honorific: 'Councillor', fullName: 'Carl Abbott', role: 'vice_chair', capacity: '' },
  { honorific: 'Mrs', fullName: 'Beth Kellow', role: 'co_opted_member', capacity: 'Parent governor' },
  { honorific: 'Mr', fullName: 'Raj Lamb', role: 'co_opted_member', capacity: '' },
  { honorific: 'Councillor', fullName: 'Dee Bridge', role: 'lead_executive_member', capacity: 'Executive Member for Children' },
  { honorific: 'Ms', fullName: 'Pat Marsh', role: 'strategic_director', capacity: 'Strategic Director of Children’s Services' },
  { honorific: 'Mr', fullName: 'Sam Taylor', role: 'lead_officer', capacity: 'Head of Quality' },
];

export function agendaSource(overrides: Partial<AgendaSource> = {}): AgendaSource {
  return {
    authority: { name: 'Northby Borough Council', address: 'Civic Centre\nHigh Street\nNorthby NB1 1AA', logo: null },
    committee: { name: 'Schools Subgroup', parentName: 'Children’s Scrutiny Committee' },
    meeting: {
      meetingDate: '2026-12-01',
      startTime: '10:00',
      venue: 'Room 3, Civic Centre',
      accessNotes: 'Step-free access from the High Street door.',
      publicNotice: 'The public are welcome.',
      agendaIssueDate: '2026-11-23',
    },
    members: MEMBERS,
    items: [
      { id: 11, position: 1, title: 'Minutes', kind: 'minutes', reportOf: '', summary: 'To approve the minutes of the last meeting.', isExempt: false, exemptGround: '', isToFollow: false },
      { id: 12, position: 2, title: 'Progress report', kind: 'report', reportOf: 'the Strategic Director', summary: 'To note progress.', isExempt: false, exemptGround: '', isToFollow: false },
      { id: 13, position: 3, title: 'Late paper', kind: 'report', reportOf: 'Head of Quality', summary: 'To consider the late paper.', isExempt: false, exemptGround: '', isToFollow: true },
      { id: 14, position: 4, title: 'Exclusion of the public', kind: 'exclusion_of_public', reportOf: '', summary: 'To exclude the public for the next item.', isExempt: false, exemptGround: '', isToFollow: false },
      { id: 15, position: 5, title: 'Contract dispute', kind: 'report', reportOf: 'Head of Commissioning', summary: 'Options for settling the builder’s claim of £412,000.', isExempt: true, exemptGround: 'Paragraph 3: business affairs.', isToFollow: false },
    ],
    contactOfficer: { honorific: 'Ms', fullName: 'Rita Kemp', jobTitle: 'Scrutiny Officer', phone: '0113 496 0000', email: 'rita.kemp@northby.example' },
    issuerName: 'Democratic Services',
    buildDate: '2026-11-20',
    ...overrides,
  };
}

/** Every piece of text in some blocks, in reading order, joined by newlines per paragraph. */
export function textOf(blocks: readonly Block[]): string {
  const out: string[] = [];
  const inline = (content: readonly Inline[]) =>
    content.map((part) => (part.type === 'text' ? part.text : part.type === 'link' ? part.content.map((run) => run.text).join('') : part.type === 'lineBreak' ? ' / ' : `{${part.from}..${part.to}}`)).join('');
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'heading' || block.type === 'paragraph') out.push(inline(block.content));
      else if (block.type === 'list') block.items.forEach((item) => walk(item));
      else if (block.type === 'table') [...block.headerRows, ...block.rows].forEach((row) => row.cells.forEach((cell) => walk(cell.content)));
      else if (block.type === 'keyValue') block.rows.forEach((row) => { out.push(`${row.key}:`); walk(row.value); });
      else if (block.type === 'image') out.push(`[image: ${block.alt}]`);
    }
  };
  walk(blocks);
  return out.join('\n');
}

/** Every inline of a model, however deeply nested. */
export function inlinesOf(model: DocumentModel): Inline[] {
  const out: Inline[] = [];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'heading' || block.type === 'paragraph') out.push(...block.content);
      else if (block.type === 'list') block.items.forEach((item) => walk(item));
      else if (block.type === 'table') [...block.headerRows, ...block.rows].forEach((row) => row.cells.forEach((cell) => walk(cell.content)));
      else if (block.type === 'keyValue') block.rows.forEach((row) => walk(row.value));
    }
  };
  walk(model.blocks);
  return out;
}
