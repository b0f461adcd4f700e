// What a progress report is drafted from: the plan as it stood on the day
// the report is "as at", the progress updates recorded since the committee
// last had a report on the plan, and who the report is for and from.
import type { ActionPlanView, ProgressUpdate } from '../../../shared/api/methods/action-plans';
import type { ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { Inspection } from '../../../shared/api/methods/inspections';
import type { Meeting } from '../../../shared/api/methods/meetings';
import type { Person } from '../../../shared/api/methods/people';
import { progressChains, updatesAsAt } from '../domain/progress-as-at';
import { CoreError } from '../errors';
import { getCommittee, getParentName } from '../repositories/committees';
import { latestPlanReportDate } from '../repositories/documents';
import { getInspection, listJudgements } from '../repositories/inspections';
import { latestMeetingWithPlanReport } from '../repositories/meetings';
import { getPerson, listPeople } from '../repositories/people';
import { listProgressOfPlan } from '../repositories/progress-updates';
import { listRecommendations } from '../repositories/recommendations';
import { getPlanView } from './plan-view';
import { shortDate } from './progress-report-text';
import { todayOf, type ServiceContext } from './unit-of-work';

/** Which report is being drafted: the plan, and the meeting (or at least the committee and date) it goes to. */
export type ReportTarget = {
  planId: number;
  committeeId: number | null;
  meeting: Meeting | null;
  /** The meeting's date, or the cover sheet's when the meeting cannot be found. */
  meetingDate: string | null;
  /** Set by the author; otherwise found from the last report. */
  since?: string | undefined;
  /** The report being drafted again, which is not its own "last report". */
  exceptDocumentId: number | null;
};

export type ContactOfficer = NonNullable<ReportCoverSheet['contactOfficers']>[number];

export type ReportFacts = {
  plan: ActionPlanView;
  inspection: (Inspection & { recommendationCount: number; overallGradeWords: string | null }) | null;
  committee: { name: string; parentName: string | null } | null;
  meetingDate: string | null;
  since: string | null;
  asAt: string;
  /** Updates dated after `since` up to `asAt`, each as it stood on `asAt`, by action id, oldest first. */
  updates: Map<number, ProgressUpdate[]>;
  contactOfficers: ContactOfficer[];
  /** Who the report is of: the owner's job as written after the name ("Name, Job title"), else their job on record, else the owner as written. */
  reportOf: string;
};

const GRADE_WORDS = { outstanding: 'outstanding', good: 'good', requires_improvement: 'requires improvement to be good', inadequate: 'inadequate' } as const;

/** Everything the report says, gathered in a handful of queries. */
export function gatherReportFacts(ctx: ServiceContext, target: ReportTarget): ReportFacts {
  const { since, asAt } = reportPeriod(ctx, target);
  const plan = getPlanView(ctx, { id: target.planId, asAt });
  const committee = target.committeeId === null ? null : getCommittee(ctx.db, target.committeeId);
  return {
    plan,
    inspection: inspectionOf(ctx, plan.inspectionId),
    committee: committee === null ? null : { name: committee.name, parentName: getParentName(ctx.db, committee.parentId) },
    meetingDate: target.meetingDate,
    since,
    asAt,
    updates: updatesInPeriod(ctx, plan, since, asAt),
    ...ownerDetails(ctx, plan.owner, committee?.contactOfficerId ?? null),
  };
}

/**
 * The period a report covers. It is as at the meeting's agenda issue date
 * (else its date), or today when that is still to come. It starts after the
 * last report: the one on the agenda of the committee's latest earlier
 * meeting, else the latest earlier report on the plan; a first report covers
 * everything.
 */
export function reportPeriod(ctx: ServiceContext, target: ReportTarget): { since: string | null; asAt: string } {
  const today = todayOf(ctx);
  const planned = target.meeting?.agendaIssueDate ?? target.meeting?.meetingDate ?? target.meetingDate ?? today;
  const asAt = planned > today ? today : planned;
  if (target.since !== undefined) {
    if (target.since >= asAt) {
      throw new CoreError(
        'invalid_input',
        `since: the report covers progress up to ${shortDate(asAt)}, so it must start before then, not on ${shortDate(target.since)}. Give an earlier date, or leave it out to start from the last report.`,
      );
    }
    return { since: target.since, asAt };
  }
  const before = target.meetingDate ?? asAt;
  const lastMeeting = latestMeetingWithPlanReport(ctx.db, { planId: target.planId, committeeId: target.committeeId, before });
  const since =
    lastMeeting !== null
      ? (lastMeeting.agendaIssueDate ?? lastMeeting.meetingDate)
      : latestPlanReportDate(ctx.db, { planId: target.planId, committeeId: target.committeeId, before, exceptId: target.exceptDocumentId });
  return { since, asAt };
}

function inspectionOf(ctx: ServiceContext, inspectionId: number | null): ReportFacts['inspection'] {
  if (inspectionId === null) return null;
  const inspection = getInspection(ctx.db, inspectionId);
  if (inspection === null) return null;
  // The overall grade is the inspection's own; an import may also have recorded it as a judgement.
  const overall = inspection.overallGrade ?? listJudgements(ctx.db, inspectionId).find((judgement) => /overall/i.test(judgement.area))?.grade ?? null;
  return {
    ...inspection,
    recommendationCount: listRecommendations(ctx.db, inspectionId).length,
    overallGradeWords: overall === null ? null : GRADE_WORDS[overall],
  };
}

function updatesInPeriod(ctx: ServiceContext, plan: ActionPlanView, since: string | null, asAt: string): Map<number, ProgressUpdate[]> {
  const shown = new Set(plan.entries.flatMap((entry) => entry.actions.map((action) => action.id)));
  const byAction = new Map<number, ProgressUpdate[]>();
  for (const row of listProgressOfPlan(ctx.db, plan.id)) {
    if (!shown.has(row.actionId)) continue;
    const rows = byAction.get(row.actionId);
    if (rows) rows.push(row);
    else byAction.set(row.actionId, [row]);
  }
  const updates = new Map<number, ProgressUpdate[]>();
  for (const [actionId, rows] of byAction) {
    const standing = updatesAsAt(progressChains(rows), asAt).filter((update) => since === null || update.updateDate > since);
    if (standing.length > 0) updates.set(actionId, standing);
  }
  return updates;
}

/**
 * The contact officers, the plan's owner then the committee's contact
 * officer, with the job title, telephone and e-mail the workspace holds for
 * them; and who the report is of. The owner is written "Name, Job title"; a
 * name no person record matches keeps the job title written there and no
 * telephone or e-mail.
 */
function ownerDetails(ctx: ServiceContext, owner: string, contactOfficerId: number | null): { contactOfficers: ContactOfficer[]; reportOf: string } {
  const officers: ContactOfficer[] = [];
  const [name = '', ...rest] = owner.split(',');
  const job = rest.join(',').trim();
  const person = name.trim() === '' ? null : personNamed(ctx, name.trim());
  if (name.trim() !== '') officers.push(person ? contactOf(person) : { name: name.trim(), jobTitle: job, phone: '', email: '' });
  const contact = contactOfficerId === null ? null : getPerson(ctx.db, contactOfficerId);
  if (contact && !officers.some((officer) => officer.name.toLowerCase() === contact.fullName.trim().toLowerCase())) officers.push(contactOf(contact));
  const reportOf = job !== '' ? job : person !== null && person.jobTitle.trim() !== '' ? person.jobTitle.trim() : owner.trim();
  return { contactOfficers: officers, reportOf };
}

function personNamed(ctx: ServiceContext, name: string): Person | null {
  const wanted = name.toLowerCase();
  return listPeople(ctx.db, { query: name }).find((person) => person.fullName.trim().toLowerCase() === wanted) ?? null;
}

function contactOf(person: Person): ContactOfficer {
  return { name: person.fullName.trim(), jobTitle: person.jobTitle.trim(), phone: person.phone.trim(), email: person.email.trim() };
}
