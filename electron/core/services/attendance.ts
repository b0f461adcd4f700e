import type { ApiParsedInput } from '../../../shared/api/contract';
import { MEMBERSHIP_ROLE_LABELS, type Membership, type MembershipRole } from '../../../shared/api/methods/committees';
import type { Minutes } from '../../../shared/api/methods/minutes';
import { formatMunicipalYear, municipalYearOf } from '../../../shared/format/municipal-year';
import { CoreError } from '../errors';
import { existingPersonIds, listAttendance, listAttendanceByStatus, replaceAttendance, type AttendanceValues } from '../repositories/attendance';
import { listMemberships } from '../repositories/memberships';
import { getNumberingSettings, listMeetingEntries } from '../repositories/minutes';
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

/** Roles that sit on the committee; the others (executive members, directors, officers) attend to advise. */
const MEMBER_ROLES: ReadonlySet<MembershipRole> = new Set(['chair', 'vice_chair', 'member', 'co_opted_member']);

/**
 * Fills the attendance from the committee's membership for the meeting's
 * municipal year: members present (the chair in the Chair, unless someone
 * else already is), executive members and officers also attending. People
 * already listed keep what was recorded for them, so apologies and partial
 * attendance survive, and doing it twice adds nobody.
 */
export function attendanceFromMembership(ctx: ServiceContext, meetingId: number): { added: number; attendance: Minutes['attendance'] } {
  return inTransaction(ctx, () => {
    const meeting = loadWritableMeeting(ctx, meetingId);
    const year = municipalYearOf(meeting.meetingDate, getNumberingSettings(ctx.db).municipalYearStartMonth);
    const memberships = listMemberships(ctx.db, meeting.committeeId, year);
    if (memberships.length === 0) {
      throw new CoreError(
        'conflict',
        `The ${meeting.committeeName} has no membership recorded for ${formatMunicipalYear(year)}, the municipal year of this meeting. Add the year’s members on the committee’s page (or copy last year’s), or add people to the attendance one by one.`,
      );
    }
    const current: AttendanceValues[] = listAttendance(ctx.db, meetingId).map(({ personId, status, capacity, isChair, fromMinuteId, toMinuteId }) => ({
      personId,
      status,
      capacity,
      isChair,
      fromMinuteId,
      toMinuteId,
    }));
    const listed = new Set(current.map((attendee) => attendee.personId));
    let hasChair = current.some((attendee) => attendee.isChair === true);
    const added: AttendanceValues[] = [];
    for (const membership of memberships) {
      if (listed.has(membership.personId)) continue;
      listed.add(membership.personId);
      const isChair = membership.role === 'chair' && !hasChair;
      hasChair ||= isChair;
      const isMember = MEMBER_ROLES.has(membership.role);
      added.push({ personId: membership.personId, status: isMember ? 'present' : 'also_attending', capacity: capacityOf(membership, isMember), isChair });
    }
    if (added.length > 0) {
      replaceAttendance(ctx.db, meetingId, [...current, ...added]);
      audit(ctx, 'update', 'attendance', meetingId, `Attendance at the ${describeMeeting(meeting)}: ${added.length} added from the ${formatMunicipalYear(year)} membership`);
    }
    return { added: added.length, attendance: listAttendanceByStatus(ctx.db, meetingId) };
  });
}

/** Members sit as themselves (a co-opted member in the capacity recorded); others attend in their job. */
function capacityOf(membership: Membership, isMember: boolean): string {
  const recorded = membership.capacity.trim();
  if (recorded !== '' || isMember) return recorded;
  return membership.person.jobTitle.trim() !== '' ? membership.person.jobTitle.trim() : MEMBERSHIP_ROLE_LABELS[membership.role];
}
