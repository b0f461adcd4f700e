import { useState, type SyntheticEvent } from 'react';
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import { TextField } from '../../plans/Field';
import { FormActions, FormProblem } from '../../plans/FormParts';
import { errorFor, formError, type FormFailure, type FormResult } from '../../plans/plan-call';
import { todayIso } from '../../plans/plan-words';
import type { FollowUpChange } from './use-tracker';

type Props = {
  followUp: FollowUpListing;
  /** Done, or dropped (which needs a reason: the committee reads it in the monitor). */
  outcome: 'done' | 'dropped';
  onSave: (change: FollowUpChange) => Promise<FormResult<FollowUpListing>>;
  onClose: () => void;
};

const FIELDS = ['completedOn', 'notes'] as const;

/** Closes a follow-up: the day it was done or dropped (today unless changed) and the response the monitor prints. */
export function CloseForm({ followUp, outcome, onSave, onClose }: Props) {
  const [completedOn, setCompletedOn] = useState(todayIso());
  const [notes, setNotes] = useState(followUp.notes);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const isDone = outcome === 'done';

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    if (!isDone && notes.trim() === '') {
      setFailure({ ok: false, field: 'notes', message: 'Say why it is dropped.' });
      return;
    }
    setBusy(true);
    const result = await onSave({ id: followUp.id, status: outcome, completedOn, notes: notes.trim() });
    setBusy(false);
    if (result.ok) onClose();
    else setFailure(result);
  };

  return (
    <form className="plan-form plan-form--inset fu-form" noValidate onSubmit={(event) => { void submit(event); }} aria-label={isDone ? `Mark done: ${followUp.description}` : `Drop: ${followUp.description}`}>
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="plan-form__row">
        <TextField
          className="fu-date"
          label={isDone ? 'Done on' : 'Dropped on'}
          type="date"
          value={completedOn}
          max={todayIso()}
          isFocused
          error={errorFor(failure, 'completedOn')}
          onChange={setCompletedOn}
        />
        <TextField
          label={isDone ? 'Response (optional)' : 'Why is it dropped?'}
          hint={isDone ? 'What was done, as the committee will read it in the recommendations monitor.' : 'The committee reads this in the recommendations monitor.'}
          isMultiline
          isRequired={!isDone}
          value={notes}
          error={errorFor(failure, 'notes')}
          onChange={setNotes}
        />
      </div>
      <FormActions isBusy={isBusy} saveLabel={isDone ? 'Mark done' : 'Drop follow-up'} onCancel={onClose} />
    </form>
  );
}
