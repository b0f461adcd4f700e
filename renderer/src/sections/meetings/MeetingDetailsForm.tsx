import { useId, useState, type SyntheticEvent } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { TextField } from '../plans/Field';
import { FormActions, FormProblem } from '../plans/FormParts';
import { callForForm, errorFor, formError, type FormFailure } from '../plans/plan-call';

const FIELDS = ['meetingDate', 'startTime', 'venue', 'accessNotes', 'publicNotice', 'agendaIssueDate'] as const;

type Props = {
  meeting: MeetingDetail;
  reload: () => Promise<MeetingDetail | null>;
  /** Closes the form: with the date warnings of what was saved, or null when nothing was. */
  onClose: (warnings: string[] | null) => void;
};

type Values = { meetingDate: string; startTime: string; venue: string; accessNotes: string; publicNotice: string; agendaIssueDate: string };

/** Only what changed is sent, so a minuted meeting's venue can be corrected without touching its date. */
function changesOf(meeting: MeetingDetail, values: Values): Omit<ApiInput<'meetings/update'>, 'id'> {
  const changes: Omit<ApiInput<'meetings/update'>, 'id'> = {};
  if (values.meetingDate !== meeting.meetingDate) changes.meetingDate = values.meetingDate;
  if (values.startTime !== (meeting.startTime ?? '')) changes.startTime = values.startTime === '' ? null : values.startTime;
  if (values.venue !== meeting.venue) changes.venue = values.venue;
  if (values.accessNotes !== meeting.accessNotes) changes.accessNotes = values.accessNotes;
  if (values.publicNotice !== meeting.publicNotice) changes.publicNotice = values.publicNotice;
  if (values.agendaIssueDate !== (meeting.agendaIssueDate ?? '')) changes.agendaIssueDate = values.agendaIssueDate === '' ? null : values.agendaIssueDate;
  return changes;
}

/** Edits the meeting's date, time, venue and notices; the engine warns about an odd date and still saves it. */
export function MeetingDetailsForm({ meeting, reload, onClose }: Props) {
  const [values, setValues] = useState<Values>({
    meetingDate: meeting.meetingDate,
    startTime: meeting.startTime ?? '',
    venue: meeting.venue,
    accessNotes: meeting.accessNotes,
    publicNotice: meeting.publicNotice,
    agendaIssueDate: meeting.agendaIssueDate ?? '',
  });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [isBusy, setBusy] = useState(false);
  const timeId = useId();
  const set = (field: keyof Values) => (value: string) => { setValues((before) => ({ ...before, [field]: value })); };

  const save = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (values.meetingDate === '') {
      setFailure({ ok: false, field: 'meetingDate', message: 'Give the date of the meeting.' });
      return;
    }
    const changes = changesOf(meeting, values);
    if (Object.keys(changes).length === 0) {
      onClose(null);
      return;
    }
    setBusy(true);
    const result = await callForForm('meetings/update', { id: meeting.id, ...changes });
    if (!result.ok) {
      setBusy(false);
      setFailure(result);
      return;
    }
    await reload();
    onClose(result.value.warnings);
  };

  const timeError = errorFor(failure, 'startTime');
  return (
    <form className="plan-form meeting-form" aria-label="Meeting details" noValidate onSubmit={(event) => void save(event)}>
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="plan-form__row">
        <TextField label="Date" type="date" isRequired isFocused value={values.meetingDate} onChange={set('meetingDate')} error={errorFor(failure, 'meetingDate')} className="meeting-form__date" />
        <div className={timeError ? 'plan-field plan-field--error meeting-form__time' : 'plan-field meeting-form__time'}>
          <label htmlFor={timeId}>Start time</label>
          {timeError && <p id={`${timeId}-error`} className="plan-field__error">{timeError}</p>}
          <input id={timeId} type="time" value={values.startTime} aria-invalid={timeError ? true : undefined} aria-describedby={timeError ? `${timeId}-error` : undefined} onChange={(event) => { set('startTime')(event.target.value); }} />
        </div>
        <TextField label="Agenda issued on" hint="Set when the main pack is issued; change it if the agenda went out another way." type="date" value={values.agendaIssueDate} onChange={set('agendaIssueDate')} error={errorFor(failure, 'agendaIssueDate')} className="meeting-form__date" />
      </div>
      <TextField label="Venue" value={values.venue} onChange={set('venue')} error={errorFor(failure, 'venue')} />
      <TextField label="Access notes" hint="Step-free access, hearing loop, parking: printed on the agenda." isMultiline value={values.accessNotes} onChange={set('accessNotes')} error={errorFor(failure, 'accessNotes')} />
      <TextField label="Public notice" hint="What the public are told about attending, printed on the agenda." isMultiline value={values.publicNotice} onChange={set('publicNotice')} error={errorFor(failure, 'publicNotice')} />
      <FormActions isBusy={isBusy} saveLabel="Save details" onCancel={() => { onClose(null); }} />
    </form>
  );
}
