import { useId, useState, type SyntheticEvent } from 'react';
import type { Measure, PlanEntryView } from '../../../../shared/api/methods/action-plans';
import { showError } from '../../stores/toast-store';
import { TextField } from './Field';
import { FormActions, FormProblem, SavedNote, useFocusReturn } from './FormParts';
import { MoveButtons } from './MoveButtons';
import { errorFor, formError, type FormFailure, type FormResult } from './plan-call';
import { changePlan, movedIds, useIsReadOnly } from './plan-changes';
import { RemoveControls } from './RemoveControls';

type MeasureValues = { description: string; target: string; currentValue: string };

/** An entry's measures of success, each with its target and where it stands now. */
export function MeasureList({ entry }: { entry: PlanEntryView }) {
  const isReadOnly = useIsReadOnly();
  const [isAdding, setAdding] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [addButtonRef, requestAddButtonFocus] = useFocusReturn<HTMLButtonElement>();
  const headingId = useId();
  const ids = entry.measures.map((measure) => measure.id);

  const move = async (index: number, delta: -1 | 1) => {
    const result = await changePlan('measures/reorder', { entryId: entry.id, ids: movedIds(ids, index, delta) }, `Measure moved to position ${String(index + delta + 1)} of ${String(ids.length)}.`);
    if (!result.ok) showError(result.message);
  };

  return (
    <div className="plan-measures">
      <h4 id={headingId}>Measures</h4>
      {entry.measures.length === 0 ? (
        <p className="plan-muted">No measures yet.</p>
      ) : (
        <ul className="plan-measures__list" aria-labelledby={headingId}>
          {entry.measures.map((measure, index) => (
            <MeasureItem key={measure.id} measure={measure} index={index} count={ids.length} isReadOnly={isReadOnly} onMove={(delta) => move(index, delta)} />
          ))}
        </ul>
      )}
      {!isReadOnly && (isAdding ? (
        <MeasureForm
          measure={null}
          label={`New measure for “${entry.heading}”`}
          onSave={(values) => changePlan('measures/create', { entryId: entry.id, ...values }, 'Measure added.')}
          onDone={(isSaved) => { setAdding(false); requestAddButtonFocus(); if (isSaved) setSavedAt(new Date()); }}
        />
      ) : (
        <button ref={addButtonRef} type="button" className="plan-button" onClick={() => { setAdding(true); }}>
          Add a measure<span className="visually-hidden"> to “{entry.heading}”</span>
        </button>
      ))}
      <SavedNote savedAt={savedAt} />
    </div>
  );
}

type ItemProps = { measure: Measure; index: number; count: number; isReadOnly: boolean; onMove: (delta: -1 | 1) => Promise<void> };

function MeasureItem({ measure, index, count, isReadOnly, onMove }: ItemProps) {
  const [isEditing, setEditing] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [editButtonRef, requestEditButtonFocus] = useFocusReturn<HTMLButtonElement>();
  const what = `measure “${measure.description}”`;
  return (
    <li className="plan-measure">
      {isEditing ? (
        <MeasureForm
          measure={measure}
          label={`Edit ${what}`}
          onSave={(values) => changePlan('measures/update', { id: measure.id, ...values }, 'Measure saved.')}
          onDone={(isSaved) => { setEditing(false); requestEditButtonFocus(); if (isSaved) setSavedAt(new Date()); }}
        />
      ) : (
        <div className="plan-measure__text">
          <span className="plan-measure__description">{measure.description}</span>
          <span><span className="plan-action__label">Target:</span> {measure.target || 'not set'}</span>
          <span><span className="plan-action__label">Now:</span> {measure.currentValue || 'not known'}</span>
        </div>
      )}
      <SavedNote savedAt={savedAt} />
      {!isReadOnly && !isEditing && (
        <div className="plan-tools">
          <button ref={editButtonRef} type="button" className="plan-button plan-button--small" onClick={() => { setEditing(true); }}>
            Edit<span className="visually-hidden"> {what}</span>
          </button>
          <MoveButtons what={what} index={index} count={count} onMove={onMove} />
          <RemoveControls
            what={what}
            isArchived={false}
            onDelete={() => changePlan('measures/delete', { id: measure.id }, 'Measure deleted.')}
          />
        </div>
      )}
    </li>
  );
}

const FIELDS = ['description', 'target', 'currentValue'] as const;

type FormProps = { measure: Measure | null; label: string; onSave: (values: MeasureValues) => Promise<FormResult<unknown>>; onDone: (isSaved: boolean) => void };

function MeasureForm({ measure, label, onSave, onDone }: FormProps) {
  const [description, setDescription] = useState(measure?.description ?? '');
  const [target, setTarget] = useState(measure?.target ?? '');
  const [currentValue, setCurrentValue] = useState(measure?.currentValue ?? '');
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const save = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    const result = await onSave({ description, target, currentValue });
    setBusy(false);
    if (result.ok) onDone(true);
    else setFailure(result);
  };
  return (
    <form className="plan-form plan-form--inset" aria-label={label} noValidate onSubmit={(event) => void save(event)}>
      <FormProblem message={formError(failure, FIELDS)} />
      <TextField label="What is measured" isMultiline isRequired isFocused value={description} onChange={setDescription} error={errorFor(failure, 'description')} />
      <div className="plan-form__row">
        <TextField label="Target" value={target} onChange={setTarget} error={errorFor(failure, 'target')} />
        <TextField label="Current value" value={currentValue} onChange={setCurrentValue} error={errorFor(failure, 'currentValue')} />
      </div>
      <FormActions isBusy={isBusy} saveLabel={measure ? 'Save measure' : 'Add measure'} onCancel={() => { onDone(false); }} />
    </form>
  );
}
