import { useState } from 'react';
import type { Person } from '../../../../shared/api/methods/people';
import { TextField } from '../plans/Field';
import { errorFor, formError } from '../plans/plan-call';
import { FormActions, FormProblem } from '../plans/FormParts';
import { useSubmit } from './use-submit';
import { callForCommitteeForm } from './committee-call';
import { InputField } from './fields';

const FIELDS = ['honorific', 'fullName', 'jobTitle', 'organisation', 'email', 'phone'] as const;
type PersonDraft = Record<(typeof FIELDS)[number], string>;
const EMPTY: PersonDraft = { honorific: '', fullName: '', jobTitle: '', organisation: '', email: '', phone: '' };

type Props = { onCreated: (person: Person) => void; onCancel: () => void };

/** Someone not yet in the people list, added in place so they can be given a role straight away. */
export function NewPersonForm({ onCreated, onCancel }: Props) {
  const [draft, setDraft] = useState<PersonDraft>(EMPTY);
  const set = (field: keyof PersonDraft) => (value: string) => { setDraft((before) => ({ ...before, [field]: value })); };
  const { failure, isBusy, submit } = useSubmit(() => callForCommitteeForm('people/create', draft), onCreated);
  return (
    <form className="plan-form plan-form--inset committee-person-form" aria-labelledby="new-person-heading" noValidate onSubmit={submit}>
      <h3 id="new-person-heading">New person</h3>
      <p className="hint">They join the people list, so they can be picked for any committee.</p>
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="plan-form__row">
        <InputField type="text" label="Honorific" hint="Councillor, Mr, Ms, Dr…" className="committee-honorific" value={draft.honorific} onChange={set('honorific')} error={errorFor(failure, 'honorific')} isFocused />
        <InputField type="text" label="Full name" isRequired value={draft.fullName} onChange={set('fullName')} error={errorFor(failure, 'fullName')} />
      </div>
      <div className="plan-form__row">
        <TextField label="Job title" value={draft.jobTitle} onChange={set('jobTitle')} error={errorFor(failure, 'jobTitle')} />
        <TextField label="Organisation" value={draft.organisation} onChange={set('organisation')} error={errorFor(failure, 'organisation')} />
      </div>
      <div className="plan-form__row">
        <InputField type="email" label="Email" autoComplete="email" value={draft.email} onChange={set('email')} error={errorFor(failure, 'email')} />
        <InputField type="tel" label="Phone" autoComplete="tel" value={draft.phone} onChange={set('phone')} error={errorFor(failure, 'phone')} />
      </div>
      <FormActions isBusy={isBusy} saveLabel="Add the person" busyLabel="Adding…" onCancel={onCancel} />
    </form>
  );
}
