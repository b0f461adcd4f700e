import type { ApiInput } from '../../../../shared/api/contract';
import type { Committee, CommitteeSummary } from '../../../../shared/api/methods/committees';
import type { Person } from '../../../../shared/api/methods/people';
import { SelectField, TextField } from '../plans/Field';
import { errorFor, type FormFailure } from '../plans/plan-call';
import { personName, personRole } from './committee-words';
import { CheckboxField, InputField } from './fields';

/** What the committee form edits: choices stay as the select's text ('' = none) until saved. */
export type CommitteeDraft = {
  name: string;
  minutePrefix: string;
  parentId: string;
  contactOfficerId: string;
  defaultVenue: string;
  defaultStartTime: string;
  isExecutive: boolean;
};

/** The fields the form shows, for telling a field's problem from the form's. */
export const COMMITTEE_FIELDS = ['name', 'minutePrefix', 'parentId', 'contactOfficerId', 'defaultVenue', 'defaultStartTime', 'isExecutive'] as const;

/** The form's starting values: the committee's, or empty for a new one. */
export function draftOf(committee: Committee | null): CommitteeDraft {
  return {
    name: committee?.name ?? '',
    minutePrefix: committee?.minutePrefix ?? '',
    parentId: idText(committee?.parentId),
    contactOfficerId: idText(committee?.contactOfficerId),
    defaultVenue: committee?.defaultVenue ?? '',
    defaultStartTime: committee?.defaultStartTime ?? '',
    isExecutive: committee?.isExecutive ?? false,
  };
}

/** The draft as the API takes it (create and update take the same fields). */
export function inputOf(draft: CommitteeDraft): ApiInput<'committees/create'> {
  return {
    name: draft.name,
    minutePrefix: draft.minutePrefix.trim(),
    parentId: draft.parentId === '' ? null : Number(draft.parentId),
    contactOfficerId: draft.contactOfficerId === '' ? null : Number(draft.contactOfficerId),
    defaultVenue: draft.defaultVenue,
    defaultStartTime: draft.defaultStartTime === '' ? null : draft.defaultStartTime,
    isExecutive: draft.isExecutive,
  };
}

type Props = {
  draft: CommitteeDraft;
  onChange: <F extends keyof CommitteeDraft>(field: F, value: CommitteeDraft[F]) => void;
  failure: FormFailure | null;
  /** Committees that can be the parent (the committee itself is left out). */
  committees: readonly CommitteeSummary[];
  people: readonly Person[];
  /** The contact officer now, kept as a choice even when archived (and so not in `people`). */
  currentOfficer?: Person | null;
  isNameFocused?: boolean;
};

/** Name, parent, minute prefix, contact officer, meeting defaults and the executive flag. */
export function CommitteeFields({ draft, onChange, failure, committees, people, currentOfficer = null, isNameFocused = false }: Props) {
  const officers = currentOfficer && !people.some((person) => person.id === currentOfficer.id) ? [...people, currentOfficer] : people;
  return (
    <>
      <div className="plan-form__row">
        <TextField label="Name" hint="As agendas and minutes give it." isRequired isFocused={isNameFocused} value={draft.name} onChange={(value) => { onChange('name', value); }} error={errorFor(failure, 'name')} />
        <InputField
          type="text"
          label="Minute prefix"
          hint="For example CYP/IMP, as in CYP/IMP/26/4."
          isRequired
          className="committee-prefix"
          value={draft.minutePrefix}
          onChange={(value) => { onChange('minutePrefix', value); }}
          error={errorFor(failure, 'minutePrefix')}
        />
      </div>
      <div className="plan-form__row">
        <SelectField
          label="Parent committee"
          hint="For a subgroup: the committee it reports to."
          value={draft.parentId}
          onChange={(value) => { onChange('parentId', value); }}
          options={[{ value: '', label: 'None' }, ...committees.map((committee) => ({ value: String(committee.id), label: committee.name }))]}
          error={errorFor(failure, 'parentId')}
        />
        <SelectField
          label="Contact officer"
          hint="Named on the agenda as the person to ask about the meeting."
          value={draft.contactOfficerId}
          onChange={(value) => { onChange('contactOfficerId', value); }}
          options={[{ value: '', label: 'None yet' }, ...officers.map((person) => ({ value: String(person.id), label: officerLabel(person) }))]}
          error={errorFor(failure, 'contactOfficerId')}
        />
      </div>
      <div className="plan-form__row">
        <TextField label="Usual venue" hint="New meetings start with this venue." value={draft.defaultVenue} onChange={(value) => { onChange('defaultVenue', value); }} error={errorFor(failure, 'defaultVenue')} />
        <InputField
          type="time"
          label="Usual start time"
          hint="New meetings start at this time."
          className="committee-time"
          value={draft.defaultStartTime}
          onChange={(value) => { onChange('defaultStartTime', value); }}
          error={errorFor(failure, 'defaultStartTime')}
        />
      </div>
      <CheckboxField
        label="Executive body"
        hint="The cabinet or one of its committees: a private meeting then needs 28 clear days’ notice."
        isChecked={draft.isExecutive}
        onChange={(value) => { onChange('isExecutive', value); }}
      />
    </>
  );
}

function idText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** "Ms Aisha Rahman – Scrutiny Support Officer": the job title tells officers apart; the organisation only when there is none. */
function officerLabel(person: Person): string {
  const role = person.jobTitle.trim() === '' ? personRole(person) : person.jobTitle;
  const name = personName(person);
  return `${role ? `${name} – ${role}` : name}${person.archivedAt === null ? '' : ' (archived)'}`;
}
