import { useEffect, useId, useRef, useState } from 'react';
import type { ApprovingMeetingChoice } from '../../../../../shared/api/methods/minutes';
import { longDate, shortDate } from '../../../../../shared/format/dates';
import { MEETING_STATUS_NAMES } from '../pack-words';
import { useMinutesEditing } from './minutes-context';

type Props = { onClose: () => void; onApproved: () => void };

/** Chooses the later meeting that approved these minutes; meetings that cannot (yet) say why. */
export function ApproveDialog({ onClose, onApproved }: Props) {
  const { meeting, run, announce } = useMinutesEditing();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [choices, setChoices] = useState<ApprovingMeetingChoice[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [isBusy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => { element?.close(); };
  }, []);
  useEffect(() => {
    let isCurrent = true;
    void run('minutes/approvingMeetings', { meetingId: meeting.id }, { reload: false }).then((found) => {
      if (!isCurrent) return;
      setChoices(found ?? []);
      setChosen(found?.find((choice) => choice.refusal === null)?.meetingId ?? null);
    });
    return () => { isCurrent = false; };
  }, [run, meeting.id]);

  const approve = async () => {
    if (chosen === null) return;
    setBusy(true);
    const approval = await run('minutes/approve', { meetingId: meeting.id, approvingMeetingId: chosen });
    setBusy(false);
    if (approval === null) return;
    announce(`Approved as a correct record at the meeting of ${shortDate(approval.approvingMeetingDate)}. The minutes are now locked.`);
    onApproved();
  };
  const possible = choices?.filter((choice) => choice.refusal === null) ?? [];

  return (
    <dialog ref={dialog} className="pack-dialog minutes-dialog" aria-labelledby={`${id}-heading`} aria-describedby={`${id}-what`} onCancel={onClose}>
      <h2 id={`${id}-heading`}>Approve these minutes</h2>
      <p id={`${id}-what`}>
        Record the later meeting of the {meeting.committeeName} that approved the minutes of {shortDate(meeting.meetingDate)} as a correct record.
        Once approved they are locked: nothing in them can be changed again.
      </p>
      {choices === null ? (
        <p className="hint" role="status">Finding the committee’s later meetings…</p>
      ) : choices.length === 0 ? (
        <p role="alert">The {meeting.committeeName} has no later meeting yet. Add the next meeting, then approve the minutes there.</p>
      ) : (
        <fieldset className="minutes-choices">
          <legend>Approved at the meeting of</legend>
          {choices.map((choice) => (
            <div key={choice.meetingId} className="minutes-choice">
              <input
                type="radio"
                id={`${id}-${choice.meetingId}`}
                name={`${id}-meeting`}
                checked={chosen === choice.meetingId}
                disabled={choice.refusal !== null}
                aria-describedby={`${id}-${choice.meetingId}-note`}
                onChange={() => { setChosen(choice.meetingId); }}
              />
              <label htmlFor={`${id}-${choice.meetingId}`}>{longDate(choice.meetingDate)}</label>
              <span id={`${id}-${choice.meetingId}-note`} className="minutes-choice__note">
                {choice.refusal ?? `${MEETING_STATUS_NAMES[choice.status]}.`}
              </span>
            </div>
          ))}
        </fieldset>
      )}
      <div className="pack-actions">
        <button type="button" onClick={() => void approve()} disabled={isBusy || chosen === null || possible.length === 0}>
          Approve as a correct record
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>Cancel</button>
      </div>
    </dialog>
  );
}
