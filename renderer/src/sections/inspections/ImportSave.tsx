import { useId, type SyntheticEvent } from 'react';
import { formatFileSize } from '../../../../shared/format/sizes';
import { hashFor } from '../../sections';
import { useImportStore } from '../../stores/import-store';
import { useToastStore } from '../../stores/toast-store';
import { ImportErrorSummary } from './ImportChecks';
import { ImportFieldError } from './ImportField';
import { countOf, formatDateRange, FRAMEWORK_SHORT_NAMES, GRADE_NAMES } from './inspection-words';

/** Step 3: what will be created, the offer of the action plan, and the button that does it. */
export function ImportSave() {
  const draft = useImportStore((state) => state.draft);
  const file = useImportStore((state) => state.file);
  const plan = useImportStore((state) => state.plan);
  const errors = useImportStore((state) => state.errors);
  const isSaving = useImportStore((state) => state.isSaving);
  const choosePlan = useImportStore((state) => state.choosePlan);
  const goTo = useImportStore((state) => state.goTo);
  const save = useImportStore((state) => state.save);
  const id = useId();
  if (!draft || !file) return null;

  const recommendations = draft.recommendations.length;
  const judgements = draft.judgements.filter((row) => row.area.trim() !== '').length;
  const titleError = errors['createPlan.title'];
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await save();
    if (!saved) return;
    useToastStore.getState().show('success', saved.planId === null
      ? `Inspection created with ${countOf(recommendations, 'recommendation')}.`
      : `Inspection created with ${countOf(recommendations, 'recommendation')}, and its action plan with ${countOf(recommendations, 'entry', 'entries')}.`);
    window.location.hash = hashFor('inspections', saved.inspectionId);
  };

  return (
    <form className="import-save" noValidate onSubmit={(event) => void submit(event)}>
      <ImportErrorSummary errors={errors} isReview={false} />
      <dl className="details">
        <dt>Title</dt>
        <dd>{draft.title}</dd>
        <dt>Local authority</dt>
        <dd>{draft.localAuthority || 'Not given'}</dd>
        <dt>Framework</dt>
        <dd>{draft.framework ? FRAMEWORK_SHORT_NAMES[draft.framework] : 'Not given'}</dd>
        <dt>Inspected</dt>
        <dd>{formatDateRange(draft.inspectionStart || null, draft.inspectionEnd || null) ?? 'Dates not given'}</dd>
        <dt>Overall effectiveness</dt>
        <dd>{draft.overallGrade ? GRADE_NAMES[draft.overallGrade] : 'No grade given'}</dd>
        <dt>Found</dt>
        <dd>{countOf(judgements, 'judgement')}, {countOf(recommendations, 'recommendation')}</dd>
        <dt>Report</dt>
        <dd>{file.fileName} ({formatFileSize(file.size)}), attached to the inspection as its source</dd>
      </dl>

      <fieldset className="import-fieldset import-plan" disabled={isSaving}>
        <legend>Action plan</legend>
        <div className="checkbox">
          <input id={`${id}-plan`} type="checkbox" checked={plan.isWanted} aria-describedby={`${id}-plan-hint`} onChange={(event) => { choosePlan({ isWanted: event.target.checked }); }} />
          <label htmlFor={`${id}-plan`}>Also create the action plan (one entry per recommendation)</label>
        </div>
        <p id={`${id}-plan-hint`} className="hint">
          {recommendations === 0
            ? 'There are no recommendations, so the plan would start empty; entries can be added to it later.'
            : `${countOf(recommendations, 'entry', 'entries')}, each ready for its strategic lead, measures and actions.`}
        </p>
        {plan.isWanted && (
          <div className="import-plan__fields">
            <div className={titleError ? 'import-field import-field--error' : 'import-field'}>
              <label htmlFor="import-createPlan-title">Plan title</label>
              {titleError && <ImportFieldError id="import-createPlan-title-error" message={titleError} />}
              <input
                id="import-createPlan-title"
                type="text"
                value={plan.title}
                autoComplete="off"
                aria-invalid={titleError ? true : undefined}
                aria-describedby={titleError ? 'import-createPlan-title-error' : undefined}
                onChange={(event) => { choosePlan({ title: event.target.value }); }}
              />
            </div>
            <div className="import-field">
              <label htmlFor="import-createPlan-owner">Plan owner (optional)</label>
              <input id="import-createPlan-owner" type="text" value={plan.owner} autoComplete="off" onChange={(event) => { choosePlan({ owner: event.target.value }); }} />
            </div>
          </div>
        )}
      </fieldset>

      <div className="pack-actions import-actions">
        <button type="submit" disabled={isSaving}>{isSaving ? 'Creating…' : 'Create inspection'}</button>
        <button type="button" className="button-secondary" disabled={isSaving} onClick={() => { goTo('review'); }}>Back to the review</button>
      </div>
    </form>
  );
}
