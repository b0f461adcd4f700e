// Words and grouping for the recommendations and actions tracker: a
// follow-up's state is always written out; colour only repeats it.
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import { shortDate } from '../../../../../shared/format/dates';

/** What the status filter can pick: the stored statuses, and overdue (open and past its due date). */
export type StatusFilter = 'all' | 'open' | 'overdue' | 'done' | 'dropped';

export const STATUS_FILTERS: readonly { value: StatusFilter; label: string }[] = [
  { value: 'all', label: 'All follow-ups' },
  { value: 'open', label: 'Open' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
];

/** The owner filter's "everyone" value (an owner's name is never empty). */
export const EVERYONE = '';

/** "Overdue by 1 day", "Overdue by 12 days". */
export function overdueWords(days: number): string {
  return `Overdue by ${String(days)} ${days === 1 ? 'day' : 'days'}`;
}

/** The state in words: "Open", "Overdue by 12 days", "Done on 16 November 2026", "Dropped on 3 November 2026". */
export function statusWords(followUp: FollowUpListing): string {
  switch (followUp.status) {
    case 'open':
      return followUp.isOverdue ? overdueWords(followUp.daysOverdue) : 'Open';
    case 'done':
      return followUp.completedOn === null ? 'Done' : `Done on ${shortDate(followUp.completedOn)}`;
    case 'dropped':
      return followUp.completedOn === null ? 'Dropped' : `Dropped on ${shortDate(followUp.completedOn)}`;
  }
}

/** The modifier class that repeats the state in colour. */
export function statusTone(followUp: FollowUpListing): 'overdue' | 'open' | 'done' | 'dropped' {
  return followUp.status === 'open' && followUp.isOverdue ? 'overdue' : followUp.status;
}

/** Who is responsible, or a plain "Not assigned". */
export function ownerWords(followUp: FollowUpListing): string {
  return followUp.ownerName.trim() === '' ? 'Not assigned' : followUp.ownerName;
}

export function matchesFilters(followUp: FollowUpListing, status: StatusFilter, owner: string): boolean {
  if (owner !== EVERYONE && ownerWords(followUp) !== owner) return false;
  if (status === 'all') return true;
  if (status === 'overdue') return followUp.status === 'open' && followUp.isOverdue;
  return followUp.status === status;
}

export type MeetingGroup = { meetingId: number; meetingDate: string; followUps: FollowUpListing[] };

/** Follow-ups under the meeting that raised them, newest meeting first; in minute and decision order within one. */
export function groupByMeeting(followUps: readonly FollowUpListing[]): MeetingGroup[] {
  const groups = new Map<number, MeetingGroup>();
  for (const followUp of followUps) {
    const group = groups.get(followUp.meetingId) ?? { meetingId: followUp.meetingId, meetingDate: followUp.meetingDate, followUps: [] };
    group.followUps.push(followUp);
    groups.set(followUp.meetingId, group);
  }
  const byMinute = (a: FollowUpListing, b: FollowUpListing) =>
    a.minuteReference.localeCompare(b.minuteReference, 'en-GB', { numeric: true }) || a.decisionNumber - b.decisionNumber || a.id - b.id;
  return [...groups.values()]
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.meetingId - a.meetingId)
    .map((group) => ({ ...group, followUps: group.followUps.sort(byMinute) }));
}

/** "3 follow-ups: 1 open (1 overdue), 2 done." */
export function summaryWords(followUps: readonly FollowUpListing[]): string {
  const count = (status: FollowUpListing['status']) => followUps.filter((followUp) => followUp.status === status).length;
  const overdue = followUps.filter((followUp) => followUp.status === 'open' && followUp.isOverdue).length;
  const parts = [
    `${String(count('open'))} open${overdue > 0 ? ` (${String(overdue)} overdue)` : ''}`,
    `${String(count('done'))} done`,
    ...(count('dropped') > 0 ? [`${String(count('dropped'))} dropped`] : []),
  ];
  return `${String(followUps.length)} ${followUps.length === 1 ? 'follow-up' : 'follow-ups'}: ${parts.join(', ')}.`;
}
