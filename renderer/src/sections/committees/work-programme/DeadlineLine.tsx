import { useState, type SyntheticEvent } from 'react';
import { flushSync } from 'react-dom';
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import { longDate } from '../../../../../shared/format/dates';
import { useBoard } from './board-context';
import { groupKeyOf } from './board-groups';
import { FormField } from './FormField';

type Props = { meeting: MeetingSummary; isOpen: boolean };

/**
 * A meeting's report deadline: worked out from the authority's rule, or set
 * by hand (and then reset to the rule). The engine refuses a deadline after
 * the meeting; its message is shown beside the date, which stays as typed.
 */
export function DeadlineLine({ meeting, isOpen }: Props) {
  const { actions } = useBoard();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const groupKey = groupKeyOf(meeting.id);

  const finish = () => {
    flushSync(() => {
      setDraft(null);
      setError(null);
    });
    actions.focusGroup(groupKey, 'deadline');
  };
  const save = async (date: string | null) => {
    setBusy(true);
    const result = await actions.setDeadline(meeting, date);
    setBusy(false);
    if (result.ok) finish();
    else setError(result.message);
  };
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft) setError('Give the date reports are due, or reset the deadline to the authority’s rule.');
    else void save(draft);
  };

  if (draft !== null) {
    return (
      <form className="wp-deadline wp-deadline--editing" aria-label={`Report deadline for ${longDate(meeting.meetingDate)}`} noValidate onSubmit={submit}>
        <FormField label="Reports due" type="date" hint={`On or before the meeting, ${longDate(meeting.meetingDate)}.`} value={draft} onChange={setDraft} error={error} isFocused />
        <div className="wp-deadline__actions">
          <button type="submit" className="wp-button-small" disabled={isBusy}>Save deadline</button>
          <button type="button" className="button-secondary button-secondary--small" onClick={finish}>Cancel</button>
        </div>
      </form>
    );
  }

  return (
    <div className="wp-deadline">
      <p className="wp-deadline__text">
        {meeting.reportDeadline ? <>Reports due <strong>{longDate(meeting.reportDeadline)}</strong></> : 'No report deadline'}
        {meeting.isReportDeadlineManual && <span className="wp-deadline__manual"> (set by hand)</span>}
      </p>
      {isOpen && (
        <span className="wp-deadline__actions">
          <button
            type="button"
            data-focus="deadline"
            className="button-secondary button-secondary--small"
            onClick={() => { setError(null); setDraft(meeting.reportDeadline ?? ''); }}
          >
            Change deadline<span className="visually-hidden"> for {longDate(meeting.meetingDate)}</span>
          </button>
          {meeting.isReportDeadlineManual && (
            <button type="button" className="button-secondary button-secondary--small" disabled={isBusy} onClick={() => void save(null)}>
              Reset to the rule<span className="visually-hidden"> for {longDate(meeting.meetingDate)}</span>
            </button>
          )}
        </span>
      )}
      {error && <p className="wp-problem" role="alert">{error}</p>}
    </div>
  );
}
