// Where the "Exclusion of the public" item goes. The public may only be asked
// to leave for the exempt business, so the resolution sits immediately before
// the first exempt item and the exempt items follow it; with nothing exempt
// there is nothing to exclude the public from, so the item goes.
import type { AgendaItemKind } from '../../../shared/api/methods/meetings';

/** What the rule needs of each agenda item, in agenda order. */
export type AgendaLine = { id: number; kind: AgendaItemKind; isExempt: boolean };

/** Stands in the order for an exclusion item the rule adds. */
export const NEW_EXCLUSION = 'new';

/**
 * What to do to the agenda: the exclusion items to delete, and the order the
 * rest should take (with NEW_EXCLUSION where a new one is to be added).
 * `isChanged` is false when the agenda is already right.
 */
export type ExclusionPlan = {
  remove: number[];
  order: (number | typeof NEW_EXCLUSION)[];
  isChanged: boolean;
};

export const EXCLUSION_TITLE = 'Exclusion of the public';

/** The standing wording of the resolution; the paragraph of Schedule 12A is given against each exempt item. */
export const EXCLUSION_SUMMARY =
  'To decide whether to exclude the press and public from the meeting for the items that follow, under section 100A(4) of the Local Government Act 1972, ' +
  'because they are likely to involve the disclosure of exempt information as described in Part 1 of Schedule 12A to the Act (the paragraph is given against each item), ' +
  'and because, in all the circumstances, the public interest in keeping that information private outweighs the public interest in disclosing it.';

/**
 * Plans the agenda so that exactly one exclusion item stands immediately
 * before the first exempt item, or none when no item is exempt. An existing
 * exclusion item is moved rather than replaced, so wording an officer has
 * tailored is kept; extra ones are removed. `keepId` names an exclusion item
 * to keep even with nothing exempt yet: one just added by hand, which waits
 * for the exempt item the officer is about to add.
 */
export function planExclusion(items: readonly AgendaLine[], options: { keepId?: number } = {}): ExclusionPlan {
  const exclusions = items.filter((item) => item.kind === 'exclusion_of_public');
  const others = items.filter((item) => item.kind !== 'exclusion_of_public');
  const firstExempt = others.findIndex((item) => item.isExempt);
  const current = items.map((item) => item.id);

  if (firstExempt < 0) {
    const remove = exclusions.map((item) => item.id).filter((itemId) => itemId !== options.keepId);
    return { remove, order: current.filter((itemId) => !remove.includes(itemId)), isChanged: remove.length > 0 };
  }

  const kept = exclusions[0];
  const remove = exclusions.slice(1).map((item) => item.id);
  const order: ExclusionPlan['order'] = [
    ...others.slice(0, firstExempt).map((item) => item.id),
    kept?.id ?? NEW_EXCLUSION,
    ...others.slice(firstExempt).map((item) => item.id),
  ];
  const isChanged = kept === undefined || remove.length > 0 || order.some((itemId, index) => itemId !== current[index]);
  return { remove, order, isChanged };
}
