import { z } from 'zod';
import { method } from '../method';
import { id, isoDate, line, orderedIds, paragraph, requiredLine, richText, type RichText } from '../schema';

import type { AgendaItem, MeetingStatus } from './meetings';

export type { MeetingStatus };
export type AttendanceStatus = 'present' | 'apologies' | 'also_attending' | 'absent';
export type FollowUpStatus = 'open' | 'done' | 'dropped';

/** One minute of a held meeting; its reference is allocated by the app and renumbered as minutes are added or removed. */
export type MinuteEntry = {
  id: number;
  meetingId: number;
  agendaItemId: number | null;
  position: number;
  /** `{prefix}/{yy}/{n}`, e.g. CYP/OSG/18/15. */
  reference: string;
  numberingYear: number;
  sequenceNumber: number;
  heading: string;
  isPublicExcluded: boolean;
  discussion: RichText;
  createdAt: string;
  updatedAt: string;
};

/** A change that may have moved the references of later meetings' minutes (already issued ones, perhaps). */
export type Renumbering = {
  /** How many minutes of other meetings got a new reference. */
  renumbered: number;
};

/** One numbered decision ("RESOLVED 2"): its number is its position within the minute. */
export type Decision = {
  id: number;
  minuteEntryId: number;
  position: number;
  text: string;
};

/** Something a decision asked for, tracked until done and reported back. */
export type FollowUp = {
  id: number;
  decisionId: number;
  description: string;
  owner: string;
  ownerPersonId: number | null;
  /** The owner as shown: the linked person's name, or the owner text. */
  ownerName: string;
  dueDate: string | null;
  status: FollowUpStatus;
  completedOn: string | null;
  reportedMeetingId: number | null;
  notes: string;
  /** Open and due before today. */
  isOverdue: boolean;
  /** How many days past its due date an overdue follow-up is (0 when it is not overdue). */
  daysOverdue: number;
  createdAt: string;
  updatedAt: string;
};

/** A follow-up with where it came from, for the tracker across all committees and the recommendations monitor. */
export type FollowUpListing = FollowUp & {
  decisionText: string;
  decisionNumber: number;
  minuteEntryId: number;
  minuteReference: string;
  minuteHeading: string;
  /** The minute was taken with the public excluded: the follow-up stays out of public packs. */
  isMinutePublicExcluded: boolean;
  meetingId: number;
  meetingDate: string;
  committeeId: number;
  committeeName: string;
  /** The date of the meeting it is to be reported back to, when one is chosen. */
  reportedMeetingDate: string | null;
};

/** One person's attendance; fromReference/toReference bound a partial attendance. */
export type Attendee = {
  id: number;
  personId: number;
  honorific: string;
  fullName: string;
  status: AttendanceStatus;
  capacity: string;
  isChair: boolean;
  position: number;
  fromMinuteId: number | null;
  fromReference: string | null;
  toMinuteId: number | null;
  toReference: string | null;
};

export type MinuteEntryWithDecisions = MinuteEntry & { decisions: (Decision & { followUps: FollowUp[] })[] };

/** How a meeting's minutes were approved as a correct record by a later meeting, which locks them. */
export type MinutesApproval = {
  approvingMeetingId: number;
  approvingMeetingDate: string;
  /** The date recorded: the approving meeting's date. */
  approvedOn: string;
  /** Why the minutes can no longer be changed, as every refused change says it. */
  lockReason: string;
};

/** The earlier meeting whose minutes this meeting's "Minutes" item takes for approval (the one the pack prints). */
export type PreviousMinutes = {
  meetingId: number;
  meetingDate: string;
  approval: MinutesApproval | null;
};

/** A later meeting of the committee, offered to approve a meeting's minutes. */
export type ApprovingMeetingChoice = {
  meetingId: number;
  meetingDate: string;
  status: MeetingStatus;
  /** Null when this meeting can approve the minutes; otherwise why it cannot yet. */
  refusal: string | null;
};

/** The minutes of one meeting, as the minutes editor and the minutes document need them. */
export type Minutes = {
  meetingId: number;
  meetingDate: string;
  startTime: string | null;
  status: MeetingStatus;
  committeeId: number;
  committeeName: string;
  minutePrefix: string;
  attendance: {
    present: Attendee[];
    apologies: Attendee[];
    alsoAttending: Attendee[];
    absent: Attendee[];
  };
  entries: MinuteEntryWithDecisions[];
  /** Null until a later meeting approves the minutes; from then on every change is refused. */
  approval: MinutesApproval | null;
  previousMinutes: PreviousMinutes | null;
};

const optionalId = id.nullable().optional();

function requiredParagraph(label: string, max: number) {
  return paragraph(max).trim().min(1, `Give ${label}.`);
}

const entryFields = {
  heading: requiredLine('the minute’s heading', 300),
  agendaItemId: optionalId,
  isPublicExcluded: z.boolean().optional(),
  discussion: richText.optional(),
};

const attendee = z
  .object({
    personId: id,
    status: z.enum(['present', 'apologies', 'also_attending', 'absent']),
    capacity: line(300).optional(),
    isChair: z.boolean().optional(),
    fromMinuteId: optionalId,
    toMinuteId: optionalId,
  })
  .strict();

