import { describe, expect, it } from 'vitest';
import { minutesDocument } from '../../../electron/core/documents/builders/minutes';
import type { AttendeeSource, MinutesSource } from '../../../electron/core/documents/sources';
import { textOf } from './fixtures';

const person = (honorific: string, fullName: string, extra: Partial<AttendeeSource> = {}): AttendeeSource => ({
  honorific,
  fullName,
  capacity: '',
  isChair: false,
  fromReference: null,
  toReference: null,
  ...extra,
});

const discussion = (...texts: string[]) => ({ type: 'doc' as const, content: texts.map((text) => ({ type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text }] })) });

function source(): MinutesSource {
  return {
    authorityName: 'Northby Borough Council',
    title: 'Minutes of the meeting held on 14 July 2026',
    committee: { name: 'Schools Subgroup', parentName: 'Children’s Scrutiny Committee' },
    meetingDate: '2026-07-14',
    present: [
      person('Councillor', 'Bea Lovell', { isChair: true }),
      person('Councillor', 'Tom Judge', { fromReference: 'CS/SCH/26/5', toReference: 'CS/SCH/26/7' }),
      person('Councillor', 'Carl Abbott'),
      person('Mr', 'Raj Lamb', { capacity: 'Diocesan representative' }),
    ],
    alsoAttending: [person('Councillor', 'Dee Bridge', { capacity: 'Executive Member for Children' }), person('Ms', 'Pat Marsh', { capacity: 'Strategic Director' })],
    apologies: [person('Mrs', 'Beth Kellow', { capacity: 'Parent governor' })],
    entries: [
      { reference: 'CS/SCH/26/5', heading: 'Minutes', isPublicExcluded: false, discussion: { type: 'doc', content: [] }, decisions: ['To approve the minutes of 17 March 2026.'] },
      { reference: 'CS/SCH/26/6', heading: 'Contract dispute', isPublicExcluded: true, discussion: discussion('Members asked about the claim.', 'Officers explained the options.'), decisions: ['To note the report.', 'To ask for an update in February.'] },
      { reference: 'CS/SCH/26/7', heading: 'Any other business', isPublicExcluded: false, discussion: discussion('There was none.'), decisions: [] },
    ],
  };
}

describe('minutesDocument', () => {
  it('opens with the committee and the date, then who was present (partial attendance by reference), others attending and apologies', () => {
    const model = minutesDocument(source());
    expect(model.blocks[0]).toMatchObject({ type: 'heading', level: 1, content: [{ text: 'Children’s Scrutiny Committee – Schools Subgroup' }] });
    const text = textOf(model.blocks);
    expect(text).toContain(
      [
        'Minutes of the meeting held on 14 July 2026',
        'Present',
        'Councillor Lovell – in the Chair',
        'Councillors Abbott and Judge [CS/SCH/26/5 - CS/SCH/26/7]',
        'Mr R Lamb, Diocesan representative',
        'Councillor Bridge, Executive Member for Children',
        'Also present',
        'Pat Marsh, Strategic Director',
        'Apologies',
        'Mrs B Kellow, Parent governor',
      ].join('\n'),
    );
    expect(model.info).toMatchObject({ title: 'Minutes of the meeting held on 14 July 2026', author: 'Northby Borough Council' });
  });

  it('heads each minute with its reference, marks the public excluded, leaves the discussion unnumbered, and lists decisions', () => {
    const { blocks } = minutesDocument(source());
    const text = textOf(blocks);
    expect(text).toContain('CS/SCH/26/5   Minutes\nDecision\nTo approve the minutes of 17 March 2026.');
    expect(text).toContain('CS/SCH/26/6   Contract dispute (Public Excluded)\nMembers asked about the claim.\nOfficers explained the options.\nDecisions\nTo note the report.\nTo ask for an update in February.');
    expect(text).toContain('CS/SCH/26/7   Any other business\nThere was none.');
    expect(text.slice(text.indexOf('CS/SCH/26/7   '))).not.toContain('Decision');
    expect(blocks.some((block) => 'numbering' in block && block.numbering !== undefined)).toBe(false);
    expect(blocks.find((block) => block.type === 'list')).toMatchObject({ isOrdered: true, items: [[{ type: 'paragraph' }], [{ type: 'paragraph' }]] });
  });
});
