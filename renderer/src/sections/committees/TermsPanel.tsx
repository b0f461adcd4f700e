import { useState } from 'react';
import type { CommitteeDetail } from '../../../../shared/api/methods/committees';
import { TextField } from '../plans/Field';
import { errorFor, formError } from '../plans/plan-call';
import { FormProblem, SavedNote } from '../plans/FormParts';
import { callForCommitteeForm } from './committee-call';
import { RationaleEditor } from './RationaleEditor';
import { useSubmit } from './use-submit';

type Props = { committee: CommitteeDetail; onSaved: (committee: CommitteeDetail) => void };

/** The terms of reference: the rationale as a numbered list, then how the committee operates and access to information. */
export function TermsPanel({ committee, onSaved }: Props) {
  return (
    <>
      <RationaleEditor committee={committee} onSaved={onSaved} />
      <TermsTextForm committee={committee} onSaved={onSaved} />
    </>
  );
}

function TermsTextForm({ committee, onSaved }: Props) {
  const [operation, setOperation] = useState(committee.torOperation);
  const [access, setAccess] = useState(committee.torAccessToInformation);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { failure, isBusy, submit } = useSubmit(
    () => callForCommitteeForm('committees/update', { id: committee.id, torOperation: operation, torAccessToInformation: access }),
    (saved) => {
      onSaved(saved);
      setSavedAt(new Date());
    },
  );
  const isChanged = operation !== committee.torOperation || access !== committee.torAccessToInformation;
  return (
    <form className="card plan-form committee-terms" aria-labelledby="terms-text-heading" noValidate onSubmit={submit}>
      <h2 id="terms-text-heading">Operation and access to information</h2>
      <FormProblem message={formError(failure, ['torOperation', 'torAccessToInformation'])} />
      <TextField
        label="Operation"
        hint="How often it meets, who it draws its members from, and whom it reports to."
        isMultiline
        className="committee-terms__text"
        value={operation}
        onChange={setOperation}
        error={errorFor(failure, 'torOperation')}
      />
      <TextField
        label="Access to information"
        hint="When the public may attend, and when they may be excluded."
        isMultiline
        className="committee-terms__text"
        value={access}
        onChange={setAccess}
        error={errorFor(failure, 'torAccessToInformation')}
      />
      <div className="plan-form__actions">
        <button type="submit" disabled={isBusy} aria-busy={isBusy}>{isBusy ? 'Saving…' : 'Save'}</button>
        <button type="button" className="button-secondary" disabled={isBusy || !isChanged} onClick={() => { setOperation(committee.torOperation); setAccess(committee.torAccessToInformation); }}>
          Undo changes
        </button>
        <SavedNote savedAt={savedAt} />
      </div>
    </form>
  );
}
