import { useState } from 'react';
import type { ActionPlanView } from '../../../../shared/api/methods/action-plans';
import { usePlanStore } from '../../stores/plan-store';
import { EntryCard } from './EntryCard';
import { NewEntryForm } from './NewEntryForm';
import { changePlan, moveInPlan, useIsReadOnly } from './plan-changes';
import { countOf, longDate, shortDate } from './plan-words';
import { PlanViewControls } from './PlanViewControls';

/** The "Plan" view: how it is shown (as at, changes since), then every entry with its measures, actions and progress. */
export function PlanEditor({ plan }: { plan: ActionPlanView }) {
  const since = usePlanStore((state) => state.since);
  const loadError = usePlanStore((state) => state.loadError);
  const isReadOnly = useIsReadOnly();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const current = plan.entries.filter((entry) => entry.archivedAt === null);
  const ids = current.map((entry) => entry.id);
  const changed = plan.entries.reduce((sum, entry) => sum + entry.actions.filter((action) => action.isChangedSince).length, 0);

  const toggle = (entryId: number) => {
    const next = new Set(expanded);
    if (!next.delete(entryId)) next.add(entryId);
    setExpanded(next);
  };
  const move = (index: number, delta: -1 | 1) =>
    moveInPlan('Entry', ids, index, delta, (order, done) => changePlan('planEntries/reorder', { planId: plan.id, ids: order }, done));

  return (
    <>
      <PlanViewControls />
      {loadError && <p role="alert" className="plan-problem">{loadError}</p>}
      {isReadOnly && (
        <div className="plan-banner" role="status">
          <p>You are looking at the plan as it stood on {longDate(plan.asAt)}. Editing is off.</p>
          <button type="button" className="button-secondary button-secondary--small" onClick={() => void usePlanStore.getState().setAsAt('')}>Back to today</button>
        </div>
      )}
      <p className="plan-changed-count" role="status">
        {since !== '' && (changed === 0 ? `No actions updated since ${shortDate(since)}.` : `${countOf(changed, 'action')} updated since ${shortDate(since)}.`)}
      </p>
      <div className="plan-entries-head">
        <h2>Recommendations and actions</h2>
        <div className="plan-tools">
          <button type="button" className="button-secondary button-secondary--small" onClick={() => { setExpanded(new Set(plan.entries.map((entry) => entry.id))); }}>Expand all</button>
          <button type="button" className="button-secondary button-secondary--small" onClick={() => { setExpanded(new Set()); }}>Collapse all</button>
        </div>
      </div>
      {plan.entries.length === 0 ? (
        <p>This plan has no entries yet. Add one for each recommendation or priority it answers.</p>
      ) : (
        <ol className="plan-entries">
          {plan.entries.map((entry) => {
            const index = ids.indexOf(entry.id);
            return (
              <EntryCard
                key={entry.id}
                entry={entry}
                index={index}
                count={ids.length}
                isExpanded={expanded.has(entry.id)}
                onToggle={() => { toggle(entry.id); }}
                onMove={(delta) => move(index, delta)}
              />
            );
          })}
        </ol>
      )}
      {!isReadOnly && <NewEntryForm plan={plan} onAdded={(entryId) => { setExpanded(new Set([...expanded, entryId])); }} />}
    </>
  );
}
