import { useState, type SyntheticEvent } from 'react';
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import type { Person } from '../../../../../shared/api/methods/people';
import { longDate } from '../../../../../shared/format/dates';
import { SelectField, TextField } from '../../plans/Field';
import { FormActions, FormProblem } from '../../plans/FormParts';
import { errorFor, formError, type FormFailure, type FormResult } from '../../plans/plan-call';
import { todayIso } from '../../plans/plan-words';
import { personName } from '../committee-words';
import type { FollowUpChange } from './use-tracker';

type Props = {
  followUp: FollowUpListing;
  people: readonly Person[];
  /** The committee's meetings, in date order. */
  meetings: readonly MeetingSummary[];
  onSave: (change: FollowUpChange) => Promise<FormResult<FollowUpListing>>;
  onClose: () => void;
};

const FIELDS = ['description', 'ownerPersonId', 'owner', 'dueDate', 'reportedMeetingId', 'notes'] as const;
const NO_ONE = '';

/** Changes what is to be done, who does it, by when, where it is reported back, and the response. */
export function EditForm({ followUp, people, meetings, onSave, onClose }: Props) {
  const [description, setDescription] = useState(followUp.description);
  const [personId, setPersonId] = useState(followUp.ownerPersonId === null ? NO_ONE : String(followUp.ownerPersonId));
  const [owner, setOwner] = useState(followUp.ownerPersonId === null ? followUp.owner : '');
  const [dueDate, setDueDate] = useState(followUp.dueDate ?? '');
  const [reportedId, setReportedId] = useState(followUp.reportedMeetingId === null ? '' : String(followUp.reportedMeetingId));
  const [notes, setNotes] = useState(followUp.notes);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    setBusy(true);
    const result = await onSave({
      id: followUp.id,
      description,
      ownerPersonId: personId === NO_ONE ? null : Number(personId),
      owner: personId === NO_ONE ? owner.trim() : '',
      dueDate: dueDate === '' ? null : dueDate,
      reportedMeetingId: reportedId === '' ? null : Number(reportedId),
      notes: notes.trim(),
    });
    setBusy(false);
    if (result.ok) onClose();
    else setFailure(result);
  };

  return (
    <form className="plan-form plan-form--inset fu-form" noValidate onSubmit={(event) => { void submit(event); }} aria-label={`Edit: ${followUp.description}`}>
      <FormProblem message={formError(failure, FIELDS)} />
      <TextField label="What is to be done" isMultiline isRequired isFocused value={description} error={errorFor(failure, 'description')} onChange={setDescription} />
      <div className="plan-form__row">
        <SelectField
          label="Responsible"
          value={personId}
          error={errorFor(failure, 'ownerPersonId')}
          onChange={setPersonId}
          options={[{ value: NO_ONE, label: 'No one person (name a role or team)' }, ...people.map((person) => ({ value: String(person.id), label: personName(person) }))]}
        />
        {personId === NO_ONE && (
          <TextField label="Role or team" hint="For example, Scrutiny Support Officer." value={owner} error={errorFor(failure, 'owner')} onChange={setOwner} />
        )}
      </div>
      <div className="plan-form__row">
        <TextField className="fu-date" label="Due date" hint="Leave empty if there is none." type="date" value={dueDate} error={errorFor(failure, 'dueDate')} onChange={setDueDate} />
        <SelectField
          label="Report back at"
          hint="The meeting whose recommendations monitor reports it once it is closed."
          value={reportedId}
          error={errorFor(failure, 'reportedMeetingId')}
          onChange={setReportedId}
          options={[{ value: '', label: 'The next meeting after it is closed' }, ...reportChoices(meetings, followUp).map((meeting) => ({ value: String(meeting.id), label: longDate(meeting.meetingDate) }))]}
        />
      </div>
      <TextField label="Response" hint="Progress or the outcome, as the committee will read it in the recommendations monitor." isMultiline value={notes} error={errorFor(failure, 'notes')} onChange={setNotes} />
      <FormActions isBusy={isBusy} saveLabel="Save changes" onCancel={onClose} />
    </form>
  );
}

/** The committee's meetings still to come (not cancelled), and the one already chosen whatever its date. */
function reportChoices(meetings: readonly MeetingSummary[], followUp: FollowUpListing): MeetingSummary[] {
  const today = todayIso();
  return meetings.filter(
    (meeting) => meeting.id === followUp.reportedMeetingId || (meeting.meetingDate >= today && meeting.status !== 'cancelled' && meeting.meetingDate > followUp.meetingDate),
  );
}
