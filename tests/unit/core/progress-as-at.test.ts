import { describe, expect, it } from 'vitest';
import { currentUpdates, progressChains, revisionAsAt, stateAsAt, updatesAsAt, type ProgressRow } from '../../../electron/core/domain/progress-as-at';

const row = (id: number, supersedesId: number | null, updateDate: string, createdAt: string, extra: Partial<ProgressRow> = {}): ProgressRow => ({
  id, supersedesId, updateDate, createdAt: `${createdAt}T12:00:00Z`, rag: null, status: null, ...extra,
});

describe('progress as at a date', () => {
  const rows = [
    row(1, null, '2018-09-05', '2018-09-05', { rag: 'red' }),
    row(2, null, '2018-09-20', '2018-09-21', { rag: 'amber' }),
    row(3, 1, '2018-09-05', '2018-10-15', { rag: 'amber' }),
    row(4, 3, '2018-09-06', '2018-11-01', { rag: 'green' }),
  ];
  const chains = progressChains(rows);

  it('groups revisions into chains, oldest first', () => {
    expect(chains.map((chain) => chain.revisions.map((revision) => revision.id))).toEqual([[1, 3, 4], [2]]);
  });

  it('takes the revision recorded by the end of the day asked for', () => {
    const [first] = chains;
    if (!first) throw new Error('no chain');
    expect(revisionAsAt(first, '2018-09-30')?.id).toBe(1);
    expect(revisionAsAt(first, '2018-10-15')?.id).toBe(3);
    expect(revisionAsAt(first, '2018-11-30')?.id).toBe(4);
    expect(revisionAsAt(first, '2018-09-04')).toBeNull();
  });

  it('counts history entered later as first recorded', () => {
    const backfilled = progressChains([row(7, null, '2018-03-01', '2026-01-01'), row(8, 7, '2018-03-01', '2026-02-01')]);
    const [chain] = backfilled;
    if (!chain) throw new Error('no chain');
    expect(revisionAsAt(chain, '2018-06-30')?.id).toBe(7);
  });

  it('orders what stood by date and finds the record as it stands now', () => {
    expect(updatesAsAt(chains, '2018-09-30').map((update) => update.id)).toEqual([1, 2]);
    expect(currentUpdates(chains).map((update) => update.id)).toEqual([4, 2]);
  });

  it('rebuilds rating and status from the updates of the day, or the action’s own when no update ever gave one', () => {
    const stored = { rag: 'green' as const, status: 'complete' as const };
    expect(stateAsAt(rows, updatesAsAt(chains, '2018-09-10'), stored)).toEqual({ rag: 'red', status: 'complete' });
    expect(stateAsAt(rows, [], stored)).toEqual({ rag: null, status: 'complete' });
  });
});
