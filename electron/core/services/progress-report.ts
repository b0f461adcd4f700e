// Progress reports on an action plan: draft one for a meeting (cover sheet,
// body and the plan as its appendix, optionally straight onto the agenda),
// say which of its sections the author has changed, and draft sections again
// from the plan as it stands without touching what the author wrote.
import type { ApiParsedInput } from '../../../shared/api/contract';
import type { ActionPlan } from '../../../shared/api/methods/action-plans';
import type { Document } from '../../../shared/api/methods/documents';
import type { AgendaItem, Meeting } from '../../../shared/api/methods/meetings';
import type { ProgressReportDraft, RegenerateResult, ReportSection } from '../../../shared/api/methods/progress-reports';
import { richText, type RichText } from '../../../shared/api/schema';
import { isOnPlanAt } from '../domain/progress-as-at';
import { findSections, insertSection, isAsDrafted, replaceSection, sectionFingerprint } from '../domain/report-sections';
import { CoreError } from '../errors';
import { getPlan } from '../repositories/action-plans';
import { getAgendaItem } from '../repositories/agenda-items';
import { getDocument, insertDocument, listDocuments, updateDocument } from '../repositories/documents';
import { findMeetingOnDate, getMeeting } from '../repositories/meetings';
import { listPapersOfItem } from '../repositories/papers';
import { listEntries } from '../repositories/plan-entries';
import { listRecommendationsOfPlan } from '../repositories/recommendations';
import { refuseIfFinal } from './documents';
import { addPaper, reorderPapersService } from './papers';
import { draftBody, draftSections, sectionOutline, type DraftedSection } from './progress-report-body';
import { draftCoverSheet, reportTitle } from './progress-report-cover';
import { gatherReportFacts, reportPeriod, type ReportTarget } from './progress-report-facts';
import { sectionStates } from './progress-report-states';
import { shortDate } from './progress-report-text';
import { audit, found, inTransaction, type ServiceContext } from './unit-of-work';

const APPENDIX_LABEL = 'Appendix 1';

/** Drafts the report and its appendix in one transaction; with an agenda item, both become its papers. */
export function draftProgressReport(ctx: ServiceContext, input: ApiParsedInput<'progressReports/draft'>): ProgressReportDraft {
  return inTransaction(ctx, () => {
    const plan = found(getPlan(ctx.db, input.planId), 'action plan', input.planId);
    const meeting = found(getMeeting(ctx.db, input.meetingId), 'meeting', input.meetingId);
    const item = input.agendaItemId === undefined ? null : itemOfMeeting(ctx, input.agendaItemId, meeting);
    const facts = gatherReportFacts(ctx, { planId: plan.id, committeeId: meeting.committeeId, meeting, meetingDate: meeting.meetingDate, since: input.since, exceptDocumentId: null });
    const sections = draftSections(facts);
    const body = checkedBody(draftBody(sections, facts));
    const title = reportTitle(facts);
    const documentId = insertDocument(
      ctx.db,
      { kind: 'report', title, status: 'draft', committeeId: meeting.committeeId, actionPlanId: plan.id, coverSheet: draftCoverSheet(facts), body },
      ctx.now().toISOString(),
    );
    audit(ctx, 'create', 'document', documentId, `${title} (drafted from the plan for the meeting of ${shortDate(meeting.meetingDate)})`);
    const appendix = appendixFor(ctx, plan, meeting.committeeId, item);
    const paperIds = item === null ? [] : attach(ctx, item, documentId, appendix.id);
    return {
      document: found(getDocument(ctx.db, documentId), 'document', documentId),
      appendix,
      since: facts.since,
      asAt: facts.asAt,
      sections: sections.map((section): ReportSection => ({ key: section.key, heading: section.heading, state: 'as_drafted' })),
      updateCount: [...facts.updates.values()].reduce((sum, updates) => sum + updates.length, 0),
      paperIds,
    };
  });
}

