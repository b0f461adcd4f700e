import { dateFromIso, formatClockTime, formatLongDate } from '../../../../shared/format/dates';
import { EmptyState } from '../../components/EmptyState';
import { hashFor } from '../../sections';
import { MEETING_STATUS_NAMES } from './pack-words';
import { useMeetingList } from './use-meetings';

/** Every meeting, newest first, each opening its page. */
export function MeetingList() {
  const meetings = useMeetingList();
  if (meetings.isLoading) return <p>Loading meetings…</p>;
  if (!meetings.value || meetings.value.length === 0) {
    return (
      <EmptyState title="No meetings yet">
        <p>Meetings come from a committee’s schedule. Each shows its agenda, which papers are still missing by the report deadline, and the packs issued.</p>
      </EmptyState>
    );
  }
  const newestFirst = [...meetings.value].reverse();
  return (
    <ul className="pack-meetings" aria-label="Meetings">
      {newestFirst.map((meeting) => (
        <li key={meeting.id}>
          <a href={hashFor('meetings', meeting.id)}>
            {meeting.committeeName}: {formatLongDate(dateFromIso(meeting.meetingDate))}
          </a>
          <span className="pack-meetings__meta">
            {meeting.startTime ? `${formatClockTime(meeting.startTime)} · ` : ''}
            {MEETING_STATUS_NAMES[meeting.status]} · {meeting.itemCount} {meeting.itemCount === 1 ? 'item' : 'items'}
            {meeting.toFollowCount > 0 ? ` · ${meeting.toFollowCount} to follow` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
