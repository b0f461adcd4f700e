// The agenda builder's words and the small rules behind them: item kinds,
// the paragraphs of Schedule 12A, the missing-paper flag and new orders.
import type { AgendaItemKind, AgendaItemWithPapers, MeetingDetail } from '../../../../shared/api/methods/meetings';
import { longDate } from '../../../../shared/format/dates';

export const KIND_NAMES: Record<AgendaItemKind, string> = {
  minutes: 'Minutes',
  report: 'Report',
  recommendations_monitor: 'Recommendations monitor',
  terms_and_work_programme: 'Terms of reference and work programme',
  exclusion_of_public: 'Exclusion of the public',
  other: 'Other business',
};

/** The kinds an officer can give an item; the exclusion of the public is placed by the agenda itself. */
export const CHOOSABLE_KINDS: readonly AgendaItemKind[] = ['report', 'minutes', 'recommendations_monitor', 'terms_and_work_programme', 'other'];

/** Part 1 of Schedule 12A to the Local Government Act 1972, each paragraph in a few plain words. */
export const EXEMPTION_PARAGRAPHS: readonly { number: number; description: string }[] = [
  { number: 1, description: 'information about a particular person' },
  { number: 2, description: 'information likely to reveal who a particular person is' },
  { number: 3, description: 'information about the financial or business affairs of any particular person (the council included)' },
  { number: 4, description: 'information about consultations or negotiations on a labour relations matter between the council (or a Minister) and its staff or office-holders' },
  { number: 5, description: 'information covered by legal professional privilege' },
  { number: 6, description: 'information revealing that the council means to serve a notice imposing requirements on someone, or to make an order or direction, under any enactment' },
  { number: 7, description: 'information about action taken or planned to prevent, investigate or prosecute crime' },
];

const PARAGRAPH_PREFIX = /^Paragraph ([1-7]) of Part 1 of Schedule 12A\b/;

/** The ground as stored and printed: "Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972: information about …". */
export function groundOfParagraph(number: number): string {
  const paragraph = EXEMPTION_PARAGRAPHS.find((one) => one.number === number);
  return `Paragraph ${number} of Part 1 of Schedule 12A to the Local Government Act 1972: ${paragraph?.description ?? ''}.`;
}

/** Which choice a stored ground is: a paragraph's number, "other" for words of the officer's own, or "" for none yet. */
export function groundChoiceOf(ground: string): string {
  const match = PARAGRAPH_PREFIX.exec(ground.trim());
  if (match?.[1]) return match[1];
  return ground.trim() === '' ? '' : 'other';
}

/**
 * The flag on a report with no paper: when reports were (or are) due. Items
 * other than reports, items to follow and items with papers have none.
 */
export function missingPaperText(item: Pick<AgendaItemWithPapers, 'kind' | 'isToFollow' | 'papers'>, reportDeadline: string | null, today: string): string | null {
  if (item.kind !== 'report' || item.isToFollow || item.papers.length > 0) return null;
  if (reportDeadline === null) return 'No paper yet.';
  return reportDeadline < today
    ? `No paper yet — reports were due ${longDate(reportDeadline)}`
    : `No paper yet — reports are due by ${longDate(reportDeadline)}`;
}

/**
 * The ids with `id` moved one place up (-1) or down (+1) among the items that
 * move (`placed` ones, the exclusion of the public, are stepped over: the
 * agenda puts them back where they belong); unchanged at either end.
 */
export function steppedOrder(ids: readonly number[], id: number, delta: -1 | 1, placed: readonly number[] = []): number[] {
  const movable = ids.filter((one) => !placed.includes(one));
  const from = movable.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= movable.length) return [...ids];
  movable.splice(from, 1);
  movable.splice(to, 0, id);
  // The placed items keep their indexes; the rest fill the gaps in their new order.
  return ids.map((one) => (placed.includes(one) ? one : (movable.shift() ?? one)));
}

/** The ids with `id` placed before `beforeId` (null: at the end). */
export function droppedOrder(ids: readonly number[], id: number, beforeId: number | null): number[] {
  const rest = ids.filter((other) => other !== id);
  const at = beforeId === null ? rest.length : rest.indexOf(beforeId);
  rest.splice(at < 0 ? rest.length : at, 0, id);
  return rest;
}

/** A sentence on what happened to the exclusion of the public in a change, or '' when nothing did. */
export function exclusionChange(before: MeetingDetail, after: MeetingDetail): string {
  const was = before.agendaItems.findIndex((item) => item.kind === 'exclusion_of_public');
  const is = after.agendaItems.findIndex((item) => item.kind === 'exclusion_of_public');
  const name = `“${KIND_NAMES.exclusion_of_public}”`;
  if (was < 0 && is < 0) return '';
  if (is < 0) return ` ${name} was taken off, as no item is exempt now.`;
  const next = after.agendaItems[is + 1];
  const where = next ? ` before “${next.title}”` : '';
  if (was < 0) return ` ${name} was added as item ${is + 1}${where}.`;
  const wasBefore = before.agendaItems[was + 1]?.id;
  return wasBefore === next?.id && was === is ? '' : ` ${name} is now item ${is + 1}${where}.`;
}
