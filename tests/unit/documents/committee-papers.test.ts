import { describe, expect, it } from 'vitest';
import { appendixNotice } from '../../../electron/core/documents/builders/appendix';
import { termsOfReference } from '../../../electron/core/documents/builders/terms-of-reference';
import { workProgramme } from '../../../electron/core/documents/builders/work-programme';
import type { WorkProgrammeItem } from '../../../shared/api/methods/work-programme';
import { MEMBERS, textOf } from './fixtures';

describe('termsOfReference', () => {
  const model = termsOfReference({
    authorityName: 'Northby Borough Council',
    title: 'Terms of reference',
    committee: { name: 'Schools Subgroup', parentName: 'Children’s Scrutiny Committee', operation: 'Meets four times a year.', accessToInformation: 'Meetings are public.', rationale: ['To review inspections.', 'To visit schools.'] },
    municipalYear: 2026,
    members: MEMBERS,
    contactOfficer: { honorific: 'Ms', fullName: 'Rita Kemp', jobTitle: 'Scrutiny Officer', phone: '', email: '' },
    meetings: [{ meetingDate: '2026-07-14', startTime: '10:00' }, { meetingDate: '2026-12-01', startTime: '14:30' }, { meetingDate: '2027-02-02', startTime: null }],
  });

  it('is a two-column table in the order of a real one, ending with the schedule of meetings', () => {
    const table = model.blocks.find((block) => block.type === 'table');
    expect(table?.columnWidths).toEqual([0.28, 0.72]);
    expect(table?.rows.map((row) => textOf(row.cells[0]?.content ?? []))).toEqual([
      'Title', 'Membership 2026/27', 'Lead Executive Members', 'Strategic Directors', 'Lead Officers', 'Contact officer', 'Rationale', 'Operation', 'Access to Information', 'Schedule of Meetings',
    ]);
    const value = (key: string) => textOf(table?.rows.find((row) => textOf(row.cells[0]?.content ?? []) === key)?.cells[1]?.content ?? []);
    expect(value('Membership 2026/27')).toBe('Councillors Abbott (Vice-Chair), A Judge, T Judge and Lovell (Chair), and Mrs B Kellow and Mr R Lamb (co-opted)');
    expect(value('Lead Executive Members')).toBe('Councillor Bridge – Executive Member for Children');
    expect(value('Strategic Directors')).toBe('Pat Marsh – Strategic Director of Children’s Services');
    expect(value('Contact officer')).toBe('Rita Kemp – Scrutiny Officer');
    expect(value('Rationale')).toBe('The Schools Subgroup has these purposes:\nTo review inspections.\nTo visit schools.');
    expect(value('Schedule of Meetings')).toBe('Tuesday, 14 July 2026 at 10.00 am\nTuesday, 1 December 2026 at 2.30 pm\nTuesday, 2 February 2027');
  });
});

describe('workProgramme', () => {
  const item = (id: number, meetingId: number | null, name: string): WorkProgrammeItem => ({
    id, committeeId: 1, meetingId, meetingDate: null, position: id, item: name, purpose: `Purpose of ${name}`, leadOfficer: 'Pat Marsh', executiveMember: 'Councillor Bridge', comments: '', createdAt: '', updatedAt: '',
  });
  const model = workProgramme({
    authorityName: 'Northby Borough Council',
    title: 'Work programme',
    committee: { name: 'Schools Subgroup', parentName: 'Children’s Scrutiny Committee' },
    asOf: '2026-12-01',
    meetings: [
      { meetingDate: '2026-12-01', startTime: '10:00', reportDeadline: '2026-11-20', items: [item(1, 5, 'Progress report'), item(2, 5, 'Care leavers')] },
      { meetingDate: '2027-02-02', startTime: '10:00', reportDeadline: null, items: [] },
    ],
    unscheduled: [item(3, null, 'Annual report')],
  });

  it('names the committee and month, then gives each meeting a table headed by its date, time and report deadline', () => {
    expect(textOf(model.blocks.slice(0, 1))).toBe('Children’s Scrutiny Committee / Schools Subgroup / Work Programme – December 2026');
    const tables = model.blocks.filter((block) => block.type === 'table');
    expect(tables).toHaveLength(3);
    const [december, february, unscheduled] = tables;
    expect(december?.headerRows.map((row) => textOf(row.cells.flatMap((cell) => cell.content)))).toEqual([
      'Tuesday, 1 December 2026 at 10.00 am (Report deadline Friday, 20 November 2026)',
      'Item\nPurpose of report\nLead officer\nExecutive member\nComments',
    ]);
    expect(december?.headerRows[0]?.cells[0]?.columnSpan).toBe(5);
    expect(december?.rows.map((row) => textOf(row.cells[0]?.content ?? []))).toEqual(['Progress report', 'Care leavers']);
    expect(textOf(february?.headerRows[0]?.cells[0]?.content ?? [])).toBe('Tuesday, 2 February 2027 at 10.00 am');
    expect(textOf(february?.rows[0]?.cells[0]?.content ?? [])).toBe('No items have been scheduled for this meeting yet.');
    expect(textOf(model.blocks)).toContain('Items to be scheduled');
    expect(unscheduled?.rows.map((row) => textOf(row.cells[0]?.content ?? []))).toEqual(['Annual report']);
  });
});

describe('appendixNotice', () => {
  it('says where the attached paper is and how many pages it takes', () => {
    expect(textOf(appendixNotice({ title: 'Appendix 2: Performance', fileName: 'performance.pdf', pageCount: 3 }).blocks)).toBe(
      'Appendix 2: Performance\nThis paper is a separate file, “performance.pdf”. It is included in the PDF edition of this pack as 3 pages.',
    );
    expect(textOf(appendixNotice({ title: 'Map', fileName: 'map.pdf', pageCount: 1 }).blocks)).toContain('as 1 page.');
  });
});
