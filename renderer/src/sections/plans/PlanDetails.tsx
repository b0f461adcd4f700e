import { useState } from 'react';
import type { ActionPlanView } from '../../../../shared/api/methods/action-plans';
import { hashFor } from '../../sections';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { TextField, SelectField } from './Field';
import { FormActions, FormProblem, SavedNote } from './FormParts';
import { errorFor, formError } from './plan-call';
import { changePlan, useIsReadOnly } from './plan-changes';
import { countOf, longDate } from './plan-words';
import { RagTag } from './RagTag';
import { useFormOpener } from './use-form-opener';
import { useFormSubmit } from './use-form-submit';

const FIELDS = ['title', 'owner', 'startDate', 'inspectionId'] as const;

/** The plan's title, owner, start date and inspection, with its figures today; editable in place. */
export function PlanDetails({ plan }: { plan: ActionPlanView }) {
  const { isOpen: isEditing, open, close, savedAt, openerRef } = useFormOpener();
  const isReadOnly = useIsReadOnly();
  const actionCount = plan.entries.reduce((sum, entry) => sum + entry.actions.length, 0);

  if (isEditing) {
    return <PlanDetailsForm plan={plan} onDone={close} />;
  }
  return (
    <section className="card plan-details" aria-labelledby="plan-details-heading">
      <div className="plan-card-head">
        <h2 id="plan-details-heading">About this plan</h2>
        {!isReadOnly && (
          <button ref={openerRef} type="button" className="button-secondary" onClick={open}>Edit details</button>
        )}
      </div>
      <dl className="details">
        <dt>Owner</dt>
        <dd>{plan.owner || 'Not given'}</dd>
        <dt>Start date</dt>
        <dd>{plan.startDate ? longDate(plan.startDate) : 'Not given'}</dd>
        <dt>Inspection</dt>
        <dd>{plan.inspectionId === null ? 'Not linked to an inspection' : <InspectionLink inspectionId={plan.inspectionId} />}</dd>
        <dt>Size</dt>
        <dd>{countOf(plan.entries.length, 'entry', 'entries')}, {countOf(actionCount, 'action')}</dd>
        <dt>Overall rating</dt>
        <dd><RagTag rag={plan.rag.overall} /> {plan.overdueCount > 0 && <span className="plan-flag plan-flag--overdue">{countOf(plan.overdueCount, 'action')} overdue</span>}</dd>
      </dl>
      <SavedNote savedAt={savedAt} />
    </section>
  );
}

function InspectionLink({ inspectionId }: { inspectionId: number }) {
  const inspection = useWorkspaceRead('inspections/get', { id: inspectionId });
  return <a href={hashFor('inspections', inspectionId)}>{inspection.value?.title ?? 'The inspection'}</a>;
}

function PlanDetailsForm({ plan, onDone }: { plan: ActionPlanView; onDone: (isSaved: boolean) => void }) {
  const inspections = useWorkspaceRead('inspections/list', {});
  const [title, setTitle] = useState(plan.title);
  const [owner, setOwner] = useState(plan.owner);
  const [startDate, setStartDate] = useState(plan.startDate ?? '');
  const [inspection, setInspection] = useState(plan.inspectionId === null ? '' : String(plan.inspectionId));
  const { failure, isBusy, submit } = useFormSubmit(
    () => changePlan('actionPlans/update', {
      id: plan.id,
      title,
      owner,
      startDate: startDate === '' ? null : startDate,
      inspectionId: inspection === '' ? null : Number(inspection),
    }, 'The plan’s details are saved.'),
    () => { onDone(true); },
  );

  const options = [
    { value: '', label: 'Not linked to an inspection' },
    ...(inspections.value ?? []).map((one) => ({ value: String(one.id), label: one.title })),
  ];
  return (
    <section className="card plan-details" aria-labelledby="plan-details-heading">
      <h2 id="plan-details-heading">About this plan</h2>
      <form className="plan-form" aria-labelledby="plan-details-heading" noValidate onSubmit={submit}>
        <FormProblem message={formError(failure, FIELDS)} />
        <TextField label="Title" isFocused value={title} onChange={setTitle} isRequired error={errorFor(failure, 'title')} />
        <TextField label="Owner" hint="Who answers for the plan, with their role." value={owner} onChange={setOwner} error={errorFor(failure, 'owner')} />
        <TextField label="Start date" hint="No action can fall due before it." type="date" value={startDate} onChange={setStartDate} error={errorFor(failure, 'startDate')} />
        <SelectField label="Inspection" value={inspection} onChange={setInspection} options={options} error={errorFor(failure, 'inspectionId')} />
        <FormActions isBusy={isBusy} saveLabel="Save details" onCancel={() => { onDone(false); }} />
      </form>
    </section>
  );
}
