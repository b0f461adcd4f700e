// Loads what each document needs from the workspace and hands it to its
// builder: stored reports from their cover sheet and body, the other papers
// generated from the data as it stands when the pack is built.
import type { Document } from '../../../shared/api/methods/documents';
import type { MeetingDetail, MeetingSummary } from '../../../shared/api/methods/meetings';
import type { Minutes } from '../../../shared/api/methods/minutes';
import type { AuthoritySettings } from '../../../shared/api/methods/settings';
import type { Person } from '../../../shared/api/methods/people';
import { actionPlanTable } from '../documents/builders/action-plan';
import { agendaFrontSheet } from '../documents/builders/agenda';
import { notForPublication, shortDate } from '../documents/builders/common';
import { sniffMediaType } from '../documents/builders/images';
import { minutesDocument } from '../documents/builders/minutes';
import { reportDocument } from '../documents/builders/report';
import { termsOfReference } from '../documents/builders/terms-of-reference';
import { workProgramme } from '../documents/builders/work-programme';
import type { DocumentModel, HouseStyle } from '../documents/model';
import type { AttendeeSource, AuthoritySource, ContactSource, Edition, MemberSource } from '../documents/sources';
import { municipalYearOf } from '../../../shared/format/municipal-year';
import { CoreError } from '../errors';
import { getAttachmentData } from '../repositories/attachments';
import { listMeetingEntries } from '../repositories/minutes';
import { getPerson } from '../repositories/people';
import { getCommitteeService } from './committees';
import { getDocumentService } from './documents';
import { getMeetingService, listMeetingsService, readableDate } from './meetings';
import { listMembershipsService } from './memberships';
import { getMinutes } from './minutes';
import { getPlanView } from './plan-view';
import { recommendationsMonitorModel } from './recommendations-monitor';
import { getSettingsService } from './settings';
import type { ServiceContext } from './unit-of-work';
import { listWorkProgrammeService } from './work-programme';

export type ModelContext = {
  /** The meeting whose pack the document goes into, if any. */
  meetingId: number | null;
  edition: Edition;
  /** YYYY-MM-DD: stands in for the issue date of a pack not yet issued. */
  buildDate: string;
};

export type AgendaModelOptions = {
  edition: Edition;
  kind: 'main' | 'supplementary';
  itemsWithPages: ReadonlySet<number>;
  buildDate: string;
  /** The issue date to print when the pack is being issued now (it is stored once the issue succeeds). */
  issueDate?: string;
};

/** The house style from settings (font, size, accent colour). */
export function houseStyleOf(ctx: ServiceContext): HouseStyle {
  const settings = getSettingsService(ctx);
  return { fontFamily: settings.fontFamily, bodySizePt: settings.bodyFontSizePt, accentColour: settings.accentColour };
}

/** The agenda front sheet of a meeting, for one edition of its main or supplementary pack. */
export function agendaModel(ctx: ServiceContext, meetingId: number, options: AgendaModelOptions): DocumentModel {
  const stored = getMeetingService(ctx, meetingId);
  const meeting = options.issueDate === undefined ? stored : { ...stored, agendaIssueDate: options.issueDate };
  const settings = getSettingsService(ctx);
  const committee = getCommitteeService(ctx, meeting.committeeId);
  return agendaFrontSheet(
    {
      authority: authorityOf(ctx, settings),
      committee: { name: committee.name, parentName: committee.parentName },
      meeting,
      members: membersOf(ctx, committee.id, municipalYearOf(meeting.meetingDate, settings.municipalYearStartMonth)),
      items: itemsNamingPrintedMinutes(ctx, meeting, options.buildDate),
      contactOfficer: contactOf(committee.contactOfficer),
      issuerName: settings.authorName,
      buildDate: options.buildDate,
    },
    { edition: options.edition, kind: options.kind, itemsWithPages: options.itemsWithPages },
  );
}

/**
 * A stored document as a model: report/other from its cover sheet and body;
 * minutes, action plan, terms of reference and work programme generated from
 * the data (minutes: those the context meeting is to approve, see
 * minutesForPaper; work programme and terms of reference: the
 * document's committee, in the municipal year of the context meeting).
 */
