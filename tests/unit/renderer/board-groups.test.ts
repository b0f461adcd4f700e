import { describe, expect, it } from 'vitest';
import type { MeetingStatus, MeetingSummary } from '../../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../../shared/api/methods/work-programme';
import {
  allGroups,
  destinationsFrom,
  dropPosition,
  isSamePlace,
  layoutBoard,
  movedMessage,
  UNSCHEDULED_NAME,
} from '../../../renderer/src/sections/committees/work-programme/board-groups';

const TODAY = '2026-11-23';

function meeting(id: number, meetingDate: string, status: MeetingStatus = 'draft', startTime: string | null = '10:00'): MeetingSummary {
  return {
    id, committeeId: 1, meetingDate, startTime, venue: '', accessNotes: '', publicNotice: '', status,
    agendaIssueDate: null, reportDeadline: null, isReportDeadlineManual: false, cancelledOn: null, cancellationNote: '',
    minutesApprovedMeetingId: null, minutesApprovedOn: null, createdAt: '', updatedAt: '',
    committeeName: 'Improvement Subgroup', itemCount: 0, exemptItemCount: 0, toFollowCount: 0,
  };
}

function item(id: number, meetingId: number | null, position: number, title = `Item ${id}`): WorkProgrammeItem {
  return { id, committeeId: 1, meetingId, meetingDate: null, position, item: title, purpose: '', leadOfficer: '', executiveMember: '', comments: '', createdAt: '', updatedAt: '' };
}

describe('the work programme board’s layout', () => {
  const meetings = [
    meeting(3, '2027-03-09'),
    meeting(1, '2026-07-14', 'minuted'),
    meeting(2, '2026-12-01', 'issued'),
    meeting(4, '2026-10-06', 'cancelled'),
    meeting(5, '2027-03-09', 'draft', '14:00'),
    meeting(6, '2026-11-23', 'draft'),
  ];
  const items = [item(10, 2, 2), item(11, 2, 1), item(12, null, 1), item(13, 1, 1), item(14, 3, 1)];
  const layout = layoutBoard(meetings, items, TODAY);

  it('puts meetings from today on soonest first, then the items to be scheduled, then earlier meetings most recent first', () => {
    expect(layout.upcoming.map((group) => group.meeting?.id)).toEqual([6, 2, 3, 5]);
    expect(layout.earlier.map((group) => group.meeting?.id)).toEqual([4, 1]);
    expect(allGroups(layout).map((group) => group.key)).toEqual(['meeting-6', 'meeting-2', 'meeting-3', 'meeting-5', 'unscheduled', 'meeting-4', 'meeting-1']);
    expect(layout.unscheduled).toMatchObject({ name: UNSCHEDULED_NAME, meeting: null, isOpen: true });
  });

  it('names meetings in words, with the time only when two share a day', () => {
    const byId = new Map(allGroups(layout).map((group) => [group.meeting?.id ?? 0, group]));
    expect(byId.get(2)).toMatchObject({ name: 'Tuesday, 1 December 2026', shortName: '1 December 2026' });
    expect(byId.get(3)?.shortName).toBe('9 March 2027, 10.00 am');
    expect(byId.get(5)?.shortName).toBe('9 March 2027, 2.00 pm');
  });

  it('keeps each meeting’s items in their order', () => {
    expect(layout.upcoming[1]?.items.map((entry) => entry.id)).toEqual([11, 10]);
    expect(layout.unscheduled.items.map((entry) => entry.id)).toEqual([12]);
  });

  it('offers as destinations only other groups that still take items: not minuted, cancelled or past meetings', () => {
    const layoutWithPastHeld = layoutBoard([meeting(7, '2026-11-03', 'held'), ...meetings], items, TODAY);
    expect(allGroups(layoutWithPastHeld).filter((group) => group.isOpen).map((group) => group.key)).toEqual(['meeting-6', 'meeting-2', 'meeting-3', 'meeting-5', 'unscheduled']);
    const december = layout.upcoming[1];
    if (!december) throw new Error('no December group');
    expect(destinationsFrom(layout, december).map((group) => group.key)).toEqual(['meeting-6', 'meeting-3', 'meeting-5', 'unscheduled']);
  });

  it('keeps only a minuted meeting’s items in place as the record; a held or cancelled meeting’s items can still be moved on', () => {
    const layoutWithPastHeld = layoutBoard([meeting(7, '2026-11-03', 'held'), ...meetings], items, TODAY);
    expect(allGroups(layoutWithPastHeld).filter((group) => group.isRecord).map((group) => group.key)).toEqual(['meeting-1']);
  });

  it('works out the position a dropped item takes, not counting itself', () => {
    const december = layout.upcoming[1];
    if (!december) throw new Error('no December group');
    expect(dropPosition(december, 10, 11)).toBe(1);
    expect(dropPosition(december, 10, null)).toBe(2);
    expect(dropPosition(december, 12, null)).toBe(3);
    expect(dropPosition(december, 12, 10)).toBe(2);
    expect(isSamePlace(items[0] ?? item(0, null, 1), december, 2)).toBe(true);
    expect(isSamePlace(items[0] ?? item(0, null, 1), december, 1)).toBe(false);
    expect(isSamePlace(items[0] ?? item(0, null, 1), layout.unscheduled, 2)).toBe(false);
  });

  it('announces a move in words', () => {
    const december = layout.upcoming[1];
    if (!december) throw new Error('no December group');
    expect(movedMessage(item(11, 2, 1, 'Care leavers’ accommodation'), december)).toBe('Moved “Care leavers’ accommodation” to Tuesday, 1 December 2026, position 1 of 2');
  });
});
