import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/api/methods/meetings';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { refused, subgroupWithHistory, type AgendaFixture } from './agenda-setup';

let ws: TestWorkspace;
let fixture: AgendaFixture;
beforeEach(async () => {
  ws = await openTestWorkspace('agenda-draft');
  fixture = await subgroupWithHistory(ws);
});
afterEach(() => { ws.close(); });

const shape = (items: readonly AgendaItem[]) => items.map((item) => [item.position, item.kind, item.title]);

async function papersOf(meetingId: number): Promise<[string, string[]][]> {
  const detail = await ws.call('meetings/get', { id: meetingId });
  return detail.agendaItems.map((item) => [item.title, item.papers.map((paper) => (paper.kind === 'document' ? `${paper.document.kind}: ${paper.document.title}` : paper.attachment.fileName))]);
}

describe('drafting an agenda from the work programme', () => {
  it('adds the minutes, the scheduled reports in work programme order, the monitor and the terms of reference, after the opening business', async () => {
    const { committeeId, decemberId, workIds } = fixture;
    const apologies = await ws.call('agendaItems/create', { meetingId: decemberId, title: 'Apologies for absence', kind: 'other' });
    const terms = await ws.call('documents/create', { kind: 'terms_of_reference', title: 'Terms of reference 2026/27', status: 'final', committeeId });

    const draft = await ws.call('agendaItems/draft', { meetingId: decemberId });
    expect(shape(draft.agenda)).toEqual([
      [1, 'other', 'Apologies for absence'],
      [2, 'minutes', 'Minutes'],
      [3, 'report', 'Residential care review'],
      [4, 'report', 'Care leavers’ accommodation'],
      [5, 'recommendations_monitor', 'Recommendations monitor'],
      [6, 'terms_and_work_programme', 'Terms of Reference and Work Programme'],
    ]);
    expect(draft.added.map((item) => item.id)).toEqual(draft.agenda.slice(1).map((item) => item.id));
    expect(draft.agenda[0]?.id).toBe(apologies.id);
    expect(draft.added[0]?.summary).toBe('To approve as a correct record the minutes of the meeting held on 15 September 2026.');
    expect(draft.added[1]).toMatchObject({ reportOf: 'Head of Commissioning', summary: 'To review the council’s own children’s homes', workProgrammeItemId: workIds.review, isExempt: false, isToFollow: false });
    expect(draft.added[2]).toMatchObject({ reportOf: 'Fiona Whitlock', workProgrammeItemId: workIds.leavers });

    // The committee's terms of reference are reused; the rest are made once, for the committee.
    expect(draft.documentsCreated.map((document) => [document.kind, document.title])).toEqual([
      ['minutes', 'Minutes of the meeting held on 15 September 2026'],
      ['recommendations_monitor', 'Recommendations monitor'],
      ['work_programme', 'Work programme'],
    ]);
    for (const made of draft.documentsCreated) expect(await ws.call('documents/get', { id: made.id })).toMatchObject({ committeeId, status: 'final' });
    expect(await papersOf(decemberId)).toEqual([
      ['Apologies for absence', []],
      ['Minutes', ['minutes: Minutes of the meeting held on 15 September 2026']],
      ['Residential care review', []],
      ['Care leavers’ accommodation', []],
      ['Recommendations monitor', ['recommendations_monitor: Recommendations monitor']],
      ['Terms of Reference and Work Programme', ['terms_of_reference: Terms of reference 2026/27', 'work_programme: Work programme']],
    ]);
    expect(terms.id).toBe((await ws.call('documents/list', { kind: 'terms_of_reference', committeeId })).at(0)?.id);
  });

  it('adds nothing the second time, and writes nothing', async () => {
    const { decemberId } = fixture;
    const first = await ws.call('agendaItems/draft', { meetingId: decemberId });
    expect(first.added).toHaveLength(5);
    const before = ws.snapshot();
    const second = await ws.call('agendaItems/draft', { meetingId: decemberId });
    expect(second.added).toEqual([]);
    expect(second.documentsCreated).toEqual([]);
    expect(second.agenda).toEqual(first.agenda);
    expect(ws.snapshot()).toBe(before);
  });

  it('adds only what is new, in the public part, when the agenda has changed since', async () => {
    const { committeeId, decemberId } = fixture;
    const first = await ws.call('agendaItems/draft', { meetingId: decemberId });
    const leavers = first.added.find((item) => item.title === 'Care leavers’ accommodation');
    await ws.call('agendaItems/update', { id: leavers?.id ?? 0, isExempt: true, exemptGround: 'Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972' });
    await ws.call('workProgramme/create', { committeeId, meetingId: decemberId, item: 'Foster carer recruitment', leadOfficer: 'Head of Fostering' });

    const second = await ws.call('agendaItems/draft', { meetingId: decemberId });
    expect(second.added.map((item) => item.title)).toEqual(['Foster carer recruitment']);
    expect(second.documentsCreated).toEqual([]);
    expect(second.agenda.map((item) => item.title)).toEqual([
      'Minutes',
      'Residential care review',
      'Foster carer recruitment',
      'Exclusion of the public',
      'Care leavers’ accommodation',
      'Recommendations monitor',
      'Terms of Reference and Work Programme',
    ]);
  });

  it('has no minutes item at a committee’s first meeting, and no monitor without follow-ups', async () => {
    const panel = await ws.call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
    const first = await ws.call('meetings/create', { committeeId: panel.id, meetingDate: '2026-12-08' });
    await ws.call('workProgramme/create', { committeeId: panel.id, meetingId: first.id, item: 'Annual report of the fostering service' });
    const draft = await ws.call('agendaItems/draft', { meetingId: first.id });
    expect(shape(draft.agenda)).toEqual([
      [1, 'report', 'Annual report of the fostering service'],
      [2, 'terms_and_work_programme', 'Terms of Reference and Work Programme'],
    ]);
    // Its papers are the panel's own, not the subgroup's.
    expect(draft.documentsCreated.map((document) => document.kind)).toEqual(['terms_of_reference', 'work_programme']);
  });

  it('does not count a cancelled meeting as the previous one', async () => {
    const { committeeId, decemberId } = fixture;
    const october = await ws.call('meetings/create', { committeeId, meetingDate: '2026-10-20' });
    await ws.call('meetings/cancel', { id: october.id, note: 'Called off for want of business.' });
    const draft = await ws.call('agendaItems/draft', { meetingId: decemberId });
    expect(draft.added[0]?.summary).toMatch(/held on 15 September 2026\.$/);
  });

  it('is refused for a meeting held, minuted or cancelled, writing nothing', async () => {
    const { committeeId, septemberId, decemberId } = fixture;
    const before = ws.snapshot();
    await refused(ws, 'agendaItems/draft', { meetingId: septemberId }, 'conflict', /^The meeting of 15 September 2026 has been held, so its agenda is part of the record/);
    await refused(ws, 'agendaItems/draft', { meetingId: 999 }, 'not_found', /^meetingId: there is no meeting with id 999/);
    await refused(ws, 'agendaItems/draft', { meetingId: 'latest' }, 'invalid_input', /meetingId/);
    expect(ws.snapshot()).toBe(before);

    await ws.call('meetings/cancel', { id: decemberId, note: '' });
    const cancelled = ws.snapshot();
    await refused(ws, 'agendaItems/draft', { meetingId: decemberId }, 'conflict', /was cancelled, so its agenda cannot be drafted\. Reinstate the meeting first/);
    expect(ws.snapshot()).toBe(cancelled);

    const minuted = await ws.call('meetings/create', { committeeId, meetingDate: '2026-06-02' });
    for (const status of ['issued', 'held', 'minuted'] as const) await ws.call('meetings/setStatus', { id: minuted.id, status });
    const after = ws.snapshot();
    await refused(ws, 'agendaItems/draft', { meetingId: minuted.id }, 'conflict', /has been minuted/);
    expect(ws.snapshot()).toBe(after);
  });
});
