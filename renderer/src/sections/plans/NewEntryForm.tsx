import { useState } from 'react';
import type { ActionPlanView } from '../../../../shared/api/methods/action-plans';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { SelectField, TextField } from './Field';
import { FormActions, FormProblem, SavedNote } from './FormParts';
import { errorFor, formError } from './plan-call';
import { changePlan } from './plan-changes';
import { useFormOpener } from './use-form-opener';
import { useFormSubmit } from './use-form-submit';

/** "Add an entry": a heading and, for a plan that answers an inspection, the recommendation it answers. */
export function NewEntryForm({ plan, onAdded }: { plan: ActionPlanView; onAdded: (entryId: number) => void }) {
  const { isOpen, open, close: closeForm, savedAt, openerRef } = useFormOpener();
  const close = (entryId: number | null) => {
    closeForm(entryId !== null);
    if (entryId !== null) onAdded(entryId);
  };
  return (
    <div className="plan-new-entry">
      {isOpen ? (
        <EntryCreateForm plan={plan} onDone={close} />
      ) : (
        <button ref={openerRef} type="button" onClick={open}>Add an entry</button>
      )}
      <SavedNote savedAt={savedAt} />
    </div>
  );
}

function EntryCreateForm({ plan, onDone }: { plan: ActionPlanView; onDone: (entryId: number | null) => void }) {
  const [heading, setHeading] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const { failure, isBusy, submit } = useFormSubmit(
    () => changePlan('planEntries/create', { planId: plan.id, heading, recommendationId: recommendation === '' ? null : Number(recommendation) }, `Entry “${heading.trim()}” added.`),
    (entry) => { onDone(entry.id); },
  );

  return (
    <form className="card plan-form" aria-label="New entry" noValidate onSubmit={submit}>
      <FormProblem message={formError(failure, ['heading', 'recommendationId'])} />
      <TextField label="Heading" hint="Such as “Recommendation 11” or the priority in a few words." isRequired isFocused value={heading} onChange={setHeading} error={errorFor(failure, 'heading')} />
      {plan.inspectionId !== null && (
        <RecommendationField inspectionId={plan.inspectionId} value={recommendation} onChange={setRecommendation} error={errorFor(failure, 'recommendationId')} />
      )}
      <FormActions isBusy={isBusy} saveLabel="Add entry" onCancel={() => { onDone(null); }} />
    </form>
  );
}

type RecommendationProps = { inspectionId: number; value: string; onChange: (value: string) => void; error: string | null };

function RecommendationField({ inspectionId, value, onChange, error }: RecommendationProps) {
  const inspection = useWorkspaceRead('inspections/get', { id: inspectionId });
  const recommendations = inspection.value?.recommendations ?? [];
  const options = [
    { value: '', label: 'None' },
    ...recommendations.map((one) => ({ value: String(one.id), label: `${String(one.number)}. ${one.text.length > 90 ? `${one.text.slice(0, 90)}…` : one.text}` })),
  ];
  return <SelectField label="Answers recommendation" value={value} onChange={onChange} options={options} error={error} />;
}
