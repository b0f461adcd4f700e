// The cover sheet and title of a drafted progress report, filled from the
// committee, the meeting and the plan the way councils print them.
import { DOCUMENT_TITLE_MAX, type ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { ReportFacts } from './progress-report-facts';
import { count, describeCounts, shortDate, monthYear, ragCountsOf, theName, theNameInText } from './progress-report-text';

/** "<plan title>: progress report, December 2026", kept within the limit for titles. */
export function reportTitle(facts: ReportFacts): string {
  const tail = `: progress report${facts.meetingDate === null ? '' : `, ${monthYear(facts.meetingDate)}`}`;
  return `${clip(facts.plan.title, DOCUMENT_TITLE_MAX - tail.length)}${tail}`;
}

/** The cover sheet of a new report on the plan. */
export function draftCoverSheet(facts: ReportFacts): ReportCoverSheet {
  const { plan, committee, inspection } = facts;
  const { reportOf } = facts;
  const cover: ReportCoverSheet = {
    ...(committee === null ? {} : { reportTo: clip(committee.parentName === null ? committee.name : `${committee.name} of ${theNameInText(committee.parentName)}`, 300) }),
    ...(facts.meetingDate === null ? {} : { meetingDate: facts.meetingDate }),
    subject: clip(`${plan.title}: progress report`, 500),
    ...(reportOf === '' ? {} : { reportOf: clip(reportOf, 300) }),
    reportType: 'for_information',
    summary: summary(facts),
    recommendations: [
      `${committee === null ? 'The committee' : theName(committee.name)} is asked to note and comment on the progress made against the ${plan.title}${facts.since === null ? '' : ' since the last report'}.`,
    ],
    wardsAffected: 'All',
    contactOfficers: facts.contactOfficers.slice(0, 20),
    backgroundDocuments: [
      ...(inspection === null ? [] : [clip(`${inspection.title}${inspection.publicationDate === null ? '' : `, published ${shortDate(inspection.publicationDate)}`}`, 1_000)]),
      clip(plan.title, 1_000),
    ],
  };
  return cover;
}

function summary(facts: ReportFacts): string {
  const { plan, inspection } = facts;
  const actions = plan.entries.flatMap((entry) => entry.actions);
  const response = inspection === null ? '' : `, the council’s response to the inspection “${inspection.title}”${inspection.publicationDate === null ? '' : ` published on ${shortDate(inspection.publicationDate)}`},`;
  const period = facts.since === null ? `up to ${shortDate(facts.asAt)}` : `since the last report (${shortDate(facts.since)}) up to ${shortDate(facts.asAt)}`;
  const overdue = plan.overdueCount === 0 ? 'none is overdue' : `${plan.overdueCount} ${plan.overdueCount === 1 ? 'is' : 'are'} overdue`;
  const standing =
    actions.length === 0
      ? 'No actions have been set in the plan yet.'
      : `As at ${shortDate(facts.asAt)}, the plan’s ${count(actions.length, 'action')} stand at ${describeCounts(ragCountsOf(actions))}; ${overdue}.`;
  return `This report sets out the progress made against the ${plan.title}${response} ${period}${inspection === null ? '' : ', recommendation by recommendation'}. ${standing}`;
}

/** Text cut to a field's limit without leaving half of a two-unit character. */
function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, Math.max(0, max - 1));
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}
