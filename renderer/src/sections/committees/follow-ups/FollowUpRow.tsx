import { useState } from 'react';
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import type { Person } from '../../../../../shared/api/methods/people';
import { longDate, shortDate } from '../../../../../shared/format/dates';
import { useFocusReturn } from '../../plans/FormParts';
import { CloseForm } from './CloseForm';
import { EditForm } from './EditForm';
import { ownerWords, statusTone, statusWords } from './follow-up-words';
import type { FollowUpChange } from './use-tracker';
import type { FormResult } from '../../plans/plan-call';

type Props = {
  followUp: FollowUpListing;
  people: readonly Person[];
  meetings: readonly MeetingSummary[];
  onChange: (change: FollowUpChange, describe: (saved: FollowUpListing) => string) => Promise<FormResult<FollowUpListing>>;
};

type Opened = 'done' | 'dropped' | 'edit' | null;
const COLUMN_COUNT = 6;

/** One follow-up: where it came from, what and who, when due, its state in words, and what can be done to it. */
export function FollowUpRow({ followUp, people, meetings, onChange }: Props) {
  const [opened, setOpened] = useState<Opened>(null);
  const [firstButton, returnFocus] = useFocusReturn<HTMLButtonElement>();
  const [reopenError, setReopenError] = useState<string | null>(null);
  const close = () => {
    setOpened(null);
    returnFocus();
  };
  const reopen = async () => {
    const result = await onChange({ id: followUp.id, status: 'open' }, (saved) => `Reopened: ${saved.description}. ${statusWords(saved)}.`);
    setReopenError(result.ok ? null : result.message);
    if (result.ok) returnFocus();
  };
  const tone = statusTone(followUp);
  // Every row has these buttons, so each names its follow-up for those who hear the button alone.
  const named = (verb: string) => `${verb}: ${followUp.description}`;

  return (
    <>
      <tr className={`fu-row fu-row--${tone}`}>
        <td>
          <span className="fu-minute">{followUp.minuteReference}</span> <span className="fu-minute__heading">{followUp.minuteHeading}</span>
          {followUp.isMinutePublicExcluded && <span className="fu-private">Private minute: left out of the public pack</span>}
          <p className="fu-decision">
            <span className="visually-hidden">Decision {followUp.decisionNumber}: </span>
            {followUp.decisionText}
          </p>
        </td>
        <td>
          <span className="fu-action">{followUp.description}</span>
          {followUp.notes.trim() !== '' && (
            <p className="fu-notes"><span className="fu-notes__label">Response:</span> {followUp.notes}</p>
          )}
        </td>
        <td>{ownerWords(followUp)}</td>
        <td>{followUp.dueDate === null ? <span className="plan-muted">No date</span> : shortDate(followUp.dueDate)}</td>
        <td>
          <span className={`fu-status fu-status--${tone}`}>{statusWords(followUp)}</span>
          {followUp.reportedMeetingDate !== null && (
            <span className="fu-report">Report back at {longDate(followUp.reportedMeetingDate)}</span>
          )}
        </td>
        <td>
          <div className="fu-buttons">
            {followUp.status === 'open' ? (
              <>
                <button ref={firstButton} type="button" className="button-secondary button-secondary--small" aria-label={named('Mark done')} aria-expanded={opened === 'done'} onClick={() => { setOpened('done'); }}>
                  Mark done
                </button>
                <button type="button" className="button-secondary button-secondary--small" aria-label={named('Drop')} aria-expanded={opened === 'dropped'} onClick={() => { setOpened('dropped'); }}>
                  Drop…
                </button>
              </>
            ) : (
              <button ref={firstButton} type="button" className="button-secondary button-secondary--small" aria-label={named('Reopen')} onClick={() => { void reopen(); }}>
                Reopen
              </button>
            )}
            <button type="button" className="button-secondary button-secondary--small" aria-label={named('Edit')} aria-expanded={opened === 'edit'} onClick={() => { setOpened('edit'); }}>
              Edit
            </button>
          </div>
          {reopenError && <p role="alert" className="plan-problem fu-problem">{reopenError}</p>}
        </td>
      </tr>
      {opened !== null && (
        <tr className="fu-row--form">
          <td colSpan={COLUMN_COUNT}>
            {opened === 'edit' ? (
              <EditForm followUp={followUp} people={people} meetings={meetings} onSave={(change) => onChange(change, (saved) => `Saved: ${saved.description}.`)} onClose={close} />
            ) : (
              <CloseForm
                followUp={followUp}
                outcome={opened}
                onSave={(change) => onChange(change, (saved) => `${statusWords(saved)}: ${saved.description}.`)}
                onClose={close}
              />
            )}
          </td>
        </tr>
      )}
    </>
  );
}