/** The report's drafted sections and whether the author has changed each, with the plan's entries that have none. */
export function listReportSections(ctx: ServiceContext, documentId: number): ReportSection[] {
  const document = progressReport(ctx, documentId);
  // Read again after every save while the author types: keys and headings only, no text drafted.
  const { asAt } = reportPeriod(ctx, targetOf(ctx, document, undefined));
  const entries = entriesOnPlanAt(ctx, document.actionPlanId, asAt);
  return sectionStates(document, sectionOutline(entries), entries);
}

/** The plan's entries as a report as at `asAt` lists them, with the recommendation each answers. */
function entriesOnPlanAt(ctx: ServiceContext, planId: number, asAt: string) {
  const recommendations = new Map(listRecommendationsOfPlan(ctx.db, planId).map((recommendation) => [recommendation.id, recommendation]));
  return listEntries(ctx.db, planId)
    .filter((entry) => isOnPlanAt(entry, asAt))
    .map((entry) => ({ ...entry, recommendation: entry.recommendationId === null ? null : (recommendations.get(entry.recommendationId) ?? null) }));
}

/**
 * Drafts the sections asked for again from the plan as it stands. Sections
 * as drafted are replaced and missing ones added; sections the author changed
 * or removed are kept exactly as they are, and listed, unless
 * `overwriteChanged` is set. The cover sheet is never touched.
 */
export function regenerateReport(ctx: ServiceContext, input: ApiParsedInput<'progressReports/regenerate'>): RegenerateResult {
  return inTransaction(ctx, () => {
    const document = progressReport(ctx, input.documentId);
    refuseIfFinal(document, 'have its sections drafted again');
    const facts = gatherReportFacts(ctx, targetOf(ctx, document, input.since));
    const drafted = draftSections(facts);
    const states = new Map(sectionStates(document, drafted, facts.plan.entries).map((section) => [section.key, section]));
    const asked = input.keys === undefined ? null : new Set(input.keys);
    for (const key of asked ?? []) {
      if (!drafted.some((section) => section.key === key) && !states.has(key)) {
        throw new CoreError('invalid_input', `keys: “${document.title}” has no section ${key}, and the plan has no entry it could be drafted from. Ask for introduction, structure, conclusion or an entry of the plan.`);
      }
    }
    const entryOrder = drafted.filter((section) => section.key.startsWith('entry:')).map((section) => section.key);
    let body = document.body;
    const replaced: string[] = [];
    const keptChanged: ReportSection[] = [];
    for (const draft of drafted) {
      if (asked !== null && !asked.has(draft.key)) continue;
      const state = states.get(draft.key);
      if ((state?.state === 'changed' || state?.state === 'removed') && input.overwriteChanged !== true) {
        keptChanged.push(state);
        continue;
      }
      const next = redraft(body, draft, entryOrder);
      if (next !== body) replaced.push(draft.key);
      body = next;
    }
    if (replaced.length > 0) {
      updateDocument(ctx.db, document.id, { body: checkedBody(body) }, ctx.now().toISOString());
      audit(ctx, 'update', 'document', document.id, `${document.title}: drafted again (${replaced.join(', ')})`);
    }
    return { document: found(getDocument(ctx.db, document.id), 'document', document.id), replaced, keptChanged };
  });
}

/** The body with one section drafted again (or added); the same body when the section already reads as drafted. */
function redraft(body: RichText, draft: DraftedSection, entryOrder: readonly string[]): RichText {
  const current = findSections(body).find((section) => section.key === draft.key);
  if (current === undefined) return insertSection(body, draft.key, draft.nodes, entryOrder);
  const fingerprint = sectionFingerprint(draft.nodes);
  if (isAsDrafted(current) && current.fingerprint === fingerprint) return body;
  return replaceSection(body, current, draft.nodes);
}

/** A report drafted from a plan, or a clear refusal. */
function progressReport(ctx: ServiceContext, documentId: number): Document & { actionPlanId: number } {
  const document = found(getDocument(ctx.db, documentId), 'document', documentId);
  if (document.kind !== 'report') {
    throw new CoreError('invalid_input', `documentId: “${document.title}” is not a report (it is a ${document.kind.replace(/_/g, ' ')} document), so it has no progress report sections. Choose a progress report.`);
  }
  const { actionPlanId } = document;
  if (actionPlanId === null) {
    throw new CoreError('invalid_input', `documentId: “${document.title}” is not linked to an action plan, so there is nothing to draft its sections from. Choose the action plan on the report first, or draft a new progress report from the plan.`);
  }
  return { ...document, actionPlanId };
}

