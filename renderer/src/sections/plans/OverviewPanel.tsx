import { useState } from 'react';
import type { ActionPlanView, PlanOverview } from '../../../../shared/api/methods/action-plans';
import { OverviewActionTable, OverviewEntryTable } from './OverviewTables';
import { NO_FILTERS, OverviewFilters, overviewInput } from './OverviewFilters';
import { TextField } from './Field';
import { countOf, longDate, RAG_KEYS, todayIso } from './plan-words';
import { PlanExport } from './PlanExport';
import { RagChart } from './RagChart';
import { RagTag } from './RagTag';
import { useKeptRead } from './use-kept-read';

/** The "Overview" view: totals, RAG over time, counts per recommendation, the filtered action table and the exports. */
export function OverviewPanel({ plan }: { plan: ActionPlanView }) {
  const [filters, setFilters] = useState(NO_FILTERS);
  const overview = useKeptRead('actionPlans/overview', overviewInput(plan.id, filters));
  const value = overview.value;

  return (
    <>
      {overview.error && <p role="alert" className="plan-problem">The overview could not be shown: {overview.error}</p>}
      {!value ? (
        <p>{overview.isLoading ? 'Loading the overview…' : 'There is no overview to show.'}</p>
      ) : (
        <>
          <section className="card plan-overview-section" aria-labelledby="plan-totals-heading">
            <div className="plan-card-head">
              <h2 id="plan-totals-heading">The plan on {longDate(value.asAt)}: {countOf(value.totals.actions, 'action')}</h2>
              <TextField
                label="As at"
                type="date"
                min="1900-01-01"
                max={todayIso()}
                className="plan-overview__as-at"
                value={filters.asAt === '' ? todayIso() : filters.asAt}
                onChange={(asAt) => { setFilters({ ...filters, asAt: asAt === todayIso() ? '' : asAt }); }}
              />
            </div>
            <Totals overview={value} />
          </section>
          <section className="card plan-overview-section" aria-labelledby="plan-chart-heading">
            <h2 id="plan-chart-heading">RAG over time</h2>
            <RagChart history={value.history} />
          </section>
          <section className="card plan-overview-section" aria-labelledby="plan-by-entry-heading">
            <h2 id="plan-by-entry-heading">By recommendation</h2>
            <OverviewEntryTable entries={value.entries} staleWeeks={value.staleWeeks} />
          </section>
          <section className="card plan-overview-section plan-overview-actions" aria-labelledby="plan-actions-heading">
            <h2 id="plan-actions-heading">Actions</h2>
            <OverviewFilters filters={filters} owners={value.owners} onChange={setFilters} />
            <p role="status" className="plan-filters__count">
              {overview.isLoading ? 'Filtering…' : `${countOf(value.actions.length, 'action')} of ${String(value.totals.actions)} shown.`}
            </p>
            <OverviewActionTable actions={value.actions} />
          </section>
        </>
      )}
      <PlanExport planId={plan.id} />
    </>
  );
}

function Totals({ overview }: { overview: PlanOverview }) {
  const { totals } = overview;
  return (
    <ul className="plan-totals" aria-label="Totals">
      {RAG_KEYS.map((key) => (
        <li key={key} className={`plan-totals__item plan-totals__item--${key}`}>
          <span className="plan-totals__number">{totals[key]}</span>
          <RagTag rag={key} />
        </li>
      ))}
      <li className="plan-totals__item plan-totals__item--overdue">
        <span className="plan-totals__number">{totals.overdue}</span>
        <span className="plan-flag plan-flag--overdue">Overdue</span>
      </li>
      <li className="plan-totals__item plan-totals__item--stale">
        <span className="plan-totals__number">{totals.stale}</span>
        <span className="plan-flag plan-flag--stale">Stale</span>
        <span className="plan-totals__hint">no update in {countOf(overview.staleWeeks, 'week')}</span>
      </li>
    </ul>
  );
}
