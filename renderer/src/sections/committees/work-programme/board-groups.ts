// How the board lays out a committee's work programme: one group per meeting
// and one for the items still to be scheduled. Pure, so the layout and the
// words a screen reader hears after a move are worked out in one place.
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../../../../shared/api/methods/work-programme';
import { formatClockTime, longDate, shortDate } from '../../../../../shared/format/dates';

/** One list on the board: a meeting's items, or (meeting null) the items to be scheduled. */
export type ProgrammeGroup = {
  /** "meeting-5" or "unscheduled": stable across reloads, used for drop targets and focus. */
  key: string;
  meeting: MeetingSummary | null;
  /** "Tuesday, 1 December 2026" or "Items to be scheduled". */
  name: string;
  /** For the narrow "Move to…" list: "1 December 2026" (with the time when two meetings share the day). */
  shortName: string;
  items: WorkProgrammeItem[];
  /**
   * Whether the board offers to schedule items for the meeting: not once it is
   * minuted or cancelled (the service refuses those), nor once it has taken
   * place (items are rescheduled forwards, never into the past).
   */
  isOpen: boolean;
  /** A minuted meeting: its items are the record of what it considered, kept in place (the service refuses moves and deletions). */
  isRecord: boolean;
};

export type BoardLayout = {
  /** Meetings on or after today, soonest first. */
  upcoming: ProgrammeGroup[];
  unscheduled: ProgrammeGroup;
  /** Meetings before today, most recent first (shown collapsed). */
  earlier: ProgrammeGroup[];
};

export const UNSCHEDULED_NAME = 'Items to be scheduled';

export function groupKeyOf(meetingId: number | null): string {
  return meetingId === null ? 'unscheduled' : `meeting-${meetingId}`;
}

/** Splits the committee's meetings and items into the board's groups; `today` is YYYY-MM-DD. */
export function layoutBoard(meetings: readonly MeetingSummary[], items: readonly WorkProgrammeItem[], today: string): BoardLayout {
  const itemsOf = (meetingId: number | null) =>
    items.filter((item) => item.meetingId === meetingId).sort((a, b) => a.position - b.position || a.id - b.id);
  const groups = [...meetings]
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || (a.startTime ?? '').localeCompare(b.startTime ?? ''))
    .map((meeting): ProgrammeGroup => ({
      key: groupKeyOf(meeting.id),
      meeting,
      name: longDate(meeting.meetingDate),
      shortName: shortNameOf(meeting, meetings),
      items: itemsOf(meeting.id),
      isOpen: meeting.status !== 'minuted' && meeting.status !== 'cancelled' && meeting.meetingDate >= today,
      isRecord: meeting.status === 'minuted',
    }));
  return {
    upcoming: groups.filter((group) => (group.meeting?.meetingDate ?? '') >= today),
    unscheduled: { key: groupKeyOf(null), meeting: null, name: UNSCHEDULED_NAME, shortName: UNSCHEDULED_NAME, items: itemsOf(null), isOpen: true, isRecord: false },
    earlier: groups.filter((group) => (group.meeting?.meetingDate ?? '') < today).reverse(),
  };
}

function shortNameOf(meeting: MeetingSummary, meetings: readonly MeetingSummary[]): string {
  const isShared = meetings.some((other) => other.id !== meeting.id && other.meetingDate === meeting.meetingDate);
  return isShared && meeting.startTime ? `${shortDate(meeting.meetingDate)}, ${formatClockTime(meeting.startTime)}` : shortDate(meeting.meetingDate);
}

/** Every group, in the order the board shows them. */
export function allGroups(layout: BoardLayout): ProgrammeGroup[] {
  return [...layout.upcoming, layout.unscheduled, ...layout.earlier];
}

/** Where an item can be moved to from `from`: every other group that still takes items. */
export function destinationsFrom(layout: BoardLayout, from: ProgrammeGroup): ProgrammeGroup[] {
  return allGroups(layout).filter((group) => group.key !== from.key && group.isOpen);
}

/**
 * The position (from 1) a dragged item takes when dropped before `beforeId`
 * (or at the end, when null), counted in the list without the item itself.
 */
export function dropPosition(group: ProgrammeGroup, itemId: number, beforeId: number | null): number {
  const others = group.items.filter((item) => item.id !== itemId);
  const index = beforeId === null ? -1 : others.findIndex((item) => item.id === beforeId);
  return (index === -1 ? others.length : index) + 1;
}

/** Whether putting the item at `position` of `group` would change nothing. */
export function isSamePlace(item: WorkProgrammeItem, group: ProgrammeGroup, position: number): boolean {
  return item.meetingId === (group.meeting?.id ?? null) && item.position === position;
}

/** The announcement after a move: "Moved “Care leavers offer” to Tuesday, 1 December 2026, position 2 of 3". */
export function movedMessage(item: WorkProgrammeItem, group: ProgrammeGroup): string {
  return `Moved “${item.item}” to ${group.name}, position ${item.position} of ${group.items.length}`;
}
