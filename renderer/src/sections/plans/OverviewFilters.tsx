import { useId } from 'react';
import type { ActionStatus } from '../../../../shared/api/methods/action-plans';
import { SelectField, TextField } from './Field';
import { RAG_KEYS, RAG_NAMES, STATUS_NAMES, STATUSES, type RagKey } from './plan-words';

export type Filters = {
  asAt: string;
  owner: string;
  status: ActionStatus | '';
  rag: RagKey | '';
  isOverdue: boolean;
  isStale: boolean;
  /** As typed: only a whole number from 1 to 104 is sent. */
  staleWeeks: string;
};

export const NO_FILTERS: Filters = { asAt: '', owner: '', status: '', rag: '', isOverdue: false, isStale: false, staleWeeks: '8' };

/** The overview's input for these filters; a stale period that is not a whole number of weeks is left to the default. */
export function overviewInput(planId: number, filters: Filters) {
  const weeks = Number(filters.staleWeeks);
  return {
    id: planId,
    ...(filters.asAt !== '' && filters.asAt >= '1900-01-01' ? { asAt: filters.asAt } : {}),
    ...(filters.owner !== '' ? { owner: filters.owner } : {}),
    ...(filters.status !== '' ? { status: filters.status } : {}),
    ...(filters.rag !== '' ? { rag: filters.rag } : {}),
    ...(filters.isOverdue ? { isOverdue: true } : {}),
    ...(filters.isStale ? { isStale: true } : {}),
    ...(Number.isInteger(weeks) && weeks >= 1 && weeks <= 104 ? { staleWeeks: weeks } : {}),
  };
}

/** Whether the stale period typed can be used. */
export function staleWeeksError(filters: Filters): string | null {
  const weeks = Number(filters.staleWeeks);
  return filters.staleWeeks.trim() !== '' && Number.isInteger(weeks) && weeks >= 1 && weeks <= 104 ? null : 'Give a whole number of weeks from 1 to 104.';
}

type Props = { filters: Filters; owners: readonly string[]; onChange: (filters: Filters) => void };

/** Owner, status, rating, overdue and stale: each change narrows the action table at once. */
export function OverviewFilters({ filters, owners, onChange }: Props) {
  const id = useId();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => { onChange({ ...filters, [key]: value }); };
  const isFiltered = filters.owner !== '' || filters.status !== '' || filters.rag !== '' || filters.isOverdue || filters.isStale;
  return (
    <form className="plan-filters" aria-label="Filter the actions" onSubmit={(event) => { event.preventDefault(); }}>
      <SelectField label="Owner" value={filters.owner} onChange={(value) => { set('owner', value); }} options={[{ value: '', label: 'Any owner' }, ...owners.map((owner) => ({ value: owner, label: owner }))]} />
      <SelectField<ActionStatus | ''> label="Status" value={filters.status} onChange={(value) => { set('status', value); }} options={[{ value: '', label: 'Any status' }, ...STATUSES.map((value) => ({ value, label: STATUS_NAMES[value] }))]} />
      <SelectField<RagKey | ''> label="RAG rating" value={filters.rag} onChange={(value) => { set('rag', value); }} options={[{ value: '', label: 'Any rating' }, ...RAG_KEYS.map((value) => ({ value, label: RAG_NAMES[value] }))]} />
      <div className="plan-filters__checks">
        <div className="checkbox">
          <input id={`${id}-overdue`} type="checkbox" checked={filters.isOverdue} onChange={(event) => { set('isOverdue', event.target.checked); }} />
          <label htmlFor={`${id}-overdue`}>Overdue only</label>
        </div>
        <div className="checkbox">
          <input id={`${id}-stale`} type="checkbox" checked={filters.isStale} onChange={(event) => { set('isStale', event.target.checked); }} />
          <label htmlFor={`${id}-stale`}>Stale only</label>
        </div>
      </div>
      <TextField
        label="Stale after (weeks)"
        hint="Not complete and no update for this long."
        type="number"
        min="1"
        max="104"
        className="plan-filters__weeks"
        value={filters.staleWeeks}
        onChange={(value) => { set('staleWeeks', value); }}
        error={staleWeeksError(filters)}
      />
      {isFiltered && (
        <button type="button" className="button-secondary button-secondary--small plan-filters__clear" onClick={() => { onChange({ ...NO_FILTERS, asAt: filters.asAt, staleWeeks: filters.staleWeeks }); }}>
          Clear filters
        </button>
      )}
    </form>
  );
}
