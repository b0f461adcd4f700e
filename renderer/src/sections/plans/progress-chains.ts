import type { ProgressRevision } from '../../../../shared/api/methods/action-plans';

/** One progress update as it stands, with the revisions it replaced (newest first). */
export type ProgressChain = { current: ProgressRevision; earlier: ProgressRevision[] };

/** Groups an action's history into updates, in the order the engine gives (latest date first). */
export function chainsOf(history: readonly ProgressRevision[]): ProgressChain[] {
  const byId = new Map(history.map((revision) => [revision.id, revision]));
  return history
    .filter((revision) => revision.supersededById === null)
    .map((current) => {
      const earlier: ProgressRevision[] = [];
      let older = current.supersedesId === null ? undefined : byId.get(current.supersedesId);
      // A chain is short, but a damaged one must not loop for ever.
      while (older && earlier.length < history.length) {
        earlier.push(older);
        older = older.supersedesId === null ? undefined : byId.get(older.supersedesId);
      }
      return { current, earlier };
    });
}
