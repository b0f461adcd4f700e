import type { OverviewAction, OverviewEntry } from '../../../../shared/api/methods/action-plans';
import { countOf, RAG_KEYS, shortDate, STATUS_NAMES, timescalePhrase } from './plan-words';
import { RagTag } from './RagTag';

/** RAG counts per recommendation, with overdue and stale actions. */
export function OverviewEntryTable({ entries, staleWeeks }: { entries: readonly OverviewEntry[]; staleWeeks: number }) {
  if (entries.length === 0) return <p>This plan has no entries yet.</p>;
  return (
    <div className="plan-table-wrap">
      <table className="pack-table plan-table">
        <caption className="visually-hidden">Actions by rating for each recommendation</caption>
        <thead>
          <tr>
            <th scope="col">Recommendation</th>
            {RAG_KEYS.map((key) => <th key={key} scope="col" className="pack-number"><RagTag rag={key} /></th>)}
            <th scope="col" className="pack-number">Overdue</th>
            <th scope="col" className="pack-number">Stale<span className="visually-hidden"> (no update in {countOf(staleWeeks, 'week')})</span></th>
            <th scope="col" className="pack-number">Actions</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">{entry.recommendationNumber === null ? entry.heading : `${String(entry.recommendationNumber)}. ${entry.heading}`}</th>
              {RAG_KEYS.map((key) => <td key={key} className={entry.counts[key] > 0 ? 'pack-number' : 'pack-number plan-muted'}>{entry.counts[key]}</td>)}
              <td className={entry.overdueCount > 0 ? 'pack-number plan-strong' : 'pack-number plan-muted'}>{entry.overdueCount}</td>
              <td className={entry.staleCount > 0 ? 'pack-number plan-strong' : 'pack-number plan-muted'}>{entry.staleCount}</td>
              <td className="pack-number">{entry.actionCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The actions that pass the filters, in plan order. */
export function OverviewActionTable({ actions }: { actions: readonly OverviewAction[] }) {
  if (actions.length === 0) return <p className="plan-muted">No actions match these filters.</p>;
  return (
    <div className="plan-table-wrap">
      <table className="pack-table plan-table plan-table--actions">
        <caption className="visually-hidden">Actions that match the filters</caption>
        <thead>
          <tr>
            <th scope="col">Rec.</th>
            <th scope="col">Action</th>
            <th scope="col">Owner</th>
            <th scope="col">Timescale</th>
            <th scope="col">Status</th>
            <th scope="col">RAG</th>
            <th scope="col">Last update</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id}>
              <td>{action.recommendationNumber ?? <><span className="plan-muted" aria-hidden="true">–</span><span className="visually-hidden">{action.entryHeading}</span></>}</td>
              <th scope="row">{action.description}</th>
              <td>{action.owner || <span className="plan-muted">Not given</span>}</td>
              <td>{timescalePhrase(action)}</td>
              <td>{STATUS_NAMES[action.status]}</td>
              <td><RagTag rag={action.rag} /></td>
              <td>{action.lastUpdateDate === null ? <span className="plan-muted">None</span> : shortDate(action.lastUpdateDate)}</td>
              <td>
                <span className="plan-flags">
                  {action.isOverdue && <span className="plan-flag plan-flag--overdue">Overdue</span>}
                  {action.isStale && <span className="plan-flag plan-flag--stale">Stale</span>}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