export function documentModel(ctx: ServiceContext, documentId: number, context: ModelContext): DocumentModel {
  const document = getDocumentService(ctx, documentId);
  const meeting = context.meetingId === null ? null : getMeetingService(ctx, context.meetingId);
  const settings = getSettingsService(ctx);
  const exemptGround = exemptGroundOf(document, meeting);
  if (exemptGround !== null && context.edition === 'public') {
    throw new CoreError('conflict', `“${document.title}” is exempt, so it cannot go into the public edition of a pack. Only its agenda title and exemption notice are published.`);
  }
  const build: Builder = { ctx, document, meeting, settings, context };
  const model = buildByKind(build, exemptGround);
  // Reports mark themselves; generated papers on an exempt item are marked here.
  if (exemptGround === null || model.info.notForPublication !== undefined) return model;
  return { ...model, info: { ...model.info, notForPublication: notForPublication(exemptGround) } };
}

type Builder = { ctx: ServiceContext; document: Document; meeting: MeetingDetail | null; settings: AuthoritySettings; context: ModelContext };

function buildByKind(build: Builder, exemptGround: string | null): DocumentModel {
  const { document, meeting, settings, context } = build;
  switch (document.kind) {
    case 'report':
    case 'other':
      return reportDocument({
        authorityName: settings.name,
        title: document.title,
        kind: document.kind,
        coverSheet: document.coverSheet,
        body: document.body,
        meetingDate: meeting?.meetingDate ?? null,
        edition: context.edition,
        exemptGround,
      });
    case 'minutes':
      return minutesModel(build);
    case 'action_plan':
      return actionPlanModel(build);
    case 'terms_of_reference':
      return termsOfReferenceModel(build);
    case 'work_programme':
      return workProgrammeModel(build);
    case 'recommendations_monitor':
      return recommendationsMonitorModel(build);
    case 'agenda':
      throw new CoreError('invalid_input', `“${document.title}” is a stored agenda, but a pack makes its agenda from the meeting itself. Remove this paper from the agenda item.`);
  }
}

/**
 * The ground when the document is exempt: as a paper of an exempt item of the
 * meeting (the item's ground, as the agenda prints it, wins) or by its own
 * cover sheet.
 */
function exemptGroundOf(document: Document, meeting: MeetingDetail | null): string | null {
  const item = meeting?.agendaItems.find((candidate) => candidate.isExempt && candidate.papers.some((paper) => paper.documentId === document.id));
  const ownGround = document.coverSheet.isExempt === true ? (document.coverSheet.exemptGround ?? '') : null;
  if (item === undefined) return ownGround;
  return item.exemptGround.trim() !== '' ? item.exemptGround : (ownGround ?? '');
}

/**
 * The minutes a meeting's minutes paper carries: those it approved (on a
 * re-issue), else the latest not yet approved. Minutes another meeting
 * approved are the record already and are not put again. Outside a meeting,
 * the latest before the build date. Also the earlier meetings looked at, to
 * say whose minutes to write when there are none.
 */
function minutesForPaper(ctx: ServiceContext, committeeId: number, meeting: MeetingDetail | null, buildDate: string): { minutes: Minutes | undefined; earlier: MeetingSummary[] } {
  const before = meeting?.meetingDate ?? buildDate;
  const isToApprove = (candidate: MeetingSummary): boolean =>
    meeting === null || candidate.minutesApprovedMeetingId === null || candidate.minutesApprovedMeetingId === meeting.id;
  const earlier = listMeetingsService(ctx, { committeeId, to: before })
    .filter((candidate) => (candidate.meetingDate < before || meeting === null) && isToApprove(candidate))
    .reverse();
  // One query per meeting to find it; the whole minutes (attendance, decisions, follow-ups) are read for that one only.
  const withEntries = earlier.find((candidate) => listMeetingEntries(ctx.db, candidate.id).length > 0);
  return { minutes: withEntries === undefined ? undefined : getMinutes(ctx, withEntries.id), earlier };
}

