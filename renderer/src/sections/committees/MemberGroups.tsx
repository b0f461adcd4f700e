import { useState } from 'react';
import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES, type Membership, type MembershipRole } from '../../../../shared/api/methods/committees';
import { SelectField, TextField } from '../plans/Field';
import { errorFor, formError, type FormResult } from '../plans/plan-call';
import { FormActions, FormProblem, useFocusReturn } from '../plans/FormParts';
import { MoveButtons } from '../../components/MoveButtons';
import { callForCommitteeForm } from './committee-call';
import { ConfirmRemove } from './ConfirmRemove';
import { personName, personRole, ROLE_GROUP_NAMES } from './committee-words';
import { useSubmit } from './use-submit';

type Props = {
  members: readonly Membership[];
  /** Moves a member one place within their role's group. */
  onMove: (membership: Membership, delta: -1 | 1) => Promise<void>;
  onChanged: (membership: Membership) => void;
  onRemove: (membership: Membership) => Promise<FormResult<unknown>>;
};

/** The year's members under their role's heading, in the order the committee's papers list them. */
export function MemberGroups({ members, onMove, onChanged, onRemove }: Props) {
  const groups = MEMBERSHIP_ROLES.map((role) => ({ role, members: members.filter((membership) => membership.role === role) })).filter((group) => group.members.length > 0);
  return (
    <div className="committee-groups">
      {groups.map((group) => (
        <section key={group.role} className="committee-group" aria-labelledby={`group-${group.role}`}>
          <h3 id={`group-${group.role}`}>
            {ROLE_GROUP_NAMES[group.role]} <span className="committee-group__count">({group.members.length})</span>
          </h3>
          <ul className="committee-members">
            {group.members.map((membership, index) => (
              <MemberRow
                key={membership.id}
                membership={membership}
                index={index}
                count={group.members.length}
                onMove={(delta) => onMove(membership, delta)}
                onChanged={onChanged}
                onRemove={() => onRemove(membership)}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type RowProps = {
  membership: Membership;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => Promise<void>;
  onChanged: (membership: Membership) => void;
  onRemove: () => Promise<FormResult<unknown>>;
};

function MemberRow({ membership, index, count, onMove, onChanged, onRemove }: RowProps) {
  const [isEditing, setEditing] = useState(false);
  const [editRef, requestEditFocus] = useFocusReturn<HTMLButtonElement>();
  const name = personName(membership.person);
  const about = membership.capacity || personRole(membership.person);
  return (
    <li className="committee-member">
      <div className="committee-member__who">
        <span className="committee-member__name">{name}</span>
        {about && <span className="committee-member__about">{about}</span>}
        {membership.person.archivedAt !== null && <span className="plan-flag">Archived person</span>}
      </div>
      {isEditing ? (
        <MemberEditForm
          membership={membership}
          onDone={(saved) => {
            setEditing(false);
            requestEditFocus();
            if (saved) onChanged(saved);
          }}
        />
      ) : (
        <div className="committee-member__tools">
          {count > 1 && <MoveButtons what={name} index={index} count={count} onMove={onMove} />}
          <button ref={editRef} type="button" className="button-secondary button-secondary--small" onClick={() => { setEditing(true); }}>
            Edit<span className="visually-hidden"> {name}</span>
          </button>
          <ConfirmRemove name={name} question="Take off this year?" onRemove={onRemove} />
        </div>
      )}
    </li>
  );
}

const ROLE_OPTIONS = MEMBERSHIP_ROLES.map((role) => ({ value: role, label: MEMBERSHIP_ROLE_LABELS[role] }));

function MemberEditForm({ membership, onDone }: { membership: Membership; onDone: (saved: Membership | null) => void }) {
  const [role, setRole] = useState<MembershipRole>(membership.role);
  const [capacity, setCapacity] = useState(membership.capacity);
  const { failure, isBusy, submit } = useSubmit(() => callForCommitteeForm('memberships/update', { id: membership.id, role, capacity }), onDone);
  return (
    <form className="plan-form plan-form--inset committee-member__edit" aria-label={`Edit ${personName(membership.person)}`} noValidate onSubmit={submit}>
      <FormProblem message={formError(failure, ['role', 'capacity'])} />
      <div className="plan-form__row">
        <SelectField label="Role" value={role} onChange={setRole} options={ROLE_OPTIONS} error={errorFor(failure, 'role')} />
        <TextField label="Capacity" hint="What they sit as; leave empty to show their job title." value={capacity} onChange={setCapacity} error={errorFor(failure, 'capacity')} />
      </div>
      <FormActions isBusy={isBusy} saveLabel="Save" onCancel={() => { onDone(null); }} />
    </form>
  );
}
