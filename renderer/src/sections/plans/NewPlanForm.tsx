import { useState } from 'react';
import { goTo, hashFor } from '../../sections';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { SelectField, TextField } from './Field';
import { FormActions, FormProblem } from './FormParts';
import { callForForm, errorFor, formError } from './plan-call';
import { useFormSubmit } from './use-form-submit';

type Props = {
  /** A plan for this inspection: the inspection is fixed and shown, not chosen. */
  inspection?: { id: number; title: string; recommendationCount: number };
  defaultTitle?: string;
  /** 3 inside a card that has its own heading. */
  headingLevel?: 2 | 3;
  onCancel: () => void;
};

const FIELDS = ['title', 'owner', 'startDate', 'inspectionId'] as const;

/** Start an action plan by hand: title, owner, start date and (optionally) the inspection it answers; then open it. */
export function NewPlanForm({ inspection, defaultTitle = '', headingLevel = 2, onCancel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const [title, setTitle] = useState(defaultTitle);
  const [owner, setOwner] = useState('');
  const [startDate, setStartDate] = useState('');
  const [inspectionId, setInspectionId] = useState(inspection ? String(inspection.id) : '');
  const { failure, isBusy, submit } = useFormSubmit(
    () => callForForm('actionPlans/create', {
      title,
      ...(owner.trim() === '' ? {} : { owner }),
      ...(startDate === '' ? {} : { startDate }),
      ...(inspectionId === '' ? {} : { inspectionId: Number(inspectionId) }),
    }),
    (plan) => { goTo(hashFor('inspections', 'plans', plan.id)); },
  );

  return (
    <form className={headingLevel === 2 ? 'card plan-form plan-new-plan' : 'plan-form plan-new-plan'} aria-labelledby="new-plan-heading" noValidate onSubmit={submit}>
      <Heading id="new-plan-heading" className="plan-new-plan__heading">New action plan</Heading>
      <FormProblem message={formError(failure, FIELDS)} />
      <TextField label="Title" isRequired isFocused value={title} onChange={setTitle} error={errorFor(failure, 'title')} />
      <TextField label="Owner" hint="Who answers for the plan, with their role." value={owner} onChange={setOwner} error={errorFor(failure, 'owner')} />
      <TextField label="Start date" hint="Optional. No action can fall due before it." type="date" value={startDate} onChange={setStartDate} error={errorFor(failure, 'startDate')} />
      {inspection ? (
        <p className="plan-new-plan__inspection">
          Answers {inspection.title}: the plan starts with one entry for each of its {inspection.recommendationCount} recommendations.
        </p>
      ) : (
        <InspectionField value={inspectionId} onChange={setInspectionId} error={errorFor(failure, 'inspectionId')} />
      )}
      <FormActions isBusy={isBusy} saveLabel="Create the plan" busyLabel="Creating…" onCancel={onCancel} />
    </form>
  );
}

function InspectionField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error: string | null }) {
  const inspections = useWorkspaceRead('inspections/list', {});
  const options = [
    { value: '', label: 'None: a free-standing plan' },
    ...(inspections.value ?? []).map((one) => ({ value: String(one.id), label: one.title })),
  ];
  return (
    <SelectField label="Inspection (optional)" hint="A plan for an inspection starts with one entry for each of its recommendations." value={value} onChange={onChange} options={options} error={error} />
  );
}
