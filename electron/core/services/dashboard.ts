// The home page's summary: what needs the committee officer's attention on a
// day, gathered from the calendar, agendas, follow-ups and action plans with
// a fixed handful of queries, however many meetings, plans and actions.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { MeetingTimetable } from '../../../shared/api/methods/calendar';
import type { DashboardMeeting, DashboardSummary, MissingPaper, OverdueFollowUp, OverduePlanActions } from '../../../shared/api/methods/dashboard';
import type { AgendaItem } from '../../../shared/api/methods/meetings';
import type { Action } from '../../../shared/api/methods/action-plans';
import { listPlans } from '../repositories/action-plans';
import { listOverdueActions } from '../repositories/actions';
import { listReportItemsWithoutPapers } from '../repositories/agenda-items';
import { listFollowUps } from '../repositories/follow-ups';
import { listMeetingTimetables } from './calendar';
import { todayOf, type ServiceContext } from './unit-of-work';

/** Enough meetings to see the next few weeks of every committee without crowding the page. */
const NEXT_MEETING_LIMIT = 8;
/** A plan's first overdue actions shown; the count says how many more there are. */
const OVERDUE_ACTIONS_SHOWN = 5;

/** The summary as it stands on `today` (the clock's day by default). */
export function dashboardSummary(ctx: ServiceContext, input: ApiParsedInput<'dashboard/summary'>): DashboardSummary {
  const today = input.today ?? todayOf(ctx);
  const onDay = contextOn(ctx, today);
  return {
    today,
    nextMeetings: nextMeetings(onDay, today),
    overdueFollowUps: overdueFollowUps(ctx, today),
    overdueActions: overdueActions(ctx, today),
  };
}

/**
 * The calendar services judge "missed" by the clock, so
 * a summary asked for another day runs them on a clock set to that day. Noon
 * UTC falls on the same date in the UK in summer and winter alike.
 */
function contextOn(ctx: ServiceContext, today: string): ServiceContext {
  if (today === todayOf(ctx)) return ctx;
  const moment = new Date(`${today}T12:00:00Z`);
  return { ...ctx, now: () => moment };
}

/** Meetings not yet minuted from today on, soonest first, each with its report items that have no paper. */
function nextMeetings(ctx: ServiceContext, today: string): DashboardMeeting[] {
  const timetables = listMeetingTimetables(ctx, { from: today }).filter((timetable) => timetable.status !== 'minuted').slice(0, NEXT_MEETING_LIMIT);
  const missing = groupByMeeting(listReportItemsWithoutPapers(ctx.db, timetables.map((timetable) => timetable.meetingId)));
  return timetables.map((timetable) => ({
    meetingId: timetable.meetingId,
    committeeName: timetable.committeeName,
    meetingDate: timetable.meetingDate,
    status: timetable.status,
    timetable,
    missingPapers: (missing.get(timetable.meetingId) ?? []).map((item) => missingPaper(item, timetable, today)),
  }));
}

function missingPaper(item: AgendaItem, timetable: MeetingTimetable, today: string): MissingPaper {
  return {
    agendaItemId: item.id,
    title: item.title,
    isToFollow: item.isToFollow,
    isPastDeadline: timetable.reportDeadline !== null && timetable.reportDeadline < today,
  };
}

function groupByMeeting(items: readonly AgendaItem[]): Map<number, AgendaItem[]> {
  const groups = new Map<number, AgendaItem[]>();
  for (const item of items) groups.set(item.meetingId, [...(groups.get(item.meetingId) ?? []), item]);
  return groups;
}

/** Open follow-ups due before today, by due date (the tracker's own rule for overdue). */
function overdueFollowUps(ctx: ServiceContext, today: string): OverdueFollowUp[] {
  return listFollowUps(ctx.db, { status: 'open' }, today)
    .filter((followUp) => followUp.isOverdue && followUp.dueDate !== null)
    .map((followUp) => ({
      followUpId: followUp.id,
      meetingId: followUp.meetingId,
      committeeName: followUp.committeeName,
      minuteReference: followUp.minuteReference,
      description: followUp.description,
      ownerName: followUp.ownerName,
      dueDate: followUp.dueDate ?? today,
    }));
}

/** Each live plan with overdue actions (not complete and due before today, as the plan view judges them), from one query. */
function overdueActions(ctx: ServiceContext, today: string): OverduePlanActions[] {
  const byPlan = new Map<number, (Action & { planId: number })[]>();
  for (const action of listOverdueActions(ctx.db, today)) {
    const list = byPlan.get(action.planId);
    if (list) list.push(action);
    else byPlan.set(action.planId, [action]);
  }
  return listPlans(ctx.db, {}).flatMap((plan) => {
    const overdue = byPlan.get(plan.id) ?? [];
    if (overdue.length === 0) return [];
    return [{
      planId: plan.id,
      planTitle: plan.title,
      overdueCount: overdue.length,
      actions: overdue.slice(0, OVERDUE_ACTIONS_SHOWN).map((action) => ({ actionId: action.id, description: action.description, owner: action.owner, dueDate: action.dueDate ?? '' })),
    }];
  });
}