/** The meeting a saved report is for: its committee's meeting on the cover sheet's date, when there is one. */
function targetOf(ctx: ServiceContext, document: Document & { actionPlanId: number }, since: string | undefined): ReportTarget {
  const meetingDate = document.coverSheet.meetingDate ?? null;
  const meetingId = document.committeeId === null || meetingDate === null ? null : findMeetingOnDate(ctx.db, document.committeeId, meetingDate, null);
  return {
    planId: document.actionPlanId,
    committeeId: document.committeeId,
    meeting: meetingId === null ? null : getMeeting(ctx.db, meetingId),
    meetingDate,
    since,
    exceptDocumentId: document.id,
  };
}

function itemOfMeeting(ctx: ServiceContext, agendaItemId: number, meeting: Meeting): AgendaItem {
  const item = getAgendaItem(ctx.db, agendaItemId);
  if (item === null) throw new CoreError('not_found', `agendaItemId: there is no agenda item with id ${agendaItemId}. It may have been deleted; reload and try again.`);
  if (item.meetingId !== meeting.id) {
    const other = getMeeting(ctx.db, item.meetingId);
    const where = other === null ? 'another meeting' : `the meeting of ${shortDate(other.meetingDate)}`;
    throw new CoreError(
      'invalid_input',
      `agendaItemId: “${item.title}” is on the agenda of ${where}, not of the meeting of ${shortDate(meeting.meetingDate)}. Choose an item on this meeting’s agenda, or leave the item out and add the report to an agenda later.`,
    );
  }
  return item;
}

/**
 * The plan's table to go with the report: the one already on the agenda item,
 * else the plan's own (the committee's first), else a new one. It is built
 * from the plan's data at every pack build, so it is final from the start.
 */
function appendixFor(ctx: ServiceContext, plan: ActionPlan, committeeId: number, item: AgendaItem | null): Document {
  const existing = listDocuments(ctx.db, { kind: 'action_plan', actionPlanId: plan.id });
  const onItem = item === null ? [] : listPapersOfItem(ctx.db, item.id).filter((paper) => paper.documentId !== null && existing.some((document) => document.id === paper.documentId));
  const chosen = onItem[0]?.documentId ?? (existing.find((document) => document.committeeId === committeeId) ?? existing[0])?.id;
  if (chosen !== undefined) return found(getDocument(ctx.db, chosen), 'document', chosen);
  const documentId = insertDocument(ctx.db, { kind: 'action_plan', title: plan.title, status: 'final', committeeId, actionPlanId: plan.id }, ctx.now().toISOString());
  audit(ctx, 'create', 'document', documentId, `${plan.title} (the action plan, as an appendix to its progress report)`);
  return found(getDocument(ctx.db, documentId), 'document', documentId);
}

/** Adds the report (and the appendix, unless the item has it) as papers; a report goes just before an appendix already there. */
function attach(ctx: ServiceContext, item: AgendaItem, documentId: number, appendixId: number): number[] {
  const report = addPaper(ctx, { agendaItemId: item.id, documentId });
  const papers = listPapersOfItem(ctx.db, item.id);
  const appendix = papers.find((paper) => paper.documentId === appendixId);
  if (appendix === undefined) return [report.id, addPaper(ctx, { agendaItemId: item.id, documentId: appendixId, label: APPENDIX_LABEL }).id];
  const ids = papers.map((paper) => paper.id).filter((paperId) => paperId !== report.id);
  ids.splice(ids.indexOf(appendix.id), 0, report.id);
  reorderPapersService(ctx, item.id, ids);
  return [report.id];
}

/** The body as the documents API would accept it: a plan too large for one report is refused before anything is saved. */
function checkedBody(body: RichText): RichText {
  if (!richText.safeParse(body).success) {
    throw new CoreError('invalid_input', 'The report would be too long to save (over 2 MB, or more than 10,000 paragraphs). Draft it for a shorter period with since, or split the plan.');
  }
  return body;
}
