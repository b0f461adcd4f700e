import { describe, expect, it } from 'vitest';
import type { ProgressRow } from '../../../electron/core/domain/progress-as-at';
import { historyDates, ragHistory, type HistoryAction } from '../../../electron/core/domain/rag-history';

const row = (id: number, supersedesId: number | null, updateDate: string, createdAt: string, extra: Partial<ProgressRow> = {}): ProgressRow => ({
  id, supersedesId, updateDate, createdAt, rag: null, status: null, ...extra,
});

describe('the days a RAG chart samples', () => {
  it('are each month end from the start, then the day asked for', () => {
    expect(historyDates('2025-01-15', '2025-04-10')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-10']);
    expect(historyDates('2024-02-01', '2024-03-01')).toEqual(['2024-02-29', '2024-03-01']);
  });

  it('do not repeat a month end that is the day asked for, and never run past it', () => {
    expect(historyDates('2025-01-01', '2025-02-28')).toEqual(['2025-01-31', '2025-02-28']);
    expect(historyDates('2025-03-05', '2025-03-20')).toEqual(['2025-03-20']);
    expect(historyDates('2026-01-01', '2025-06-30')).toEqual(['2025-06-30']);
  });

  it('are thinned evenly past the limit, keeping the first and the last', () => {
    const all = historyDates('2020-01-01', '2025-12-15', 1_000);
    // 71 month ends (January 2020 to November 2025) and 15 December.
    expect(all).toHaveLength(72);
    const thinned = historyDates('2020-01-01', '2025-12-15', 10);
    expect(thinned).toHaveLength(10);
    // 72 days, 71 steps shared over 9: indices 0, 8, 16, 24, 32, 39, 47, 55, 63, 71.
    expect(thinned).toEqual([0, 8, 16, 24, 32, 39, 47, 55, 63, 71].map((index) => all[index]));
    expect(historyDates('2000-01-01', '2025-12-15')).toHaveLength(60);
  });
});

describe('RAG over time', () => {
  const action = (overrides: Partial<HistoryAction>): HistoryAction => ({
    createdAt: '2025-01-05T10:00:00Z', archivedAt: null, rag: null, status: 'not_started', progress: [], ...overrides,
  });

  it('counts an action from the day it was added to the day it left, complete apart, today as the action stands', () => {
    const actions = [
      action({ progress: [row(1, null, '2025-01-20', '2025-01-20T10:00:00Z', { rag: 'amber' }), row(2, null, '2025-02-10', '2025-02-10T10:00:00Z', { rag: 'green', status: 'complete' })], rag: 'green', status: 'complete' }),
      action({ createdAt: '2025-02-14T10:00:00Z', archivedAt: '2025-03-31T23:30:00Z' }),
      // Rated by an officer today, without an update: the best record of the past too.
      action({ rag: 'red', status: 'in_progress' }),
    ];
    expect(ragHistory(actions, ['2025-01-04', '2025-01-31', '2025-02-28', '2025-03-31', '2025-04-01', '2025-04-02'], '2025-04-02')).toEqual([
      { date: '2025-01-04', red: 0, amber: 0, green: 0, complete: 0, unrated: 0 },
      { date: '2025-01-31', red: 1, amber: 1, green: 0, complete: 0, unrated: 0 },
      { date: '2025-02-28', red: 1, amber: 0, green: 0, complete: 1, unrated: 1 },
      // Archived at 11.30 pm UTC on 31 March, which is 12.30 am on 1 April in London: still there at the end of 31 March.
      { date: '2025-03-31', red: 1, amber: 0, green: 0, complete: 1, unrated: 1 },
      { date: '2025-04-01', red: 1, amber: 0, green: 0, complete: 1, unrated: 0 },
      { date: '2025-04-02', red: 1, amber: 0, green: 0, complete: 1, unrated: 0 },
    ]);
  });
});
