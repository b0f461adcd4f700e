// The progress log's grouping: each update as it stands, with the versions its
// corrections replaced, from the flat history the engine returns.
import { describe, expect, it } from 'vitest';
import { chainsOf } from '../../../renderer/src/sections/plans/progress-chains';
import type { ProgressRevision } from '../../../shared/api/methods/action-plans';

/** A revision `id` dated `updateDate`, replacing `supersedesId` and replaced by `supersededById`. */
function revision(id: number, updateDate: string, supersedesId: number | null, supersededById: number | null): ProgressRevision {
  return {
    id,
    actionId: 1,
    supersedesId,
    supersededById,
    updateDate,
    author: 'Jo Bloggs',
    note: { type: 'doc', content: [] },
    rag: 'amber',
    status: 'in_progress',
    createdAt: `${updateDate}T09:00:00Z`,
  };
}

/** Each chain as "current ← earlier, earlier", by id. */
const shape = (history: readonly ProgressRevision[]) =>
  chainsOf(history).map((chain) => [chain.current.id, ...chain.earlier.map((earlier) => earlier.id)].join(' ← '));

describe('grouping an action’s progress history into updates', () => {
  it('has no updates for an action with no history', () => {
    expect(chainsOf([])).toEqual([]);
  });

  it('gives an update never corrected no earlier versions', () => {
    const only = revision(1, '2026-03-01', null, null);
    expect(chainsOf([only])).toEqual([{ current: only, earlier: [] }]);
  });

  it('puts the newest version of each update first and the versions it replaced after it, newest first', () => {
    // The March update was corrected twice (2 → 5 → 7); February's never; January's once (1 → 3).
    const history = [
      revision(7, '2026-03-02', 5, null),
      revision(5, '2026-03-01', 2, 7),
      revision(2, '2026-03-01', null, 5),
      revision(4, '2026-02-01', null, null),
      revision(3, '2026-01-15', 1, null),
      revision(1, '2026-01-14', null, 3),
    ];
    expect(shape(history)).toEqual(['7 ← 5 ← 2', '4', '3 ← 1']);
    expect(chainsOf(history)[0]?.earlier.map((earlier) => earlier.updateDate)).toEqual(['2026-03-01', '2026-03-01']);
  });

  it('follows a long run of corrections however the revisions are ordered', () => {
    // Six versions of one update, each correcting the last, handed over oldest first.
    const history = [1, 2, 3, 4, 5, 6].map((id) => revision(id, '2026-05-01', id === 1 ? null : id - 1, id === 6 ? null : id + 1));
    expect(shape(history)).toEqual(['6 ← 5 ← 4 ← 3 ← 2 ← 1']);
  });

  it('keeps the engine’s order of updates rather than sorting them itself', () => {
    const history = [revision(9, '2026-01-01', null, null), revision(8, '2026-06-01', null, null)];
    expect(shape(history)).toEqual(['9', '8']);
  });

  it('stops at a replaced version that is missing from the history', () => {
    const history = [revision(5, '2026-03-01', 4, null), revision(4, '2026-02-01', 3, 5)];
    expect(shape(history)).toEqual(['5 ← 4']);
  });

  it('ends a damaged chain that loops back on itself instead of running for ever', () => {
    const history = [revision(1, '2026-03-01', 2, null), revision(2, '2026-03-01', 1, 1)];
    const [chain] = chainsOf(history);
    expect(chain?.current.id).toBe(1);
    expect(chain?.earlier.length).toBeLessThanOrEqual(history.length);
  });
});
