// The plain data each document builder takes. The service
// (services/document-models.ts) loads it from the workspace; the builders turn
// it into a DocumentModel without touching the database, so they can be
// tested on hand-made sources.
import type { ActionPlanView } from '../../../shared/api/methods/action-plans';
import type { MembershipRole } from '../../../shared/api/methods/committees';
import type { ReportCoverSheet } from '../../../shared/api/methods/documents';
import type { AgendaItem } from '../../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../../shared/api/methods/work-programme';
import type { RichText } from '../../../shared/api/schema';

/** Which pack a document goes into: the public one never shows exempt content. */
export type Edition = 'public' | 'members';

/** A picture file's bytes and type, as stored in the workspace. */
export type ImageSource = { data: Uint8Array; mediaType: 'image/png' | 'image/jpeg' };

export type AuthoritySource = {
  name: string;
  /** Lines separated by newlines, as entered in Settings. */
  address: string;
  logo: ImageSource | null;
};

/** A person as documents name them: "Councillor Ashworth", "Mrs H Dunmore". */
export type PersonName = { honorific: string; fullName: string };

/** Someone the reader can contact: name, post, telephone and e-mail. */
export type ContactSource = PersonName & { jobTitle: string; phone: string; email: string };

export type CommitteeSource = { name: string; parentName: string | null };

/** One role on the committee in the municipal year; `capacity` falls back to the person's job title. */
export type MemberSource = PersonName & { role: MembershipRole; capacity: string };

export type MeetingTime = { meetingDate: string; startTime: string | null };

export type AgendaMeetingSource = MeetingTime & {
  venue: string;
  accessNotes: string;
  publicNotice: string;
  agendaIssueDate: string | null;
};

export type AgendaItemSource = Pick<AgendaItem, 'id' | 'position' | 'title' | 'kind' | 'reportOf' | 'summary' | 'isExempt' | 'exemptGround' | 'isToFollow'>;

export type AgendaSource = {
  authority: AuthoritySource;
  committee: CommitteeSource;
  meeting: AgendaMeetingSource;
  members: MemberSource[];
  /** In agenda order. */
  items: AgendaItemSource[];
  contactOfficer: ContactSource | null;
  /** Who issues the agenda when the committee has no contact officer (the name in Settings). */
  issuerName: string;
  /** YYYY-MM-DD: the issue date of an agenda not yet issued, and of a supplementary agenda. */
  buildDate: string;
};

export type AgendaOptions = {
  edition: Edition;
  kind: 'main' | 'supplementary';
  /** Items whose papers are in this pack edition: they get a page range and a link. */
  itemsWithPages: ReadonlySet<number>;
};

/** One attendee; the references bound a partial attendance. */
export type AttendeeSource = PersonName & {
  capacity: string;
  isChair: boolean;
  fromReference: string | null;
  toReference: string | null;
};

export type MinuteEntrySource = {
  reference: string;
  heading: string;
  isPublicExcluded: boolean;
  /** The exemption ground of the agenda item the minute records, when it has one ("" or absent when not). */
  exemptGround?: string;
  discussion: RichText;
  /** In number order. */
  decisions: string[];
};

export type MinutesSource = {
  authorityName: string;
  /** The stored document's title. */
  title: string;
  committee: CommitteeSource;
  meetingDate: string;
  present: AttendeeSource[];
  alsoAttending: AttendeeSource[];
  apologies: AttendeeSource[];
  entries: MinuteEntrySource[];
};

export type ReportSource = {
  authorityName: string;
  title: string;
  kind: 'report' | 'other';
  coverSheet: ReportCoverSheet;
  body: RichText;
  /** The date of the meeting the report goes to, when the cover sheet gives none. */
  meetingDate: string | null;
  edition: Edition;
  /** Set when the report is exempt: the ground printed on every page of the members' edition. */
  exemptGround: string | null;
};

export type ActionPlanSource = {
  authorityName: string;
  title: string;
  /** The plan as it stood on `plan.asAt`. */
  plan: ActionPlanView;
};

export type TermsOfReferenceSource = {
  authorityName: string;
  title: string;
  committee: CommitteeSource & { operation: string; accessToInformation: string; rationale: string[] };
  /** The year it starts in: 2026 = 2026/27. */
  municipalYear: number;
  members: MemberSource[];
  contactOfficer: ContactSource | null;
  /** The committee's meetings in that municipal year, in date order. */
  meetings: MeetingTime[];
};

export type WorkProgrammeMeeting = MeetingTime & { reportDeadline: string | null; items: WorkProgrammeItem[] };

export type WorkProgrammeSource = {
  authorityName: string;
  title: string;
  committee: CommitteeSource;
  /** YYYY-MM-DD: its month names the programme ("Work Programme – December 2026"). */
  asOf: string;
  /** From the pack's meeting onwards, in date order. */
  meetings: WorkProgrammeMeeting[];
  unscheduled: WorkProgrammeItem[];
};

/** `pageCount` is null when the file is not a PDF and so is not in the PDF edition either. */
export type AppendixNoticeSource = { title: string; fileName: string; pageCount: number | null; authorityName?: string };
