import { useState } from 'react';
import type { CommitteeDetail } from '../../../../shared/api/methods/committees';
import { goTo, hashFor } from '../../sections';
import { formError } from '../plans/plan-call';
import { FormProblem, SavedNote } from '../plans/FormParts';
import { RemoveControls } from '../plans/RemoveControls';
import { useSubmit } from './use-submit';
import { callForCommitteeForm } from './committee-call';
import { COMMITTEE_FIELDS, CommitteeFields, draftOf, inputOf, type CommitteeDraft } from './CommitteeFields';
import { useLiveRead } from './use-live-read';
import { usePeople } from './use-people';

type Props = { committee: CommitteeDetail; onSaved: (committee: CommitteeDetail) => void };

/** The committee's details to edit, and archiving or deleting it. */
export function DetailsPanel({ committee, onSaved }: Props) {
  const people = usePeople();
  const committees = useLiveRead('committees/list', { includeArchived: true });
  const [draft, setDraft] = useState<CommitteeDraft>(() => draftOf(committee));
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const { failure, isBusy, submit } = useSubmit(
    () => callForCommitteeForm('committees/update', { id: committee.id, ...inputOf(draft) }),
    (saved) => {
      onSaved(saved);
      setDraft(draftOf(saved));
      setSavedAt(new Date());
    },
  );
  // A parent may be archived and still be this committee's parent; other archived committees are not offered.
  const parents = (committees.value ?? []).filter((one) => one.id !== committee.id && (one.archivedAt === null || one.id === committee.parentId));
  const isChanged = JSON.stringify(draft) !== JSON.stringify(draftOf(committee));

  return (
    <>
      <form className="card plan-form committee-form" aria-labelledby="committee-details-heading" noValidate onSubmit={submit}>
        <h2 id="committee-details-heading">Details</h2>
        <FormProblem message={formError(failure, COMMITTEE_FIELDS)} />
        <CommitteeFields
          draft={draft}
          onChange={(field, value) => { setDraft((before) => ({ ...before, [field]: value })); }}
          failure={failure}
          committees={parents}
          people={people.value ?? []}
          currentOfficer={committee.contactOfficer}
        />
        <div className="plan-form__actions">
          <button type="submit" disabled={isBusy} aria-busy={isBusy}>{isBusy ? 'Saving…' : 'Save details'}</button>
          <button type="button" className="button-secondary" disabled={isBusy || !isChanged} onClick={() => { setDraft(draftOf(committee)); }}>
            Undo changes
          </button>
          <SavedNote savedAt={savedAt} />
        </div>
      </form>
      <section className="card committee-archive" aria-labelledby="committee-archive-heading">
        <h2 id="committee-archive-heading">{committee.archivedAt === null ? 'Archive or delete' : 'Archived'}</h2>
        <p className="hint">
          {committee.archivedAt === null
            ? 'An archived committee keeps its meetings, minutes and members but leaves the lists. Only a committee with no meetings can be deleted.'
            : 'This committee is archived: it keeps its records but is left out of the lists. Restore it to schedule meetings again.'}
        </p>
        <RemoveControls
          what={`committee “${committee.name}”`}
          isArchived={committee.archivedAt !== null}
          onArchive={async (isArchived) => {
            const result = await callForCommitteeForm('committees/archive', { id: committee.id, isArchived });
            if (result.ok) onSaved(result.value);
            return result;
          }}
          onDelete={async () => {
            const result = await callForCommitteeForm('committees/delete', { id: committee.id });
            if (result.ok) goTo(hashFor('committees'));
            return result;
          }}
        />
      </section>
    </>
  );
}
