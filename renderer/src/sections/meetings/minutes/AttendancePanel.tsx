import { useState } from 'react';
import type { AttendanceStatus, Attendee, Minutes } from '../../../../../shared/api/methods/minutes';
import { AddAttendee } from './AddAttendee';
import { AttendeeRow, LockedAttendeeRow } from './AttendeeRow';
import { useMinutesEditing } from './minutes-context';
import { ATTENDANCE_NAMES } from './minutes-words';

const GROUPS: { status: AttendanceStatus; key: keyof Minutes['attendance'] }[] = [
  { status: 'present', key: 'present' },
  { status: 'apologies', key: 'apologies' },
  { status: 'also_attending', key: 'alsoAttending' },
  { status: 'absent', key: 'absent' },
];

/** Who was there: present (one in the Chair, some for part of the meeting), apologies, also attending. */
export function AttendancePanel() {
  const { meeting, minutes, isLocked, run, announce } = useMinutesEditing();
  const [isFilling, setFilling] = useState(false);
  const total = GROUPS.reduce((sum, group) => sum + minutes.attendance[group.key].length, 0);

  const fill = async () => {
    setFilling(true);
    const filled = await run('minutes/attendanceFromMembership', { meetingId: meeting.id });
    setFilling(false);
    if (filled === null) return;
    announce(filled.added === 0 ? 'Everyone in the membership is already listed.' : `${filled.added} ${filled.added === 1 ? 'person' : 'people'} added from the membership.`);
  };

  return (
    <section className="minutes-attendance" aria-labelledby="minutes-attendance-heading">
      <h3 id="minutes-attendance-heading">Attendance</h3>
      {!isLocked && (
        <div className="minutes-actions">
          <button type="button" className="button-secondary" onClick={() => void fill()} disabled={isFilling} aria-describedby="minutes-fill-hint">
            Fill from the membership
          </button>
          <p id="minutes-fill-hint" className="hint">
            Adds the committee’s members for the meeting’s year as present and its executive members and officers as also attending. People already listed keep what is recorded for them.
          </p>
        </div>
      )}
      {total === 0 && <p className="hint">Nobody is listed yet.</p>}
      {GROUPS.map(({ status, key }) => (
        <AttendanceGroup key={status} status={status} attendees={minutes.attendance[key]} />
      ))}
      {!isLocked && <AddAttendee />}
    </section>
  );
}

function AttendanceGroup({ status, attendees }: { status: AttendanceStatus; attendees: readonly Attendee[] }) {
  const { isLocked } = useMinutesEditing();
  if (attendees.length === 0) return null;
  const caption = `${ATTENDANCE_NAMES[status]} (${attendees.length})`;
  const isThere = status === 'present' || status === 'also_attending';
  if (isLocked) {
    return (
      <table className="minutes-table minutes-table--locked">
        <caption>{caption}</caption>
        <colgroup><col className="col-name" /><col className="col-capacity" />{isThere && <col className="col-range" />}</colgroup>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Capacity</th>{isThere && <th scope="col">Attended</th>}</tr>
        </thead>
        <tbody>{attendees.map((attendee) => <LockedAttendeeRow key={attendee.personId} attendee={attendee} isThere={isThere} />)}</tbody>
      </table>
    );
  }
  return (
    <table className="minutes-table">
      <caption>{caption}</caption>
      <colgroup>
        <col className="col-name" />
        <col className="col-capacity" />
        <col className="col-status" />
        {isThere && <col className="col-range" />}
        <col className="col-actions" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Capacity</th>
          <th scope="col">Attendance</th>
          {isThere && <th scope="col">Minutes attended</th>}
          <th scope="col"><span className="visually-hidden">Actions</span></th>
        </tr>
      </thead>
      <tbody>{attendees.map((attendee) => <AttendeeRow key={attendee.personId} attendee={attendee} isThere={isThere} />)}</tbody>
    </table>
  );
}
