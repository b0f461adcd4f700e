import { useRef, useState } from 'react';
import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES, type Membership, type MembershipRole } from '../../../../shared/api/methods/committees';
import type { Person } from '../../../../shared/api/methods/people';
import { SelectField, TextField } from '../plans/Field';
import { errorFor, formError, type FormResult } from '../plans/plan-call';
import { FormProblem } from '../plans/FormParts';
import { useSubmit } from './use-submit';
import { callForCommitteeForm } from './committee-call';
import { formatMunicipalYear } from '../../../../shared/format/municipal-year';
import { NewPersonForm } from './NewPersonForm';
import { PersonPicker } from './PersonPicker';
import { usePeople } from './use-people';

const FIELDS = ['personId', 'role', 'capacity'] as const;
const ROLE_OPTIONS = MEMBERSHIP_ROLES.map((role) => ({ value: role, label: MEMBERSHIP_ROLE_LABELS[role] }));

type Props = {
  committeeId: number;
  year: number;
  /** Who holds which role this year, to say so beside them in the picker. */
  members: readonly Membership[];
  onAdded: (membership: Membership) => void;
};

/** Give someone a role for the year: pick them from the people list, or add a new person first. */
export function AddMember({ committeeId, year, members, onAdded }: Props) {
  const people = usePeople();
  const [isNewPerson, setNewPerson] = useState(false);
  const [person, setPerson] = useState<Person | null>(null);
  const [role, setRole] = useState<MembershipRole>('member');
  const [capacity, setCapacity] = useState('');
  const pickerRef = useRef<HTMLInputElement>(null);
  const newPersonButton = useRef<HTMLButtonElement>(null);

  const { failure, isBusy, submit } = useSubmit(
    (): Promise<FormResult<Membership>> =>
      person === null
        ? Promise.resolve({ ok: false, field: 'personId', message: 'Choose a person from the list, or add a new person.' })
        : callForCommitteeForm('memberships/add', { committeeId, personId: person.id, municipalYear: year, role, ...(capacity.trim() === '' ? {} : { capacity }) }),
    (membership) => {
      setPerson(null);
      setCapacity('');
      // Most additions are members: a second chair by accident is the slip worth avoiding.
      setRole('member');
      onAdded(membership);
      pickerRef.current?.focus();
    },
  );
  const rolesOf = (candidate: Person) => {
    const held = members.filter((membership) => membership.personId === candidate.id).map((membership) => MEMBERSHIP_ROLE_LABELS[membership.role].toLowerCase());
    return held.length === 0 ? null : `Already ${held.join(' and ')} in ${formatMunicipalYear(year)}`;
  };

  if (isNewPerson) {
    return (
      <section className="card committee-add" aria-label="Add a member">
        <NewPersonForm
          onCreated={(created) => {
            people.reload();
            setPerson(created);
            setNewPerson(false);
            requestAnimationFrame(() => pickerRef.current?.focus());
          }}
          onCancel={() => {
            setNewPerson(false);
            requestAnimationFrame(() => newPersonButton.current?.focus());
          }}
        />
      </section>
    );
  }
  return (
    <form className="card plan-form committee-add" aria-labelledby="add-member-heading" noValidate onSubmit={submit}>
      <h3 id="add-member-heading">Add a member for {formatMunicipalYear(year)}</h3>
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="committee-add__person">
        <PersonPicker
          label="Person"
          hint="Type part of a name, job title or organisation."
          people={people.value ?? []}
          chosen={person}
          onChoose={setPerson}
          noteOf={rolesOf}
          error={errorFor(failure, 'personId')}
          inputRef={pickerRef}
        />
        <p className="committee-add__new">
          Not in the list?{' '}
          <button ref={newPersonButton} type="button" className="button-secondary button-secondary--small" onClick={() => { setNewPerson(true); }}>
            Add a new person
          </button>
        </p>
      </div>
      <div className="plan-form__row">
        <SelectField label="Role" value={role} onChange={setRole} options={ROLE_OPTIONS} error={errorFor(failure, 'role')} />
        <TextField label="Capacity (optional)" hint="What they sit as, for example “Parent governor representative”." value={capacity} onChange={setCapacity} error={errorFor(failure, 'capacity')} />
      </div>
      <div className="plan-form__actions">
        <button type="submit" disabled={isBusy} aria-busy={isBusy}>{isBusy ? 'Adding…' : `Add to ${formatMunicipalYear(year)}`}</button>
      </div>
    </form>
  );
}
