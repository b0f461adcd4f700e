import { useId, useState } from 'react';
import type { PlanEntryView } from '../../../../shared/api/methods/action-plans';
import { showError } from '../../stores/toast-store';
import { ActionForm } from './ActionForm';
import { SavedNote, useFocusReturn } from './FormParts';
import { ActionItem } from './ActionItem';
import { changePlan, movedIds, useIsReadOnly } from './plan-changes';

/** An entry's actions in order, with the way to add one. */
export function ActionList({ entry }: { entry: PlanEntryView }) {
  const isReadOnly = useIsReadOnly();
  const [isAdding, setAdding] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [addButtonRef, requestAddButtonFocus] = useFocusReturn<HTMLButtonElement>();
  const headingId = useId();
  const current = entry.actions.filter((action) => action.archivedAt === null);
  const ids = current.map((action) => action.id);

  const move = async (index: number, delta: -1 | 1) => {
    const result = await changePlan('actions/reorder', { entryId: entry.id, ids: movedIds(ids, index, delta) }, `Action moved to position ${String(index + delta + 1)} of ${String(ids.length)}.`);
    if (!result.ok) showError(result.message);
  };

  return (
    <div className="plan-actions">
      <h4 id={headingId}>Actions</h4>
      {entry.actions.length === 0 ? (
        <p className="plan-muted">No actions yet.</p>
      ) : (
        <ol className="plan-actions__list" aria-labelledby={headingId}>
          {entry.actions.map((action) => {
            const index = ids.indexOf(action.id);
            return <ActionItem key={action.id} action={action} index={index} count={ids.length} onMove={(delta) => move(index, delta)} />;
          })}
        </ol>
      )}
      {!isReadOnly && (isAdding ? (
        <ActionForm
          action={null}
          label={`New action for “${entry.heading}”`}
          onSave={(values) => changePlan('actions/create', { entryId: entry.id, ...values }, 'Action added.')}
          onDone={(isSaved) => { setAdding(false); requestAddButtonFocus(); if (isSaved) setSavedAt(new Date()); }}
        />
      ) : (
        <button ref={addButtonRef} type="button" className="plan-button" onClick={() => { setAdding(true); }}>
          Add an action<span className="visually-hidden"> to “{entry.heading}”</span>
        </button>
      ))}
      <SavedNote savedAt={savedAt} />
    </div>
  );
}
