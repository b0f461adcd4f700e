import { useState } from 'react';
import type { CommitteeDetail } from '../../../../shared/api/methods/committees';
import type { Meeting } from '../../../../shared/api/methods/meetings';
import { longDate } from '../../../../shared/format/dates';
import { hashFor } from '../../sections';
import { TextField } from '../plans/Field';
import { errorFor, formError, type FormResult } from '../plans/plan-call';
import { FormProblem } from '../plans/FormParts';
import { todayIso } from '../plans/plan-words';
import { callForCommitteeForm } from './committee-call';
import { useDateWarnings } from './date-warnings';
import { InputField } from './fields';
import { useSubmit } from './use-submit';

const FIELDS = ['meetingDate', 'startTime', 'venue'] as const;

type Props = { committee: CommitteeDetail; added: Meeting | null; onAdded: (meeting: Meeting) => void };

/** Add a meeting to the schedule: date, start time and venue (the committee's usual ones to start with). */
export function AddMeetingForm({ committee, added, onAdded }: Props) {
  const [date, setDate] = useState('');
  const [startTime, setStartTime] = useState(committee.defaultStartTime ?? '');
  const [venue, setVenue] = useState(committee.defaultVenue);
  const warnings = useDateWarnings(date, todayIso());
  const { failure, isBusy, submit } = useSubmit(
    (): Promise<FormResult<Meeting>> =>
      date === ''
        ? Promise.resolve({ ok: false, field: 'meetingDate', message: 'Give the date of the meeting.' })
        : callForCommitteeForm('meetings/create', { committeeId: committee.id, meetingDate: date, startTime: startTime === '' ? null : startTime, venue }),
    (meeting) => {
      setDate('');
      onAdded(meeting);
    },
  );
  return (
    <form className="card plan-form committee-add-meeting" aria-labelledby="add-meeting-heading" noValidate onSubmit={submit}>
      <h2 id="add-meeting-heading">Add a meeting</h2>
      <FormProblem message={formError(failure, FIELDS)} />
      <div className="plan-form__row">
        <TextField label="Date" type="date" isRequired value={date} onChange={setDate} error={errorFor(failure, 'meetingDate')} className="committee-date" />
        <InputField label="Start time" type="time" value={startTime} onChange={setStartTime} error={errorFor(failure, 'startTime')} className="committee-time" />
      </div>
      <div role="status" className="committee-date-check">
        {warnings.length > 0 && (
          <div className="committee-note committee-note--warning">
            {warnings.map((warning, index) => (
              <p key={warning}>
                {index === 0 && <strong>Check the date: </strong>}
                {warning}
              </p>
            ))}
            <p>You can still add the meeting.</p>
          </div>
        )}
      </div>
      <TextField label="Venue" value={venue} onChange={setVenue} error={errorFor(failure, 'venue')} />
      <div className="plan-form__actions">
        <button type="submit" disabled={isBusy} aria-busy={isBusy}>{isBusy ? 'Adding…' : 'Add the meeting'}</button>
      </div>
      <div role="status" className="committee-added">
        {added && (
          <p className="committee-note committee-note--done">
            Added the meeting on {longDate(added.meetingDate)}. <a href={hashFor('meetings', added.id)}>Open the meeting of {longDate(added.meetingDate)}</a> to build its agenda.
          </p>
        )}
      </div>
    </form>
  );
}
