// The minutes follow the agenda: one minute per item, in agenda order, headed
// with the item's title. Starting from the agenda again after items were
// added fills in only what is missing, so it can be pressed at any time.
import type { AgendaItem } from '../../../shared/api/methods/meetings';
import type { MinuteEntry, Renumbering } from '../../../shared/api/methods/minutes';
import { numberingYearOf } from '../domain/minute-numbering';
import { listAgendaItems } from '../repositories/agenda-items';
import { getNumberingSettings, insertMinuteEntry, listMeetingEntries, reorderMeetingEntries } from '../repositories/minutes';
import { countOtherMeetings, describeMeeting, describeRenumbering, loadWritableMeeting, renumberCommitteeMinutes } from './minutes';
import { audit, inTransaction, type ServiceContext } from './unit-of-work';

/** Adds a minute for each agenda item that has none, each in its agenda place, then numbers them. */
export function startMinutesFromAgenda(ctx: ServiceContext, meetingId: number): { created: number; entries: MinuteEntry[] } & Renumbering {
  return inTransaction(ctx, () => {
    const meeting = loadWritableMeeting(ctx, meetingId);
    const items = listAgendaItems(ctx.db, meetingId);
    const existing = listMeetingEntries(ctx.db, meetingId);
    const minuted = new Set(existing.map((entry) => entry.agendaItemId));
    const missing = items.filter((item) => !minuted.has(item.id));
    if (missing.length === 0) return { created: 0, entries: existing, renumbered: 0 };

    const excluded = publicExcludedItemIds(items);
    const agendaPlace = new Map(items.map((item) => [item.id, item.position]));
    const order = existing.map((entry) => ({ id: entry.id, place: entry.agendaItemId === null ? null : (agendaPlace.get(entry.agendaItemId) ?? null) }));
    const numberingYear = numberingYearOf(meeting.meetingDate, getNumberingSettings(ctx.db));
    const at = ctx.now().toISOString();
    for (const item of missing) {
      // Each new minute takes a placeholder reference of its own; the renumbering below gives the real ones.
      const provisional = { reference: `(new minute ${item.id})`, numberingYear, sequenceNumber: 1 };
      const values = { heading: item.title, agendaItemId: item.id, isPublicExcluded: excluded.has(item.id) };
      const id = insertMinuteEntry(ctx.db, meetingId, values, provisional, at);
      // Before the first minute of a later agenda item; after everything when there is none.
      const before = order.findIndex((entry) => entry.place !== null && entry.place > item.position);
      order.splice(before === -1 ? order.length : before, 0, { id, place: item.position });
    }
    reorderMeetingEntries(ctx.db, meetingId, order.map((entry) => entry.id));
    const renumbered = countOtherMeetings(renumberCommitteeMinutes(ctx, meeting.committeeId), meetingId);
    audit(ctx, 'create', 'minute_entry', null, `Minutes of the ${describeMeeting(meeting)} started from the agenda: ${missing.length} added${describeRenumbering(renumbered)}`);
    return { created: missing.length, entries: listMeetingEntries(ctx.db, meetingId), renumbered };
  });
}

/**
 * The items heard in private: every item after the "Exclusion of the public"
 * resolution (the resolution itself is taken in public), and any exempt item
 * wherever it stands.
 */
function publicExcludedItemIds(items: readonly AgendaItem[]): Set<number> {
  const exclusion = items.find((item) => item.kind === 'exclusion_of_public');
  return new Set(items.filter((item) => item.isExempt || (exclusion !== undefined && item.position > exclusion.position)).map((item) => item.id));
}
