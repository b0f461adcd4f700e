import { describe, expect, it } from 'vitest';
import { isOverdue, rollUpRag } from '../../../electron/core/domain/rag';

describe('RAG roll-up', () => {
  it('is red when any action is red, whatever the rest', () => {
    expect(rollUpRag(['green', 'red', 'amber', null])).toEqual({ red: 1, amber: 1, green: 1, unrated: 1, overall: 'red' });
  });

  it('is amber when none is red and any is amber, even with unrated actions', () => {
    expect(rollUpRag(['green', 'amber', null]).overall).toBe('amber');
  });

  it('is green only when every action is rated green', () => {
    expect(rollUpRag(['green', 'green'])).toEqual({ red: 0, amber: 0, green: 2, unrated: 0, overall: 'green' });
    expect(rollUpRag(['green', null]).overall).toBeNull();
  });

  it('has no overall rating without actions', () => {
    expect(rollUpRag([])).toEqual({ red: 0, amber: 0, green: 0, unrated: 0, overall: null });
  });
});

describe('overdue actions', () => {
  it('are past their due date and not complete', () => {
    expect(isOverdue({ dueDate: '2018-09-30', status: 'in_progress' }, '2018-10-01')).toBe(true);
    expect(isOverdue({ dueDate: '2018-09-30', status: 'on_hold' }, '2018-10-01')).toBe(true);
  });

  it('are not overdue on the due date itself, when complete, or without a due date', () => {
    expect(isOverdue({ dueDate: '2018-09-30', status: 'not_started' }, '2018-09-30')).toBe(false);
    expect(isOverdue({ dueDate: '2018-09-30', status: 'complete' }, '2019-01-01')).toBe(false);
    expect(isOverdue({ dueDate: null, status: 'not_started' }, '2030-01-01')).toBe(false);
  });
});
