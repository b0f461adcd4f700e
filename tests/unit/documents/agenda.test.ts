import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { itemEndAnchor, itemStartAnchor } from '../../../electron/core/documents/anchors';
import { agendaFrontSheet } from '../../../electron/core/documents/builders/agenda';
import { agendaSource, inlinesOf, textOf } from './fixtures';

const allPages = new Set([11, 12, 15]);

describe('agendaFrontSheet', () => {
  it('follows the order of a real front sheet: title, date, time, venue, notice, access, membership, agenda, further information', () => {
    const model = agendaFrontSheet(agendaSource(), { edition: 'members', kind: 'main', itemsWithPages: allPages });
    const text = textOf(model.blocks);
    const order = ['Children’s Scrutiny Committee / Schools Subgroup', 'Date:', 'Tuesday, 1 December 2026', 'Time:', '10.00 am', 'Venue:', 'The public are welcome.', 'Access to the meeting', 'Membership', 'Agenda', '1. Minutes', '5. Contract dispute', 'Further information'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(model.info).toEqual({ title: 'Agenda – Schools Subgroup – Tuesday, 1 December 2026', subject: 'Schools Subgroup, 1 December 2026', author: 'Northby Borough Council' });
  });

  it('writes the membership as councils do: surnames in order, initials where two share one, the chair marked, co-opted members apart', () => {
    const text = textOf(agendaFrontSheet(agendaSource(), { edition: 'public', kind: 'main', itemsWithPages: allPages }).blocks);
    expect(text).toContain('Councillors – Abbott (Vice-Chair), A Judge, T Judge and Lovell (Chair)');
    expect(text).toContain('Co-opted members – Mrs B Kellow and Mr R Lamb');
    expect(text).not.toContain('Bridge');
  });

  it('links each item with papers to its first page and prints its page range; other items get neither', () => {
    const model = agendaFrontSheet(agendaSource(), { edition: 'members', kind: 'main', itemsWithPages: new Set([12]) });
    const inlines = inlinesOf(model);
    expect(inlines.filter((inline) => inline.type === 'pageRange')).toEqual([{ type: 'pageRange', from: itemStartAnchor(12), to: itemEndAnchor(12) }]);
    expect(inlines.filter((inline) => inline.type === 'link' && inline.anchor !== undefined)).toEqual([
      { type: 'link', anchor: 'item_12_start', content: [{ type: 'text', text: 'Progress report', isBold: true }] },
    ]);
    const text = textOf(model.blocks);
    expect(text).toContain('2. Progress report   {item_12_start..item_12_end}');
    expect(text).toContain('3. Late paper – to follow');
    expect(text).toContain('Report of the Strategic Director');
    expect(text).toContain('Report of the Head of Quality');
  });

  it('keeps an item’s title and “report of” on the page of its first lines, so no page ends with a bare title', () => {
    const model = agendaFrontSheet(agendaSource(), { edition: 'members', kind: 'main', itemsWithPages: allPages });
    const titleIndex = model.blocks.findIndex((block) => block.type === 'paragraph' && textOf([block]).startsWith('2. Progress report'));
    const [title, reportOf, summary] = model.blocks.slice(titleIndex, titleIndex + 3);
    expect(title).toMatchObject({ type: 'paragraph', keepWithNext: true });
    expect(textOf(reportOf ? [reportOf] : [])).toContain('Report of the Strategic Director');
    expect(reportOf).toMatchObject({ keepWithNext: true });
    expect(summary).not.toHaveProperty('keepWithNext');
  });

  it('shows an exempt item in the public edition by its title and exemption notice only', () => {
    const publicText = textOf(agendaFrontSheet(agendaSource(), { edition: 'public', kind: 'main', itemsWithPages: allPages }).blocks);
    expect(publicText).toContain('5. Contract dispute');
    expect(publicText).toContain('This item contains exempt information and is not for publication. Ground for exemption: Paragraph 3: business affairs.');
    expect(publicText).not.toContain('£412,000');
    expect(publicText).not.toContain('Head of Commissioning');
    expect(publicText).not.toContain('item_15');
    // The exclusion of the public is itself a public item: its summary stays.
    expect(publicText).toContain('To exclude the public for the next item.');

    const membersText = textOf(agendaFrontSheet(agendaSource(), { edition: 'members', kind: 'main', itemsWithPages: allPages }).blocks);
    expect(membersText).toContain('Options for settling the builder’s claim of £412,000.');
    expect(membersText).toContain('Report of the Head of Commissioning');
    expect(membersText).toContain('5. Contract dispute   {item_15_start..item_15_end}');
    expect(membersText).toContain('Ground for exemption: Paragraph 3');
  });

  it('ends with the contact officer and the issue line, falling back to the build date before the agenda is issued', () => {
    const model = agendaFrontSheet(agendaSource(), { edition: 'public', kind: 'main', itemsWithPages: allPages });
    expect(inlinesOf(model)).toContainEqual({ type: 'link', href: 'mailto:rita.kemp@northby.example', content: [{ type: 'text', text: 'rita.kemp@northby.example' }] });
    const issue = model.blocks.at(-1);
    expect(issue).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'This agenda was issued on ' },
        { type: 'text', text: 'Monday, 23 November 2026', isBold: true },
        { type: 'text', text: ' by Rita Kemp, Scrutiny Officer, Northby Borough Council, Civic Centre, High Street, Northby NB1 1AA.' },
      ],
    });
    const unissued = agendaSource();
    const draft = agendaFrontSheet({ ...unissued, meeting: { ...unissued.meeting, agendaIssueDate: null }, contactOfficer: null }, { edition: 'public', kind: 'main', itemsWithPages: allPages });
    expect(textOf(draft.blocks.slice(-1))).toBe('This agenda was issued on Friday, 20 November 2026 by Democratic Services, Northby Borough Council, Civic Centre, High Street, Northby NB1 1AA.');
  });

  it('ends the issue line cleanly in a new workspace with no issuer or authority details yet', () => {
    const source = agendaSource();
    const bare = agendaFrontSheet({ ...source, contactOfficer: null, issuerName: '', authority: { ...source.authority, name: '', address: '' } }, { edition: 'public', kind: 'main', itemsWithPages: allPages });
    expect(textOf(bare.blocks.slice(-1))).toBe('This agenda was issued on Monday, 23 November 2026.');
  });

  it('a supplementary agenda says what it supplements and lists only its own items, keeping their numbers', () => {
    const model = agendaFrontSheet(agendaSource(), { edition: 'members', kind: 'supplementary', itemsWithPages: new Set([13]) });
    const text = textOf(model.blocks);
    expect(text).toContain('Supplementary agenda');
    expect(text).toContain('adds to the agenda for the meeting of the Schools Subgroup on Tuesday, 1 December 2026, issued on Monday, 23 November 2026');
    expect(text).toContain('3. Late paper   {item_13_start..item_13_end}');
    expect(text).not.toContain('1. Minutes');
    expect(text).toContain('This supplementary agenda was issued on Friday, 20 November 2026');
    expect(model.info.title).toBe('Supplementary agenda – Schools Subgroup – Tuesday, 1 December 2026');
  });

  it('puts the logo first with an alt text naming the authority, sized from its own pixels', () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(200, 0);
    header.writeUInt32BE(100, 4);
    header.set([8, 2, 0, 0, 0], 8);
    const chunk = (type: string, data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), Buffer.from(type), data, Buffer.alloc(4)]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.alloc(10)))]);
    const source = agendaSource();
    const model = agendaFrontSheet({ ...source, authority: { ...source.authority, logo: { data: png, mediaType: 'image/png' } } }, { edition: 'public', kind: 'main', itemsWithPages: allPages });
    expect(model.blocks[0]).toMatchObject({ type: 'image', alt: 'Northby Borough Council logo', heightMm: 22, widthMm: 44 });
  });
});