function minutesModel({ ctx, document, meeting, settings, context }: Builder): DocumentModel {
  const committeeId = committeeIdOf(document, meeting);
  const before = meeting?.meetingDate ?? context.buildDate;
  const { minutes, earlier } = minutesForPaper(ctx, committeeId, meeting, context.buildDate);
  if (minutes === undefined) {
    const committee = getCommitteeService(ctx, committeeId);
    const last = earlier.find((candidate) => candidate.status !== 'cancelled');
    const todo = last === undefined
      ? 'Add the minutes of the last meeting, or remove this paper.'
      : `Write the minutes of the meeting of ${readableDate(last.meetingDate)}, or remove this paper (and add its minutes as a file if they were kept outside the app).`;
    throw new CoreError('conflict', `“${document.title}” is a minutes paper, but no meeting of the ${committee.name} before ${readableDate(before)} has minutes awaiting approval. ${todo}`);
  }
  const committee = getCommitteeService(ctx, minutes.committeeId);
  const attendee = (row: (typeof minutes.attendance.present)[number]): AttendeeSource => ({
    honorific: row.honorific,
    fullName: row.fullName,
    capacity: row.capacity.trim() !== '' ? row.capacity : (getPerson(ctx.db, row.personId)?.jobTitle ?? ''),
    isChair: row.isChair,
    fromReference: row.fromReference,
    toReference: row.toReference,
  });
  // A public-excluded minute names its item's exemption ground in the public edition.
  const groundOf = new Map(getMeetingService(ctx, minutes.meetingId).agendaItems.map((item) => [item.id, item.exemptGround.trim()]));
  return minutesDocument(
    {
      authorityName: settings.name,
      title: titleForMinutesOf(document.title, minutes.meetingDate),
      committee: { name: committee.name, parentName: committee.parentName },
      meetingDate: minutes.meetingDate,
      present: minutes.attendance.present.map(attendee),
      alsoAttending: minutes.attendance.alsoAttending.map(attendee),
      apologies: minutes.attendance.apologies.map(attendee),
      entries: minutes.entries.map((entry) => ({
        ...entry,
        exemptGround: entry.agendaItemId === null ? '' : (groundOf.get(entry.agendaItemId) ?? ''),
        decisions: entry.decisions.map((decision) => decision.text),
      })),
    },
    context.edition,
  );
}

/**
 * The paper's title and its item's summary name the meeting the draft
 * expected ("…the minutes of the meeting held on 14 July 2026."); when the
 * minutes printed are another meeting's, the date follows them, so the
 * agenda and the bookmark match the pages.
 */
export function titleForMinutesOf(title: string, meetingDate: string): string {
  return title.replace(/(held on )\d{1,2} [A-Z][a-z]+ \d{4}(\.?)$/, `$1${shortDate(meetingDate)}$2`);
}

/** The agenda's items, the minutes item's summary naming the meeting whose minutes its paper carries. */
function itemsNamingPrintedMinutes(ctx: ServiceContext, meeting: MeetingDetail, buildDate: string): MeetingDetail['agendaItems'] {
  const carriesMinutes = (item: MeetingDetail['agendaItems'][number]): boolean =>
    item.kind === 'minutes' && item.papers.some((paper) => paper.kind === 'document' && paper.document.kind === 'minutes');
  if (!meeting.agendaItems.some(carriesMinutes)) return meeting.agendaItems;
  const { minutes } = minutesForPaper(ctx, meeting.committeeId, meeting, buildDate);
  if (minutes === undefined) return meeting.agendaItems;
  return meeting.agendaItems.map((item) => (carriesMinutes(item) ? { ...item, summary: titleForMinutesOf(item.summary, minutes.meetingDate) } : item));
}

function actionPlanModel({ ctx, document, meeting, settings, context }: Builder): DocumentModel {
  if (document.actionPlanId === null) {
    throw new CoreError('invalid_input', `“${document.title}” is an action plan paper, but no action plan is chosen for it. Choose the plan on the document, or remove this paper.`);
  }
  const asAt = meeting?.agendaIssueDate ?? context.buildDate;
  return actionPlanTable({ authorityName: settings.name, title: document.title, plan: getPlanView(ctx, { id: document.actionPlanId, asAt }) });
}

