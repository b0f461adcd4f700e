import { useState } from 'react';
import type { CommitteeSummary } from '../../../../shared/api/methods/committees';
import { formError } from '../plans/plan-call';
import { FormActions, FormProblem } from '../plans/FormParts';
import { useSubmit } from './use-submit';
import { callForCommitteeForm } from './committee-call';
import { goTo } from '../../sections';
import { COMMITTEE_FIELDS, CommitteeFields, draftOf, inputOf, type CommitteeDraft } from './CommitteeFields';
import { committeeHash } from './CommitteeTabs';
import { usePeople } from './use-people';

type Props = { committees: readonly CommitteeSummary[]; onCancel: () => void };

/** Set up a committee; once saved, its Members tab opens, the next thing a new committee needs. */
export function NewCommitteeForm({ committees, onCancel }: Props) {
  const people = usePeople();
  const [draft, setDraft] = useState<CommitteeDraft>(draftOf(null));
  const { failure, isBusy, submit } = useSubmit(
    () => callForCommitteeForm('committees/create', inputOf(draft)),
    (committee) => { goTo(committeeHash(committee.id, 'members')); },
  );
  return (
    <form className="card plan-form committee-form" aria-labelledby="new-committee-heading" noValidate onSubmit={submit}>
      <h2 id="new-committee-heading">New committee</h2>
      <FormProblem message={formError(failure, COMMITTEE_FIELDS)} />
      <CommitteeFields
        draft={draft}
        onChange={(field, value) => { setDraft((before) => ({ ...before, [field]: value })); }}
        failure={failure}
        committees={committees}
        people={people.value ?? []}
        isNameFocused
      />
      <FormActions isBusy={isBusy} saveLabel="Create the committee" busyLabel="Creating…" onCancel={onCancel} />
    </form>
  );
}
