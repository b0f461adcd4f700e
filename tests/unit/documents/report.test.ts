import { describe, expect, it } from 'vitest';
import { reportDocument } from '../../../electron/core/documents/builders/report';
import type { ReportSource } from '../../../electron/core/documents/sources';
import { inlinesOf, textOf } from './fixtures';

function source(overrides: Partial<ReportSource> = {}): ReportSource {
  return {
    authorityName: 'Northby Borough Council',
    title: 'Progress report',
    kind: 'report',
    coverSheet: {
      reportTo: 'Schools Subgroup',
      meetingDate: '2026-12-01',
      subject: 'Improvement plan progress',
      reportOf: 'Strategic Director',
      reportType: 'for_resolution',
      summary: 'Progress to the end of October.',
      recommendations: ['To note the progress.', 'To comment on the red actions.'],
      wardsAffected: 'All',
      strategyAlignment: [{ priority: 'Safe children', contribution: 'Better assessments.' }],
      contactOfficers: [{ name: 'Pat Marsh', jobTitle: 'Strategic Director', phone: '0113 496 0001', email: 'pat.marsh@northby.example' }],
      backgroundDocuments: ['Inspection report, 2025'],
    },
    body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Introduction' }] }, { type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text: 'This report sets out progress.' }] }] },
    meetingDate: null,
    edition: 'members',
    exemptGround: null,
    ...overrides,
  };
}

describe('reportDocument', () => {
  it('prints the cover sheet in the order councils use, then a page break, then the numbered body', () => {
    const { blocks, info } = reportDocument(source());
    const types = blocks.map((block) => block.type);
    const text = textOf(blocks);
    const order = ['Northby Borough Council / Report for Resolution', 'Report to:', 'Schools Subgroup – 1 December 2026', 'Subject:', 'Report of:', 'Summary', 'Recommendations', 'Wards affected', 'Alignment to council priorities', 'Contact officer', 'Background documents', 'Inspection report, 2025', 'Introduction', 'This report sets out progress.'];
    const positions = order.map((part) => text.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(types.filter((type) => type === 'rule')).toHaveLength(4);
    const pageBreak = types.indexOf('pageBreak');
    expect(blocks[pageBreak + 1]).toMatchObject({ type: 'heading', level: 1, numbering: 0 });
    expect(blocks[pageBreak + 2]).toMatchObject({ type: 'paragraph', numbering: 1 });
    expect(blocks.find((block) => block.type === 'list')).toMatchObject({ isOrdered: true });
    expect(blocks.find((block) => block.type === 'table')).toMatchObject({ columnWidths: [0.4, 0.6], headerRows: [{ cells: [{}, {}] }], rows: [{}] });
    expect(inlinesOf({ info, blocks })).toContainEqual({ type: 'link', href: 'mailto:pat.marsh@northby.example', content: [{ type: 'text', text: 'pat.marsh@northby.example' }] });
    expect(info).toEqual({ title: 'Progress report', subject: 'Improvement plan progress', author: 'Northby Borough Council' });
  });

  it('prints one recommendation as a paragraph and takes the meeting date from the pack when the cover sheet has none', () => {
    const base = source();
    const { blocks } = reportDocument(source({ coverSheet: { ...base.coverSheet, meetingDate: undefined, recommendations: ['To note the progress.'] }, meetingDate: '2027-02-02' }));
    expect(textOf(blocks)).toContain('Schools Subgroup – 2 February 2027');
    expect(blocks.some((block) => block.type === 'list' && block.isOrdered)).toBe(false);
  });

  it('skips the cover sheet of an empty one or of an “other” paper, opening with the title instead', () => {
    for (const model of [reportDocument(source({ coverSheet: {} })), reportDocument(source({ kind: 'other' }))]) {
      expect(model.blocks[0]).toEqual({ type: 'heading', level: 1, content: [{ type: 'text', text: 'Progress report' }] });
      expect(model.blocks.some((block) => block.type === 'pageBreak' || block.type === 'keyValue')).toBe(false);
    }
  });

  it('marks an exempt report “not for publication” in the members’ edition and refuses the public one', () => {
    expect(reportDocument(source({ exemptGround: 'Paragraph 3: business affairs.' })).info.notForPublication).toBe('Not for publication: Paragraph 3');
    const base = source();
    expect(reportDocument(source({ coverSheet: { ...base.coverSheet, isExempt: true, exemptGround: 'Paragraph 1' } })).info.notForPublication).toBe('Not for publication: Paragraph 1');
    expect(() => reportDocument(source({ exemptGround: 'Paragraph 3', edition: 'public' }))).toThrow(/exempt/);
    expect(reportDocument(source()).info.notForPublication).toBeUndefined();
  });
});
