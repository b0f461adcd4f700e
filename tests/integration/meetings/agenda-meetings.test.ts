// Cancelling, reinstating and deleting meetings, and the checks on a meeting's
// date (warn and save, or refuse and write nothing).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';
import { refused, subgroupWithHistory, type AgendaFixture } from './agenda-setup';

let ws: TestWorkspace;
let fixture: AgendaFixture;
beforeEach(async () => {
  ws = await openTestWorkspace('agenda-meetings');
  fixture = await subgroupWithHistory(ws);
});
afterEach(() => { ws.close(); });

describe('cancelling a meeting', () => {
  it('keeps it on record, dated today with its note, until it is reinstated as a draft', async () => {
    const { decemberId } = fixture;
    const item = await ws.call('agendaItems/create', { meetingId: decemberId, title: 'Residential care review' });
    await ws.call('meetings/setStatus', { id: decemberId, status: 'issued' });

    const cancelled = await ws.call('meetings/cancel', { id: decemberId, note: '  Cancelled: the Chair is unwell. The items move to February.  ' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2026-11-22', cancellationNote: 'Cancelled: the Chair is unwell. The items move to February.' });
    const listed = await ws.call('meetings/list', { status: 'cancelled' });
    expect(listed.map((meeting) => [meeting.id, meeting.itemCount])).toEqual([[decemberId, 1]]);

    // While cancelled, nothing about its agenda or pack moves, and nothing is written.
    const before = ws.snapshot();
    const locked = /^The meeting of 1 December 2026 was cancelled, so .*Reinstate the meeting first if it is going ahead\.$/;
    await refused(ws, 'agendaItems/create', { meetingId: decemberId, title: 'Late item' }, 'conflict', locked);
    await refused(ws, 'agendaItems/update', { id: item.id, isToFollow: true }, 'conflict', locked);
    await refused(ws, 'agendaItems/delete', { id: item.id }, 'conflict', locked);
    await refused(ws, 'meetings/setStatus', { id: decemberId, status: 'held' }, 'conflict', /was cancelled\. Reinstate it first/);
    await refused(ws, 'meetings/cancel', { id: decemberId, note: 'Again' }, 'conflict', /already cancelled on 22 November 2026/);
    await refused(ws, 'minutes/addEntry', { meetingId: decemberId, heading: 'Apologies' }, 'conflict', /has not been held|cancelled/);
    const outDir = makeTempDir('cancelled-pack');
    await refused(ws, 'packs/build', { meetingId: decemberId, edition: 'members', format: 'pdf', outDir }, 'conflict', /was cancelled on 22 November 2026, so no pack can be built or issued for it/);
    await refused(ws, 'packs/issue', { meetingId: decemberId, edition: 'members', format: 'pdf' }, 'conflict', /so no pack can be built or issued/);
    expect(ws.snapshot()).toBe(before);

    const reinstated = await ws.call('meetings/reinstate', { id: decemberId });
    expect(reinstated).toMatchObject({ status: 'draft', cancelledOn: null, cancellationNote: '' });
    expect((await ws.call('agendaItems/update', { id: item.id, isToFollow: true })).isToFollow).toBe(true);
    const trail = ws.ctx.workspace.current().db.prepare("SELECT summary FROM audit_log WHERE entity = 'meeting' AND entity_id = ? ORDER BY id DESC LIMIT 2").pluck().all(decemberId);
    expect(trail).toEqual(['2026-12-01: reinstated as a draft', '2026-12-01: cancelled on 2026-11-22 (Cancelled: the Chair is unwell. The items move to February.)']);
  });

  it('is refused once the meeting is held, and reinstating is refused for a meeting not cancelled; nothing is written', async () => {
    const { septemberId, decemberId } = fixture;
    const before = ws.snapshot();
    await refused(ws, 'meetings/cancel', { id: septemberId, note: '' }, 'conflict', /^The meeting of 15 September 2026 has been held, so it cannot be cancelled/);
    await refused(ws, 'meetings/reinstate', { id: decemberId }, 'conflict', /is not cancelled \(it is draft\), so there is nothing to reinstate/);
    await refused(ws, 'meetings/cancel', { id: 999, note: '' }, 'not_found', /no meeting with id 999/);
    await refused(ws, 'meetings/cancel', { id: decemberId, note: 'x'.repeat(2_001) }, 'invalid_input', /note: Keep this under 2,000 characters/);
    await refused(ws, 'meetings/setStatus', { id: decemberId, status: 'cancelled' }, 'conflict', /cancelled with its own action/);
    expect(ws.snapshot()).toBe(before);
  });
});

describe('deleting a meeting', () => {
  it('is refused when it has minutes or issued packs, pointing to cancelling, and nothing is written', async () => {
    const { committeeId, septemberId, decemberId } = fixture;
    // September was held and has minutes.
    const before = ws.snapshot();
    await refused(ws, 'meetings/delete', { id: septemberId }, 'conflict', /^This meeting has minutes, so it is part of the record and cannot be deleted\.$/);
    await ws.call('meetings/setStatus', { id: septemberId, status: 'issued' });
    const issuedWithMinutes = ws.snapshot();
    await refused(ws, 'meetings/delete', { id: septemberId }, 'conflict', /has minutes.*Cancel the meeting instead; it stays on record\./);
    expect(ws.snapshot()).toBe(issuedWithMinutes);
    await ws.call('meetings/setStatus', { id: septemberId, status: 'held' });
    expect(ws.snapshot()).not.toBe(before);

    await ws.call('agendaItems/create', { meetingId: decemberId, title: 'Residential care review' });
    await ws.call('packs/issue', { meetingId: decemberId, edition: 'members', format: 'pdf' });
    await ws.call('meetings/setStatus', { id: decemberId, status: 'draft' });
    const issued = ws.snapshot();
    await refused(ws, 'meetings/delete', { id: decemberId }, 'conflict', /^Packs have been issued for this meeting, so it cannot be deleted\. Cancel the meeting instead; it stays on record\.$/);
    expect(ws.snapshot()).toBe(issued);

    // Cancelled, it is kept with its pack.
    expect((await ws.call('meetings/cancel', { id: decemberId, note: 'No quorum.' })).status).toBe('cancelled');
    await refused(ws, 'meetings/delete', { id: decemberId }, 'conflict', /Packs have been issued/);

    // A cancelled meeting that never went out may go.
    const spare = await ws.call('meetings/create', { committeeId, meetingDate: '2027-03-02' });
    await ws.call('meetings/cancel', { id: spare.id });
    expect(await ws.call('meetings/delete', { id: spare.id })).toEqual({ id: spare.id });
  });
});

describe('a meeting’s date', () => {
  it('in the past, at a weekend or on a bank holiday is saved with a warning', async () => {
    const { committeeId, decemberId } = fixture;
    const christmas = await ws.call('meetings/create', { committeeId, meetingDate: '2026-12-25' });
    expect(christmas.warnings).toEqual(['Friday, 25 December 2026 is a bank holiday: Christmas Day.']);
    expect((await ws.call('meetings/get', { id: christmas.id })).meetingDate).toBe('2026-12-25');

    const past = await ws.call('meetings/create', { committeeId, meetingDate: '2026-11-10' });
    expect(past.warnings).toEqual(['Tuesday, 10 November 2026 is in the past.']);
    expect((await ws.call('meetings/create', { committeeId, meetingDate: '2027-01-12' })).warnings).toEqual([]);

    await ws.call('calendar/addNonWorkingDay', { date: '2027-02-02', name: 'Council closure' });
    const moved = await ws.call('meetings/update', { id: decemberId, meetingDate: '2027-02-02' });
    expect(moved).toMatchObject({ meetingDate: '2027-02-02', warnings: ['Tuesday, 2 February 2027 is one of the authority’s non-working days: Council closure.'] });
    // Only a new date is checked: changing the venue of a past meeting says nothing.
    expect((await ws.call('meetings/update', { id: past.id, venue: 'Room 4' })).warnings).toEqual([]);
    expect((await ws.call('meetings/update', { id: past.id, meetingDate: '2027-02-06' })).warnings).toEqual(['Saturday, 6 February 2027 falls at a weekend.']);
  });

  it('is refused when the committee already meets that day, and nothing is written', async () => {
    const { committeeId, decemberId, septemberId } = fixture;
    const before = ws.snapshot();
    await refused(ws, 'meetings/create', { committeeId, meetingDate: '2026-12-01', startTime: '14:00' }, 'conflict', /^Improvement Subgroup already has a meeting on 1 December 2026 \(meeting \d+\)\. Open that meeting, or choose another date\.$/);
    await refused(ws, 'meetings/update', { id: septemberId, meetingDate: '2026-12-01' }, 'conflict', /already has a meeting on 1 December 2026/);
    expect(ws.snapshot()).toBe(before);
    // Another committee may meet that day.
    const panel = await ws.call('committees/create', { name: 'Corporate Parenting Panel', minutePrefix: 'CPP' });
    expect((await ws.call('meetings/create', { committeeId: panel.id, meetingDate: '2026-12-01' })).id).not.toBe(decemberId);
  });
});
