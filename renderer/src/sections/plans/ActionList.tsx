import { useId } from 'react';
import type { PlanEntryView } from '../../../../shared/api/methods/action-plans';
import { ActionForm } from './ActionForm';
import { SavedNote } from './FormParts';
import { ActionItem } from './ActionItem';
import { changePlan, moveInPlan, useIsReadOnly } from './plan-changes';
import { useFormOpener } from './use-form-opener';

/** An entry's actions in order, with the way to add one. */
export function ActionList({ entry }: { entry: PlanEntryView }) {
  const isReadOnly = useIsReadOnly();
  const { isOpen: isAdding, open, close, savedAt, openerRef } = useFormOpener();
  const headingId = useId();
  const current = entry.actions.filter((action) => action.archivedAt === null);
  const ids = current.map((action) => action.id);

  const move = (index: number, delta: -1 | 1) =>
    moveInPlan('Action', ids, index, delta, (order, done) => changePlan('actions/reorder', { entryId: entry.id, ids: order }, done));

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
          onDone={close}
        />
      ) : (
        <button ref={openerRef} type="button" className="button-secondary" onClick={open}>
          Add an action<span className="visually-hidden"> to “{entry.heading}”</span>
        </button>
      ))}
      <SavedNote savedAt={savedAt} />
    </div>
  );
}
