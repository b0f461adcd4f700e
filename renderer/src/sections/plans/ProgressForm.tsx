import { useState } from 'react';
import type { ActionStatus, ProgressUpdate } from '../../../../shared/api/methods/action-plans';
import type { Rag, RichText } from '../../../../shared/api/schema';
import { SelectField, TextField } from './Field';
import { FormActions, FormProblem } from './FormParts';
import { NoteField } from './NoteField';
import { errorFor, formError, type FormResult } from './plan-call';
import { RAG_NAMES, RAGS, STATUS_NAMES, STATUSES, todayIso } from './plan-words';
import { useFormSubmit } from './use-form-submit';

export type ProgressValues = { updateDate: string; rag: Rag | null; status: ActionStatus | null; note: RichText };

type Props = {
  /** What the form starts with: the update being corrected, or the action's present rating for a new one. */
  initial: Pick<ProgressUpdate, 'rag' | 'status'> & Partial<Pick<ProgressUpdate, 'updateDate' | 'note'>>;
  label: string;
  saveLabel: string;
  onSave: (values: ProgressValues) => Promise<FormResult<unknown>>;
  onDone: (isSaved: boolean) => void;
};

const FIELDS = ['updateDate', 'rag', 'status', 'note'] as const;
const RAG_OPTIONS = [{ value: '', label: 'Not rated' }, ...RAGS.map((value) => ({ value, label: RAG_NAMES[value] }))] as const;
const STATUS_OPTIONS = [{ value: '', label: 'Not given' }, ...STATUSES.map((value) => ({ value, label: STATUS_NAMES[value] }))] as const;

/** A progress update's date, rating, status and note: for a new update, or a correction of one. */
export function ProgressForm({ initial, label, saveLabel, onSave, onDone }: Props) {
  const today = todayIso();
  const [updateDate, setUpdateDate] = useState(initial.updateDate ?? today);
  const [rag, setRag] = useState<Rag | ''>(initial.rag ?? '');
  const [status, setStatus] = useState<ActionStatus | ''>(initial.status ?? '');
  const [note, setNote] = useState<RichText>(initial.note ?? { type: 'doc', content: [] });
  const { failure, isBusy, submit } = useFormSubmit(
    () => onSave({ updateDate, rag: rag === '' ? null : rag, status: status === '' ? null : status, note }),
    () => { onDone(true); },
  );

  return (
    <form className="plan-form plan-form--inset" aria-label={label} noValidate onSubmit={submit}>
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="plan-form__row">
        <TextField label="Date of the update" type="date" max={today} isFocused value={updateDate} onChange={setUpdateDate} error={errorFor(failure, 'updateDate')} />
        <SelectField label="RAG rating" value={rag} onChange={setRag} options={RAG_OPTIONS} error={errorFor(failure, 'rag')} />
        <SelectField label="Status" value={status} onChange={setStatus} options={STATUS_OPTIONS} error={errorFor(failure, 'status')} />
      </div>
      <NoteField label="Note" value={note} onChange={setNote} error={errorFor(failure, 'note')} />
      <FormActions isBusy={isBusy} saveLabel={saveLabel} onCancel={() => { onDone(false); }} />
    </form>
  );
}
