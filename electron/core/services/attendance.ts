import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Minutes } from '../../../shared/api/methods/minutes';
import { CoreError } from '../errors';
import { existingPersonIds, listAttendanceByStatus, replaceAttendance } from '../repositories/attendance';
import { listMeetingEntries } from '../repositories/minutes';
import { describeMeeting, loadWritableMeeting } from './minutes';
import { audit, inTransaction, type ServiceContext } from './unit-of-work';

/**
 * Replaces who attended a meeting. The list's own rules (each person once,
 * one chair) are checked by the schema; here, that the people exist and that
 * a partial attendance runs forwards over this meeting's minutes.
 */
export function setAttendance(ctx: ServiceContext, input: ApiParsedInput<'minutes/setAttendance'>): Minutes['attendance'] {
  const { meetingId, attendees } = input;
  return inTransaction(ctx, () => {
    const meeting = loadWritableMeeting(ctx, meetingId);
    const people = existingPersonIds(ctx.db, attendees.map((attendee) => attendee.personId));
    const entries = new Map(listMeetingEntries(ctx.db, meetingId).map((entry) => [entry.id, entry]));
    attendees.forEach((attendee, index) => {
      const field = `attendees.${index}`;
      if (!people.has(attendee.personId)) throw new CoreError('not_found', `${field}.personId: there is no person with id ${attendee.personId}.`);
      const from = minuteOfMeeting(entries, attendee.fromMinuteId, `${field}.fromMinuteId`);
      const to = minuteOfMeeting(entries, attendee.toMinuteId, `${field}.toMinuteId`);
      if (from && to && from.position > to.position) {
        throw new CoreError('invalid_input', `${field}.toMinuteId: the last minute attended (${to.reference}) comes before the first (${from.reference}). Swap them.`);
      }
    });
    replaceAttendance(ctx.db, meetingId, attendees);
    const attendance = listAttendanceByStatus(ctx.db, meetingId);
    const counts = `${attendance.present.length} present, ${attendance.apologies.length} apologies, ${attendance.alsoAttending.length} also attending, ${attendance.absent.length} absent`;
    audit(ctx, 'update', 'attendance', meetingId, `Attendance at the ${describeMeeting(meeting)}: ${counts}`);
    return attendance;
  });
}

function minuteOfMeeting<Entry>(entries: ReadonlyMap<number, Entry>, minuteId: number | null | undefined, field: string): Entry | undefined {
  if (minuteId === null || minuteId === undefined) return undefined;
  const entry = entries.get(minuteId);
  if (entry === undefined) throw new CoreError('invalid_input', `${field}: minute ${minuteId} is not one of this meeting’s minutes. Choose a minute of this meeting.`);
  return entry;
}
