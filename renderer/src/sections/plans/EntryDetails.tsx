import { useId, useState } from 'react';
import type { PlanEntryView } from '../../../../shared/api/methods/action-plans';
import { TextField } from './Field';
import { FormActions, FormProblem, SavedNote } from './FormParts';
import { errorFor, formError } from './plan-call';
import { changePlan, useIsReadOnly } from './plan-changes';
import { useFormOpener } from './use-form-opener';
import { useFormSubmit } from './use-form-submit';

type EntryText = 'strategicLead' | 'performanceFramework' | 'partnershipFocus' | 'linkPlans' | 'governance' | 'impactStatement';

const TEXTS: readonly { key: EntryText; label: string; isMultiline: boolean }[] = [
  { key: 'strategicLead', label: 'Strategic lead', isMultiline: false },
  { key: 'performanceFramework', label: 'Performance management framework', isMultiline: true },
  { key: 'partnershipFocus', label: 'Partnership focus', isMultiline: true },
  { key: 'linkPlans', label: 'Link plans', isMultiline: true },
  { key: 'governance', label: 'Governance', isMultiline: true },
  { key: 'impactStatement', label: 'Impact statement', isMultiline: true },
];

/** An entry's heading, lead, framework, partnerships, linked plans, governance and impact: shown, or edited in place. */
export function EntryDetails({ entry }: { entry: PlanEntryView }) {
  const isReadOnly = useIsReadOnly();
  const { isOpen: isEditing, open, close, savedAt, openerRef } = useFormOpener();
  const headingId = useId();
  return (
    <div className="plan-entry-details">
      <h4 id={headingId}>Details</h4>
      {isEditing ? (
        <EntryForm entry={entry} onDone={close} />
      ) : (
        <>
          <dl className="plan-entry-details__list">
            {TEXTS.map((text) => (
              <div key={text.key} className="plan-entry-details__row">
                <dt>{text.label}</dt>
                <dd>{entry[text.key] || <span className="plan-muted">Not given</span>}</dd>
              </div>
            ))}
          </dl>
          {!isReadOnly && (
            <button ref={openerRef} type="button" className="button-secondary" onClick={open}>
              Edit details<span className="visually-hidden"> of “{entry.heading}”</span>
            </button>
          )}
        </>
      )}
      <SavedNote savedAt={savedAt} />
    </div>
  );
}

const FIELDS = ['heading', ...TEXTS.map((text) => text.key)];

function EntryForm({ entry, onDone }: { entry: PlanEntryView; onDone: (isSaved: boolean) => void }) {
  const [heading, setHeading] = useState(entry.heading);
  const [texts, setTexts] = useState<Record<EntryText, string>>(() => ({
    strategicLead: entry.strategicLead,
    performanceFramework: entry.performanceFramework,
    partnershipFocus: entry.partnershipFocus,
    linkPlans: entry.linkPlans,
    governance: entry.governance,
    impactStatement: entry.impactStatement,
  }));
  const { failure, isBusy, submit } = useFormSubmit(
    () => changePlan('planEntries/update', { id: entry.id, heading, ...texts }, `Entry “${heading}” saved.`),
    () => { onDone(true); },
  );

  return (
    <form className="plan-form plan-form--inset" aria-label={`Edit “${entry.heading}”`} noValidate onSubmit={submit}>
      <FormProblem message={formError(failure, FIELDS)} />
      <TextField label="Heading" isRequired isFocused value={heading} onChange={setHeading} error={errorFor(failure, 'heading')} />
      {TEXTS.map((text) => (
        <TextField
          key={text.key}
          label={text.label}
          isMultiline={text.isMultiline}
          value={texts[text.key]}
          onChange={(value) => { setTexts({ ...texts, [text.key]: value }); }}
          error={errorFor(failure, text.key)}
        />
      ))}
      <FormActions isBusy={isBusy} saveLabel="Save entry" onCancel={() => { onDone(false); }} />
    </form>
  );
}
