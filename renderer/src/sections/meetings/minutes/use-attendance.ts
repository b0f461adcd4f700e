import type { ApiInput } from '../../../../../shared/api/contract';
import type { Attendee, Minutes } from '../../../../../shared/api/methods/minutes';
import { useMinutesEditing } from './minutes-context';

/** One person's attendance as minutes/setAttendance takes it. */
export type AttendeeValues = ApiInput<'minutes/setAttendance'>['attendees'][number] & { personId: number };

/** Everyone listed, in list order, across the status groups. */
export function attendeesOf(attendance: Minutes['attendance']): Attendee[] {
  return [...attendance.present, ...attendance.apologies, ...attendance.alsoAttending, ...attendance.absent].sort((a, b) => a.position - b.position);
}

function valuesOf(attendee: Attendee): AttendeeValues {
  return {
    personId: attendee.personId,
    status: attendee.status,
    capacity: attendee.capacity,
    isChair: attendee.isChair,
    fromMinuteId: attendee.fromMinuteId,
    toMinuteId: attendee.toMinuteId,
  };
}

/** Someone who is not there can be neither in the Chair nor there for part of the meeting. */
function tidy(values: AttendeeValues): AttendeeValues {
  const isThere = values.status === 'present' || values.status === 'also_attending';
  return {
    ...values,
    isChair: values.status === 'present' && values.isChair === true,
    fromMinuteId: isThere ? (values.fromMinuteId ?? null) : null,
    toMinuteId: isThere ? (values.toMinuteId ?? null) : null,
  };
}

export type AttendanceEditing = {
  /** Changes one person's attendance and saves the whole list; true when saved. */
  change: (personId: number, changes: Partial<AttendeeValues>, message: string) => Promise<boolean>;
  add: (values: AttendeeValues, message: string) => Promise<boolean>;
  remove: (personId: number, message: string) => Promise<boolean>;
};

/** Attendance changes, each saved at once as the whole list (the engine checks it as one). */
export function useAttendanceEditing(): AttendanceEditing {
  const { meeting, minutes, run, announce } = useMinutesEditing();
  const current = attendeesOf(minutes.attendance).map(valuesOf);

  const save = async (attendees: AttendeeValues[], message: string) => {
    const saved = await run('minutes/setAttendance', { meetingId: meeting.id, attendees: attendees.map(tidy) });
    if (saved !== null) announce(message);
    return saved !== null;
  };
  return {
    change: (personId, changes, message) => {
      // Only one person can be in the Chair: choosing a new chair stands the old one down.
      const standDown = changes.isChair === true;
      return save(
        current.map((values) => (values.personId === personId ? { ...values, ...changes } : standDown ? { ...values, isChair: false } : values)),
        message,
      );
    },
    add: (values, message) => save([...current, values], message),
    remove: (personId, message) => save(current.filter((values) => values.personId !== personId), message),
  };
}