/** Rules that need only the list itself: each person once, one chair, partial attendance only for those there. */
const attendees = z
  .array(attendee)
  .max(500)
  .superRefine((list, issues) => {
    const seen = new Set<number>();
    let chairs = 0;
    list.forEach((entry, index) => {
      if (seen.has(entry.personId)) {
        issues.addIssue({ code: 'custom', path: [index, 'personId'], message: `person ${entry.personId} is listed more than once; list each person once.` });
      }
      seen.add(entry.personId);
      const isThere = entry.status === 'present' || entry.status === 'also_attending';
      if (entry.isChair === true) {
        chairs += 1;
        if (entry.status !== 'present') issues.addIssue({ code: 'custom', path: [index, 'isChair'], message: 'only someone present can be in the Chair.' });
        else if (chairs > 1) issues.addIssue({ code: 'custom', path: [index, 'isChair'], message: 'only one person can be in the Chair.' });
      }
      if (!isThere && (entry.fromMinuteId ?? entry.toMinuteId ?? null) !== null) {
        issues.addIssue({ code: 'custom', path: [index, 'fromMinuteId'], message: 'only someone present or also attending can attend part of a meeting.' });
      }
    });
  });

const followUpStatus = z.enum(['open', 'done', 'dropped']);

const followUpFields = {
  description: requiredParagraph('what is to be done', 2000),
  owner: line(200).optional(),
  ownerPersonId: optionalId,
  dueDate: isoDate.nullable().optional(),
};

export const minuteMethods = {
  'minutes/get': method<Minutes>()(
    z.object({ meetingId: id }).strict(),
    'The minutes of a meeting: attendance by status, and the minute entries in order with their decisions and follow-ups',
  ),
  'minutes/addEntry': method<MinuteEntry & Renumbering>()(
    z.object({ meetingId: id, ...entryFields }).strict(),
    'Add a minute at the end of a held meeting; its reference is allocated, and later meetings’ references move up when needed',
  ),
  'minutes/updateEntry': method<MinuteEntry>()(
    z.object({ id, ...entryFields, heading: entryFields.heading.optional() }).strict(),
    'Change a minute’s heading, agenda item, public exclusion or discussion',
  ),
  'minutes/reorderEntries': method<MinuteEntry[]>()(
    z.object({ meetingId: id, ids: orderedIds }).strict(),
    'Put a meeting’s minutes in a new order; the meeting’s block of references is reassigned in that order',
  ),
  'minutes/deleteEntry': method<{ id: number } & Renumbering>()(
    z.object({ id }).strict(),
    'Delete a minute with its decisions and follow-ups; later references close up',
  ),
  'minutes/setAttendance': method<Minutes['attendance']>()(
    z.object({ meetingId: id, attendees }).strict(),
    'Replace the attendance of a meeting: present, apologies, also attending, absent; partial attendance over a range of minutes',
  ),
  'minutes/startFromAgenda': method<{ created: number; entries: MinuteEntry[] } & Renumbering>()(
    z.object({ meetingId: id }).strict(),
    'Add a minute for each agenda item not yet minuted, in agenda order, headed with the item’s title; items after the exclusion of the public and exempt items are marked public excluded. Running it again adds nothing new',
  ),
  'minutes/attendanceFromMembership': method<{ added: number; attendance: Minutes['attendance'] }>()(
    z.object({ meetingId: id }).strict(),
    'Add the committee’s members for the meeting’s municipal year as present (the chair in the Chair) and its executive members and officers as also attending; people already listed are left as they are',
  ),
  'minutes/approvingMeetings': method<ApprovingMeetingChoice[]>()(
    z.object({ meetingId: id }).strict(),
    'The committee’s later meetings, each saying whether it can approve this meeting’s minutes',
  ),
  'minutes/approve': method<MinutesApproval>()(
    z.object({ meetingId: id, approvingMeetingId: id, recordOnMinuteEntryId: id.optional() }).strict(),
    'Record that a later meeting of the committee approved the minutes as a correct record: they become minuted and locked. With recordOnMinuteEntryId, the approving meeting’s minute also gets the decision saying so',
  ),
  'minutes/addDecision': method<Decision>()(
    z.object({ minuteEntryId: id, text: requiredParagraph('the decision', 10_000) }).strict(),
    'Add a numbered decision at the end of a minute',
  ),
  'minutes/updateDecision': method<Decision>()(
    z.object({ id, text: requiredParagraph('the decision', 10_000) }).strict(),
    'Change the text of a decision',
  ),
  'minutes/reorderDecisions': method<Decision[]>()(
    z.object({ minuteEntryId: id, ids: orderedIds }).strict(),
    'Renumber a minute’s decisions in a new order',
  ),
  'minutes/deleteDecision': method<{ id: number }>()(
    z.object({ id }).strict(),
    'Delete a decision and its follow-ups; the decisions after it are renumbered',
  ),
  'followUps/list': method<FollowUpListing[]>()(
    z.object({ status: followUpStatus.optional(), committeeId: id.optional(), meetingId: id.optional() }).strict(),
    'Follow-ups across the workspace, by due date (undated last), with the decision and minute they came from',
  ),
  'followUps/create': method<FollowUpListing>()(
    z.object({ decisionId: id, ...followUpFields }).strict(),
    'Record a follow-up raised by a decision',
  ),
  'followUps/update': method<FollowUpListing>()(
    z
      .object({
        id,
        ...followUpFields,
        description: followUpFields.description.optional(),
        status: followUpStatus.optional(),
        completedOn: isoDate.nullable().optional(),
        reportedMeetingId: optionalId,
        notes: paragraph(10_000).optional(),
      })
      .strict(),
    'Change a follow-up; marking it done or dropped records today as the day it was closed unless another is given',
  ),
  'followUps/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a follow-up'),
  'followUps/addMonitorToAgenda': method<AgendaItem>()(
    z.object({ meetingId: id }).strict(),
    'Put the “Recommendations monitor” item on a meeting’s agenda, with the committee’s monitor paper (made once, then reused), before any private items',
  ),
} as const;
