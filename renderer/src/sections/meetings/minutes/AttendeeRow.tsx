import { useState } from 'react';
import type { AttendanceStatus, Attendee } from '../../../../../shared/api/methods/minutes';
import { useMinutesEditing } from './minutes-context';
import { ATTENDANCE_NAMES, attendeeName, entryLabel, rangeWords } from './minutes-words';
import { useAttendanceEditing } from './use-attendance';

const STATUSES = Object.keys(ATTENDANCE_NAMES) as AttendanceStatus[];

/** Focus follows a person whose row moved to another group. */
function refocus(personId: number) {
  requestAnimationFrame(() => { document.getElementById(`minutes-attendee-${personId}-status`)?.focus(); });
}

/** One person, with everything about their attendance changeable in place and saved at once. */
export function AttendeeRow({ attendee, isThere }: { attendee: Attendee; isThere: boolean }) {
  const editing = useAttendanceEditing();
  const [capacity, setCapacity] = useState(attendee.capacity);
  // A capacity saved elsewhere (filled from the membership, say) replaces what the box shows.
  const [shown, setShown] = useState(attendee.capacity);
  if (shown !== attendee.capacity) {
    setShown(attendee.capacity);
    setCapacity(attendee.capacity);
  }
  const name = attendeeName(attendee);
  const base = `minutes-attendee-${attendee.personId}`;

  const saveCapacity = () => {
    if (capacity.trim() === attendee.capacity.trim()) return;
    void editing.change(attendee.personId, { capacity: capacity.trim() }, `Capacity of ${name} saved.`);
  };
  const changeStatus = async (status: AttendanceStatus) => {
    if (await editing.change(attendee.personId, { status }, `${name} moved to ${ATTENDANCE_NAMES[status].toLowerCase()}.`)) refocus(attendee.personId);
  };
  return (
    <tr>
      <th scope="row" className="minutes-table__name">
        <span>{name}</span>
        {attendee.status === 'present' && (
          <span className="minutes-chair">
            <input
              type="checkbox"
              id={`${base}-chair`}
              checked={attendee.isChair}
              onChange={(event) => void editing.change(attendee.personId, { isChair: event.target.checked }, event.target.checked ? `${name} is in the Chair.` : `${name} is no longer in the Chair.`)}
            />
            <label htmlFor={`${base}-chair`}>In the Chair</label>
          </span>
        )}
      </th>
      <td>
        <label className="visually-hidden" htmlFor={`${base}-capacity`}>Capacity of {name}</label>
        <input
          id={`${base}-capacity`}
          type="text"
          className="minutes-table__capacity"
          value={capacity}
          maxLength={300}
          onChange={(event) => { setCapacity(event.target.value); }}
          onBlur={saveCapacity}
          onKeyDown={(event) => { if (event.key === 'Enter') saveCapacity(); }}
        />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${base}-status`}>Attendance of {name}</label>
        <select id={`${base}-status`} value={attendee.status} onChange={(event) => void changeStatus(event.target.value as AttendanceStatus)}>
          {STATUSES.map((status) => <option key={status} value={status}>{ATTENDANCE_NAMES[status]}</option>)}
        </select>
      </td>
      {isThere && (
        <td>
          <RangeField attendee={attendee} name={name} />
        </td>
      )}
      <td>
        <button type="button" className="button-secondary button-secondary--small button-secondary--danger" onClick={() => void editing.remove(attendee.personId, `${name} removed from the attendance.`)}>
          Remove<span className="visually-hidden"> {name}</span>
        </button>
      </td>
    </tr>
  );
}

/** Approved minutes: the attendance as it stands in the record (which minutes only for those who were there, not apologies or absences). */
export function LockedAttendeeRow({ attendee, isThere }: { attendee: Attendee; isThere: boolean }) {
  return (
    <tr>
      <th scope="row" className="minutes-table__name">
        <span>{attendeeName(attendee)}</span>
        {attendee.isChair && <span className="minutes-chair-tag">in the Chair</span>}
      </th>
      <td>{attendee.capacity}</td>
      {isThere && <td>{rangeWords(attendee) === '' ? 'The whole meeting' : rangeWords(attendee)}</td>}
    </tr>
  );
}

/**
 * Which minutes someone was there for: the whole meeting unless a range is
 * given, which the printed minutes show after their name. The choice stays
 * out of the way until asked for, as most people stay throughout.
 */
function RangeField({ attendee, name }: { attendee: Attendee; name: string }) {
  const { minutes } = useMinutesEditing();
  const editing = useAttendanceEditing();
  const base = `minutes-attendee-${attendee.personId}`;
  const hasRange = attendee.fromMinuteId !== null || attendee.toMinuteId !== null;
  const [isOpen, setOpen] = useState(hasRange);
  const entries = minutes.entries;

  if (entries.length === 0) return <span className="hint">The whole meeting</span>;
  if (!isOpen && !hasRange) {
    return (
      <span className="minutes-range__whole">
        The whole meeting
        <button
          type="button"
          className="button-secondary button-secondary--small"
          aria-expanded={false}
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => { document.getElementById(`${base}-from`)?.focus(); });
          }}
        >
          Part only…<span className="visually-hidden"> (choose the minutes {name} attended)</span>
        </button>
      </span>
    );
  }
  const change = (end: 'fromMinuteId' | 'toMinuteId', value: string) => {
    const minuteId = value === '' ? null : Number(value);
    const entry = entries.find((candidate) => candidate.id === minuteId);
    const words = end === 'fromMinuteId' ? (entry ? `from ${entry.reference}` : 'from the start') : entry ? `until ${entry.reference}` : 'until the end';
    void editing.change(attendee.personId, { [end]: minuteId }, `${name} attended ${words}.`);
  };
  const whole = async () => {
    if (hasRange && !(await editing.change(attendee.personId, { fromMinuteId: null, toMinuteId: null }, `${name} attended the whole meeting.`))) return;
    setOpen(false);
  };
  return (
    <div className="minutes-range">
      <label htmlFor={`${base}-from`}>From<span className="visually-hidden"> (first minute {name} attended)</span></label>
      <select id={`${base}-from`} value={attendee.fromMinuteId ?? ''} onChange={(event) => { change('fromMinuteId', event.target.value); }}>
        <option value="">the start</option>
        {entries.map((entry) => <option key={entry.id} value={entry.id}>{entryLabel(entry)}</option>)}
      </select>
      <label htmlFor={`${base}-to`}>to<span className="visually-hidden"> (last minute {name} attended)</span></label>
      <select id={`${base}-to`} value={attendee.toMinuteId ?? ''} onChange={(event) => { change('toMinuteId', event.target.value); }}>
        <option value="">the end</option>
        {entries.map((entry) => <option key={entry.id} value={entry.id}>{entryLabel(entry)}</option>)}
      </select>
      <span className="minutes-range__words">
        {rangeWords(attendee) === '' ? 'The whole meeting' : rangeWords(attendee)}
        <button type="button" className="button-secondary button-secondary--small" onClick={() => void whole()}>
          Whole meeting<span className="visually-hidden"> for {name}</span>
        </button>
      </span>
    </div>
  );
}
