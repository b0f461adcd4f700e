import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { AttendanceStatus } from '../../../../../shared/api/methods/minutes';
import { useWorkspaceRead } from '../../../hooks/use-workspace-read';
import { useMinutesEditing } from './minutes-context';
import { ATTENDANCE_NAMES, attendeeName } from './minutes-words';
import { attendeesOf, useAttendanceEditing } from './use-attendance';

const STATUSES = Object.keys(ATTENDANCE_NAMES) as AttendanceStatus[];

/** Adds one person from the workspace's people, with how they attended. */
export function AddAttendee() {
  const { minutes } = useMinutesEditing();
  const editing = useAttendanceEditing();
  const people = useWorkspaceRead('people/list', {});
  const id = useId();
  const personSelect = useRef<HTMLSelectElement>(null);
  const [personId, setPersonId] = useState('');
  const [status, setStatus] = useState<AttendanceStatus>('present');
  const [capacity, setCapacity] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listed = new Set(attendeesOf(minutes.attendance).map((attendee) => attendee.personId));
  const choices = (people.value ?? []).filter((person) => !listed.has(person.id));

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const person = choices.find((candidate) => candidate.id === Number(personId));
    if (person === undefined) {
      setError('Choose the person to add.');
      personSelect.current?.focus();
      return;
    }
    const name = attendeeName(person);
    const added = await editing.add({ personId: person.id, status, capacity: capacity.trim() }, `${name} added as ${ATTENDANCE_NAMES[status].toLowerCase()}.`);
    if (!added) return;
    setPersonId('');
    setCapacity('');
    setError(null);
    personSelect.current?.focus();
  };

  return (
    <form className="minutes-add-person" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Add someone</h4>
      {error && <p id={`${id}-error`} className="minutes-error">{error}</p>}
      <div className="minutes-add-person__fields">
        <div className="minutes-field">
          <label htmlFor={`${id}-person`}>Person</label>
          <select
            ref={personSelect}
            id={`${id}-person`}
            value={personId}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => { setPersonId(event.target.value); }}
          >
            <option value="">{people.isLoading ? 'Loading people…' : 'Choose a person'}</option>
            {choices.map((person) => (
              <option key={person.id} value={person.id}>{attendeeName(person)}{person.jobTitle ? ` – ${person.jobTitle}` : ''}</option>
            ))}
          </select>
        </div>
        <div className="minutes-field">
          <label htmlFor={`${id}-status`}>Attendance</label>
          <select id={`${id}-status`} value={status} onChange={(event) => { setStatus(event.target.value as AttendanceStatus); }}>
            {STATUSES.map((option) => <option key={option} value={option}>{ATTENDANCE_NAMES[option]}</option>)}
          </select>
        </div>
        <div className="minutes-field">
          <label htmlFor={`${id}-capacity`}>Capacity <span className="minutes-optional">(optional)</span></label>
          <input id={`${id}-capacity`} type="text" value={capacity} maxLength={300} onChange={(event) => { setCapacity(event.target.value); }} />
        </div>
        <button type="submit" className="button-secondary">Add to the attendance</button>
      </div>
    </form>
  );
}
