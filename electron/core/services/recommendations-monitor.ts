// The recommendations monitor as a paper: built from the committee's
// follow-ups each time a pack is built (never stored as text), and put on a
// meeting's agenda as a standing item of its own.
import type { Document } from '../../../shared/api/methods/documents';
import type { AgendaItem, MeetingDetail } from '../../../shared/api/methods/meetings';
import type { AuthoritySettings } from '../../../shared/api/methods/settings';
import { isOnMonitor, recommendationsMonitor } from '../documents/builders/recommendations-monitor';
import type { DocumentModel } from '../documents/model';
import { CoreError } from '../errors';
import { getAgendaItem } from '../repositories/agenda-items';
import { listCommitteeFollowUpsBefore } from '../repositories/follow-ups';
import { createAgendaItem, reorderAgendaItemsService } from './agenda-items';
import { getCommitteeService } from './committees';
import type { ModelContext } from './document-models';
import { createDocument, listDocumentsService } from './documents';
import { getMeetingService, listMeetingsService, readableDate } from './meetings';
import { addPaper } from './papers';
import { found, inTransaction, type ServiceContext } from './unit-of-work';

export const MONITOR_TITLE = 'Recommendations monitor';
const MONITOR_SUMMARY = 'To review progress on the recommendations and actions agreed at earlier meetings, and note those completed since the last meeting.';

export type MonitorBuild = { ctx: ServiceContext; document: Document; meeting: MeetingDetail | null; settings: AuthoritySettings; context: ModelContext };

/**
 * The monitor for the meeting in context (or, with none, for the build day):
 * the committee's follow-ups raised before it that `isOnMonitor` keeps for
 * this edition, with overdue counted to the build day.
 */
export function recommendationsMonitorModel({ ctx, document, meeting, settings, context }: MonitorBuild): DocumentModel {
  const committeeId = document.committeeId ?? meeting?.committeeId ?? null;
  if (committeeId === null) {
    throw new CoreError('invalid_input', `“${document.title}” belongs to no committee, so it cannot be made without a meeting. Choose its committee on the document.`);
  }
  const committee = getCommitteeService(ctx, committeeId);
  const target = meeting?.meetingDate ?? context.buildDate;
  const previous = listMeetingsService(ctx, { committeeId, to: target })
    .filter((candidate) => candidate.meetingDate < target && candidate.status !== 'cancelled')
    .at(-1);
  const previousMeetingDate = previous?.meetingDate ?? null;
  const occasion = { meetingId: meeting?.id ?? null, previousMeetingDate, edition: context.edition };
  return recommendationsMonitor({
    authorityName: settings.name,
    title: document.title,
    committee: { name: committee.name, parentName: committee.parentName },
    asAt: context.buildDate,
    previousMeetingDate,
    followUps: listCommitteeFollowUpsBefore(ctx.db, committeeId, target, context.buildDate).filter((followUp) => isOnMonitor(followUp, occasion)),
  });
}

/**
 * Puts the monitor on a meeting's agenda in one transaction: the committee's
 * monitor paper (made the first time, reused after), an item for it, placed
 * before the exclusion of the public or the first exempt item so it is heard
 * in public. A meeting already held, or with the item already, is refused.
 */
export function addMonitorToAgenda(ctx: ServiceContext, meetingId: number): AgendaItem {
  return inTransaction(ctx, () => {
    const meeting = getMeetingService(ctx, meetingId);
    const when = readableDate(meeting.meetingDate);
    if (meeting.status === 'held' || meeting.status === 'minuted' || meeting.status === 'cancelled') {
      throw new CoreError('conflict', `The meeting of ${when} is ${meeting.status}, so its agenda can no longer take the recommendations monitor. Add it to the committee’s next meeting.`);
    }
    const existing = meeting.agendaItems.find((item) => item.kind === 'recommendations_monitor');
    if (existing !== undefined) {
      throw new CoreError('conflict', `The agenda of ${when} already has the recommendations monitor, as item ${String(existing.position)} (“${existing.title}”).`);
    }
    const item = createAgendaItem(ctx, { meetingId, title: MONITOR_TITLE, kind: 'recommendations_monitor', reportOf: '', summary: MONITOR_SUMMARY });
    addPaper(ctx, { agendaItemId: item.id, documentId: monitorDocumentOf(ctx, meeting.committeeId).id });
    const ids = meeting.agendaItems.map((other) => other.id);
    const privateFrom = meeting.agendaItems.findIndex((other) => other.kind === 'exclusion_of_public' || other.isExempt);
    if (privateFrom >= 0) {
      reorderAgendaItemsService(ctx, meetingId, [...ids.slice(0, privateFrom), item.id, ...ids.slice(privateFrom)]);
    }
    return found(getAgendaItem(ctx.db, item.id), 'agenda item', item.id);
  });
}

/** The committee's monitor paper: the newest one not withdrawn, or a new one (final: there is nothing in it to edit). */
function monitorDocumentOf(ctx: ServiceContext, committeeId: number): Pick<Document, 'id'> {
  const stored = listDocumentsService(ctx, { kind: 'recommendations_monitor', committeeId }).find((document) => document.status !== 'withdrawn');
  return stored ?? createDocument(ctx, { kind: 'recommendations_monitor', title: MONITOR_TITLE, status: 'final', committeeId });
}
