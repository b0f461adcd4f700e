// Where a drafted agenda item goes. An agenda runs: the opening business
// (apologies, declarations), the minutes of the last meeting, the reports,
// the recommendations monitor, the terms of reference and work programme;
// then, behind the exclusion of the public, the exempt business. Drafting into
// an agenda that already has items keeps that shape around them.
import type { AgendaItemKind } from '../../../shared/api/methods/meetings';

/** An item's place in the public part of the agenda; null for items that fit anywhere ("other"). */
const RANK: Record<AgendaItemKind, number | null> = {
  minutes: 1,
  report: 2,
  recommendations_monitor: 3,
  terms_and_work_programme: 4,
  other: null,
  exclusion_of_public: null,
};

/** What placement needs of each item already on the agenda, in order. */
export type PlacedLine = { kind: AgendaItemKind; isExempt: boolean };

/**
 * The index at which to insert a new public item of `kind`: before the first
 * public item that comes later in the running order, or else at the end of
 * the public part (before the exclusion item and the exempt items).
 */
export function draftInsertIndex(items: readonly PlacedLine[], kind: AgendaItemKind): number {
  const privateStart = items.findIndex((item) => item.isExempt || item.kind === 'exclusion_of_public');
  const publicEnd = privateStart < 0 ? items.length : privateStart;
  const rank = RANK[kind] ?? Number.POSITIVE_INFINITY;
  for (let index = 0; index < publicEnd; index += 1) {
    const other = RANK[items[index]?.kind ?? 'other'];
    if (other !== null && other > rank) return index;
  }
  return publicEnd;
}

export const MINUTES_ITEM_TITLE = 'Minutes';
export const MONITOR_ITEM_TITLE = 'Recommendations monitor';
export const PROGRAMME_ITEM_TITLE = 'Terms of Reference and Work Programme';

/** The standing summary of the minutes item, naming the meeting whose minutes they are ("1 December 2026"). */
export function minutesSummary(previousMeeting: string): string {
  return `To approve as a correct record the minutes of the meeting held on ${previousMeeting}.`;
}

export const MONITOR_SUMMARY = 'To review progress on the recommendations and actions the committee has agreed, and to note those completed since the last meeting.';
export const PROGRAMME_SUMMARY = 'To note the committee’s terms of reference and to review and agree its work programme for the rest of the municipal year.';
