import { useId, useState } from 'react';
import type { Measure, PlanEntryView } from '../../../../shared/api/methods/action-plans';
import { TextField } from './Field';
import { FormActions, FormProblem, SavedNote } from './FormParts';
import { MoveButtons } from '../../components/MoveButtons';
import { errorFor, formError, type FormResult } from './plan-call';
import { changePlan, moveInPlan, useIsReadOnly } from './plan-changes';
import { RemoveControls } from './RemoveControls';
import { useFormOpener } from './use-form-opener';
import { useFormSubmit } from './use-form-submit';

type MeasureValues = { description: string; target: string; currentValue: string };

/** An entry's measures of success, each with its target and where it stands now. */
export function MeasureList({ entry }: { entry: PlanEntryView }) {
  const isReadOnly = useIsReadOnly();
  const { isOpen: isAdding, open, close, savedAt, openerRef } = useFormOpener();
  const headingId = useId();
  const ids = entry.measures.map((measure) => measure.id);

  const move = (index: number, delta: -1 | 1) =>
    moveInPlan('Measure', ids, index, delta, (order, done) => changePlan('measures/reorder', { entryId: entry.id, ids: order }, done));

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
          onDone={close}
        />
      ) : (
        <button ref={openerRef} type="button" className="button-secondary" onClick={open}>
          Add a measure<span className="visually-hidden"> to “{entry.heading}”</span>
        </button>
      ))}
      <SavedNote savedAt={savedAt} />
    </div>
  );
}

type ItemProps = { measure: Measure; index: number; count: number; isReadOnly: boolean; onMove: (delta: -1 | 1) => Promise<void> };

function MeasureItem({ measure, index, count, isReadOnly, onMove }: ItemProps) {
  const { isOpen: isEditing, open, close, savedAt, openerRef } = useFormOpener();
  const what = `measure “${measure.description}”`;
  return (
    <li className="plan-measure">
      {isEditing ? (
        <MeasureForm
          measure={measure}
          label={`Edit ${what}`}
          onSave={(values) => changePlan('measures/update', { id: measure.id, ...values }, 'Measure saved.')}
          onDone={close}
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
          <button ref={openerRef} type="button" className="button-secondary button-secondary--small" onClick={open}>
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
  const { failure, isBusy, submit } = useFormSubmit(() => onSave({ description, target, currentValue }), () => { onDone(true); });
  return (
    <form className="plan-form plan-form--inset" aria-label={label} noValidate onSubmit={submit}>
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