function termsOfReferenceModel({ ctx, document, meeting, settings, context }: Builder): DocumentModel {
  const committeeId = committeeIdOf(document, meeting);
  const committee = getCommitteeService(ctx, committeeId);
  const year = municipalYearOf(meeting?.meetingDate ?? context.buildDate, settings.municipalYearStartMonth);
  return termsOfReference({
    authorityName: settings.name,
    title: document.title,
    committee: {
      name: committee.name,
      parentName: committee.parentName,
      operation: committee.torOperation,
      accessToInformation: committee.torAccessToInformation,
      rationale: committee.rationaleItems.map((item) => item.text),
    },
    municipalYear: year,
    members: membersOf(ctx, committeeId, year),
    contactOfficer: contactOf(committee.contactOfficer),
    meetings: meetingsInYear(ctx, committeeId, year, settings.municipalYearStartMonth),
  });
}

function workProgrammeModel({ ctx, document, meeting, settings, context }: Builder): DocumentModel {
  const committeeId = committeeIdOf(document, meeting);
  const committee = getCommitteeService(ctx, committeeId);
  const from = meeting?.meetingDate ?? context.buildDate;
  const year = municipalYearOf(from, settings.municipalYearStartMonth);
  const items = listWorkProgrammeService(ctx, committeeId);
  return workProgramme({
    authorityName: settings.name,
    title: document.title,
    committee: { name: committee.name, parentName: committee.parentName },
    asOf: from,
    meetings: meetingsInYear(ctx, committeeId, year, settings.municipalYearStartMonth)
      .filter((candidate) => candidate.meetingDate >= from)
      .map((candidate) => ({ ...candidate, items: items.filter((item) => item.meetingId === candidate.id) })),
    unscheduled: items.filter((item) => item.meetingId === null),
  });
}

/** The document's committee, or the meeting's when the document names none. */
function committeeIdOf(document: Document, meeting: MeetingDetail | null): number {
  const committeeId = document.committeeId ?? meeting?.committeeId ?? null;
  if (committeeId === null) {
    throw new CoreError('invalid_input', `“${document.title}” belongs to no committee, so it cannot be made without a meeting. Choose its committee on the document.`);
  }
  return committeeId;
}

/** A committee's meetings in one municipal year, in date order. */
function meetingsInYear(ctx: ServiceContext, committeeId: number, year: number, startMonth: number) {
  const month = String(startMonth).padStart(2, '0');
  const nextStart = `${year + 1}-${month}-01`;
  return listMeetingsService(ctx, { committeeId, from: `${year}-${month}-01` }).filter((meeting) => meeting.meetingDate < nextStart);
}

function membersOf(ctx: ServiceContext, committeeId: number, municipalYear: number): MemberSource[] {
  return listMembershipsService(ctx, committeeId, municipalYear).map((membership) => ({
    honorific: membership.person.honorific,
    fullName: membership.person.fullName,
    role: membership.role,
    capacity: membership.capacity.trim() !== '' ? membership.capacity : membership.person.jobTitle,
  }));
}

function contactOf(person: Person | null): ContactSource | null {
  if (person === null) return null;
  return { honorific: person.honorific, fullName: person.fullName, jobTitle: person.jobTitle, phone: person.phone, email: person.email };
}

/** The authority's name, address and logo (when it is a PNG or JPEG the renderers can embed). */
function authorityOf(ctx: ServiceContext, settings: AuthoritySettings): AuthoritySource {
  const stored = settings.logoAttachmentId === null ? null : getAttachmentData(ctx.db, settings.logoAttachmentId);
  const data = stored === null ? null : new Uint8Array(stored.data);
  const mediaType = data === null ? null : sniffMediaType(data);
  return { name: settings.name, address: settings.address, logo: data !== null && mediaType !== null ? { data, mediaType } : null };
}
