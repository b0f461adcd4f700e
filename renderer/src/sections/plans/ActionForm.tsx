import { useState } from 'react';
import type { Action, ActionStatus } from '../../../../shared/api/methods/action-plans';
import type { Rag } from '../../../../shared/api/schema';
import { SelectField, TextField } from './Field';
import { FormActions, FormProblem } from './FormParts';
import { errorFor, formError, type FormResult } from './plan-call';
import { RAG_NAMES, RAGS, STATUS_NAMES, STATUSES } from './plan-words';
import { useFormSubmit } from './use-form-submit';

/** What the form sends: only the due date when it was touched, so a changed timescale can set it. */
export type ActionValues = {
  description: string;
  owner: string;
  timescaleLabel: string;
  dueDate?: string | null;
  status: ActionStatus;
  rag: Rag | null;
};

type Props = {
  /** The action being edited, or null for a new one. */
  action: Action | null;
  label: string;
  onSave: (values: ActionValues) => Promise<FormResult<unknown>>;
  onDone: (isSaved: boolean) => void;
};

const FIELDS = ['description', 'owner', 'timescaleLabel', 'dueDate', 'status', 'rag'] as const;
const STATUS_OPTIONS = STATUSES.map((value) => ({ value, label: STATUS_NAMES[value] }));
const RAG_OPTIONS = [{ value: '', label: 'Not rated' }, ...RAGS.map((value) => ({ value, label: RAG_NAMES[value] }))] as const;

/** An action's description, owner, timescale, status and rating; errors stay beside the fields with what was typed. */
export function ActionForm({ action, label, onSave, onDone }: Props) {
  const [description, setDescription] = useState(action?.description ?? '');
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [timescaleLabel, setTimescaleLabel] = useState(action?.timescaleLabel ?? '');
  const [dueDate, setDueDate] = useState(action?.dueDate ?? '');
  const [status, setStatus] = useState<ActionStatus>(action?.status ?? 'not_started');
  const [rag, setRag] = useState<Rag | ''>(action?.rag ?? '');
  const isDueDateTouched = dueDate !== (action?.dueDate ?? '');
  const { failure, isBusy, submit } = useFormSubmit(
    () => onSave({
      description,
      owner,
      timescaleLabel,
      ...(isDueDateTouched ? { dueDate: dueDate === '' ? null : dueDate } : {}),
      status,
      rag: rag === '' ? null : rag,
    }),
    () => { onDone(true); },
  );

  return (
    <form className="plan-form plan-form--inset" aria-label={label} noValidate onSubmit={submit}>
      <FormProblem message={formError(failure, FIELDS)} />
      <TextField label="What is to be done" isMultiline isRequired isFocused value={description} onChange={setDescription} error={errorFor(failure, 'description')} />
      <TextField label="Owner" hint="The person or team who will do it." value={owner} onChange={setOwner} error={errorFor(failure, 'owner')} />
      <div className="plan-form__row">
        <TextField label="Timescale" hint="As written, such as “September 2026” or “Quarterly”." value={timescaleLabel} onChange={setTimescaleLabel} error={errorFor(failure, 'timescaleLabel')} />
        <TextField label="Due date" hint="Leave empty to take the last day of a month named in the timescale." type="date" value={dueDate} onChange={setDueDate} error={errorFor(failure, 'dueDate')} />
      </div>
      <div className="plan-form__row">
        <SelectField label="Status" value={status} onChange={setStatus} options={STATUS_OPTIONS} error={errorFor(failure, 'status')} />
        <SelectField label="RAG rating" hint={action ? 'Progress updates set this; a change here overrides the latest.' : undefined} value={rag} onChange={setRag} options={RAG_OPTIONS} error={errorFor(failure, 'rag')} />
      </div>
      <FormActions isBusy={isBusy} saveLabel={action ? 'Save action' : 'Add action'} onCancel={() => { onDone(false); }} />
    </form>
  );
}
