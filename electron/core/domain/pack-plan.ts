// Which papers go into which pack. The public edition never carries an exempt
// item's papers (its agenda line shows only the title and the exemption); the
// members' edition carries everything. Items still "to follow" go out later in
// a supplementary pack made of just those items.
import type { MeetingDetail, AgendaItemWithPapers, Paper } from '../../../shared/api/methods/meetings';
import type { PackEdition, PackKind } from '../../../shared/api/methods/packs';

export type PlannedItem = {
  item: AgendaItemWithPapers;
  /** The item's number on the agenda: its position, which the agenda keeps as 1…n (the same number the front sheet prints). */
  number: number;
  /** The papers this pack carries for the item, in order (none for an exempt item in the public edition). */
  papers: Paper[];
};

export type PackPlan = {
  edition: PackEdition;
  kind: PackKind;
  /** The agenda lines of this pack, in order. */
  items: PlannedItem[];
  /** Ids of items whose papers are in this pack (they get page ranges and links). */
  itemsWithPages: Set<number>;
  warnings: string[];
};

/** Plans one pack of a meeting: the items it lists and the papers it carries. */
export function planPack(meeting: MeetingDetail, edition: PackEdition, kind: PackKind): PackPlan {
  const warnings: string[] = [];
  // Meeting details list items in position order already.
  const listed = kind === 'main' ? meeting.agendaItems : meeting.agendaItems.filter((item) => item.isToFollow && item.papers.length > 0);
  const items = listed.map((item): PlannedItem => {
    const number = item.position;
    const name = `Item ${number} (${item.title})`;
    const isWithheld = edition === 'public' && item.isExempt;
    const isHeldBack = kind === 'main' && item.isToFollow;
    if (kind === 'main' && item.isToFollow) warnings.push(`${name} is to follow: its papers go out later in a supplementary pack.`);
    if (item.kind === 'report' && item.papers.length === 0 && !item.isToFollow) warnings.push(`${name} is a report but has no papers.`);
    const papers = isWithheld || isHeldBack ? [] : item.papers.filter((paper) => {
      if (paper.kind === 'document' && paper.document.status === 'withdrawn') {
        warnings.push(`${name}: “${paper.document.title}” is withdrawn, so it is left out.`);
        return false;
      }
      if (paper.kind === 'document' && paper.document.status === 'draft') warnings.push(`${name}: “${paper.document.title}” is still a draft.`);
      return true;
    });
    return { item, number, papers };
  });
  const itemsWithPages = new Set(items.filter((planned) => planned.papers.length > 0).map((planned) => planned.item.id));
  return { edition, kind, items, itemsWithPages, warnings };
}


/**
 * Why the public edition cannot go out yet, or null: an exempt item listed in
 * the pack with no exemption ground, since the public agenda must say why the
 * item is withheld. The members' edition is not held up by it.
 */
export function publicEditionBlocker(meeting: MeetingDetail, kind: PackKind, action: 'building' | 'issuing'): string | null {
  const ungrounded = planPack(meeting, 'public', kind).items.filter((planned) => planned.item.isExempt && planned.item.exemptGround.trim() === '');
  if (ungrounded.length === 0) return null;
  const names = ungrounded.map((planned) => `${planned.number} (${planned.item.title})`);
  const list = names.length === 1 ? `Item ${names[0] ?? ''} is` : `Items ${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''} are`;
  const each = names.length === 1 ? '' : ' for each';
  return `${list} exempt but ${names.length === 1 ? 'has' : 'have'} no exemption ground. Choose the paragraph of Schedule 12A${each} before ${action} the public pack. The members’ edition can be built without it.`;
}
