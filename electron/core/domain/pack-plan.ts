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

