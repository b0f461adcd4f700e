import { z } from 'zod';
import { method } from '../method';
import { isoDate } from '../schema';
import type { MeetingTimetable } from './calendar';
import type { MeetingStatus } from './meetings';

/** A report the agenda expects that has no paper yet. */
export type MissingPaper = {
  agendaItemId: number;
  title: string;
  /** The author knowingly sends it late: still missing, but expected. */
  isToFollow: boolean;
  /** The meeting's report deadline has passed (false when it has none). */
  isPastDeadline: boolean;
};

/** A meeting still to come, with where its statutory timetable stands and which reports are missing. */
export type DashboardMeeting = {
  meetingId: number;
  committeeName: string;
  meetingDate: string;
  status: MeetingStatus;
  timetable: MeetingTimetable;
  missingPapers: MissingPaper[];
};

/** An open follow-up whose due date has passed. */
export type OverdueFollowUp = {
  followUpId: number;
  meetingId: number;
  committeeName: string;
  minuteReference: string;
  description: string;
  ownerName: string;
  dueDate: string;
};

/** One overdue action of a plan. */
export type OverdueAction = {
  actionId: number;
  description: string;
  owner: string;
  dueDate: string;
};

/** A live action plan with overdue actions: how many, and the first few by due date. */
export type OverduePlanActions = {
  planId: number;
  planTitle: string;
  overdueCount: number;
  actions: OverdueAction[];
};

/** What needs the committee officer's attention on a day. */
export type DashboardSummary = {
  /** YYYY-MM-DD: the day the summary was worked out for. */
  today: string;
  nextMeetings: DashboardMeeting[];
  overdueFollowUps: OverdueFollowUp[];
  overdueActions: OverduePlanActions[];
};

export const dashboardMethods = {
  'dashboard/summary': method<DashboardSummary>()(
    z.object({ today: isoDate.optional() }).strict(),
    'The next meetings with their timetable and missing reports, overdue follow-ups and overdue action-plan actions, as on a day (default today)',
  ),
} as const;
