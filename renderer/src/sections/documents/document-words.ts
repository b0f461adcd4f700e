// How documents are described on screen: kinds and statuses in the users'
// words, and when a document last changed, in words.
import type { DocumentKind, DocumentMeeting, DocumentStatus } from '../../../../shared/api/methods/documents';
import type { ReportSectionState } from '../../../../shared/api/methods/progress-reports';
import { formatDate, formatTime, longDate } from '../../../../shared/format/dates';
import type { SaveState } from '../../stores/document-store';

export const KIND_NAMES: Record<DocumentKind, string> = {
  agenda: 'Agenda',
  minutes: 'Minutes',
  report: 'Report',
  action_plan: 'Action plan',
  terms_of_reference: 'Terms of reference',
  work_programme: 'Work programme',
  recommendations_monitor: 'Recommendations monitor',
  other: 'Other',
};

export const STATUS_NAMES: Record<DocumentStatus, string> = { draft: 'Draft', final: 'Final', withdrawn: 'Withdrawn' };

export const SECTION_STATE_NAMES: Record<ReportSectionState, string> = {
  as_drafted: 'As drafted',
  changed: 'Changed by you',
  removed: 'Removed',
  missing: 'Missing',
};

/** "Changed today at 10.42 am", "Changed yesterday at 4.05 pm", "Changed 2 October 2026". */
export function changedWords(isoTimestamp: string, now: Date = new Date()): string {
  const at = new Date(isoTimestamp);
  if (Number.isNaN(at.getTime())) return 'Changed at an unknown time';
  const time = formatTime(at.getHours(), at.getMinutes());
  if (sameDay(at, now)) return `Changed today at ${time}`;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  if (sameDay(at, yesterday)) return `Changed yesterday at ${time}`;
  return `Changed ${formatDate(at)}`;
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The save line: "Saving…", "Saved at 10.42 am", "Not saved: <reason>". */
export function saveWords(save: SaveState): string {
  switch (save.phase) {
    case 'unchanged':
      return 'No changes since you opened it';
    case 'waiting':
      return 'Changes not saved yet';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${formatTime(save.at.getHours(), save.at.getMinutes())}`;
    case 'failed':
      return `Not saved: ${save.reason.replace(/\.$/, '')}.`;
  }
}

/** "Used on 2 agendas", "Not used on any agenda yet". */
export function usedWords(paperCount: number): string {
  if (paperCount === 0) return 'Not used on any agenda yet';
  return `Used on ${paperCount} ${paperCount === 1 ? 'agenda' : 'agendas'}`;
}

/** When a document last changed, for the list: "23 November 2026, 10.42 am". */
export function changedAtWords(isoTimestamp: string): string {
  const at = new Date(isoTimestamp);
  if (Number.isNaN(at.getTime())) return 'Unknown';
  return `${formatDate(at)}, ${formatTime(at.getHours(), at.getMinutes())}`;
}

/** A meeting a document is a paper for: "Tuesday, 1 December 2026 – Children’s Scrutiny". */
export function meetingWords(meeting: Pick<DocumentMeeting, 'meetingDate' | 'committeeName'>): string {
  return `${longDate(meeting.meetingDate)} – ${meeting.committeeName}`;
}

/** "1 document", "12 documents". */
export function documentCountWords(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'document' : 'documents'}`;
}
