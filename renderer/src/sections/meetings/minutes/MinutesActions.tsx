import { useState } from 'react';
import { ApproveDialog } from './ApproveDialog';
import { useMinutesEditing } from './minutes-context';
import { minuteCount } from './minutes-words';

/** Starting from the agenda, and approval at a later meeting. */
export function MinutesActions({ onApproved }: { onApproved: () => void }) {
  const editing = useMinutesEditing();
  const { meeting, minutes, run, announce } = editing;
  const [isBusy, setBusy] = useState(false);
  const [isApproving, setApproving] = useState(false);
  const minuted = new Set(minutes.entries.map((entry) => entry.agendaItemId));
  const waiting = meeting.agendaItems.filter((item) => !minuted.has(item.id)).length;

  const start = async () => {
    setBusy(true);
    const started = await run('minutes/startFromAgenda', { meetingId: meeting.id });
    setBusy(false);
    if (started === null) return;
    const added = started.entries.filter((entry) => !minutes.entries.some((before) => before.id === entry.id));
    const first = added[0];
    const last = added[added.length - 1];
    announce(
      first === undefined || last === undefined
        ? 'Every agenda item already has a minute; nothing was added.'
        : `${minuteCount(added.length)} added from the agenda, ${first.reference} to ${last.reference}.`,
    );
  };

  return (
    <div className="minutes-actions">
      <button type="button" onClick={() => void start()} disabled={isBusy} aria-describedby="minutes-start-hint">
        Start the minutes from the agenda
      </button>
      <button type="button" className="button-secondary" onClick={() => { setApproving(true); }} disabled={minutes.entries.length === 0}>
        Approve these minutes…
      </button>
      <p id="minutes-start-hint" className="hint">
        {waiting === 0
          ? 'Every agenda item has a minute.'
          : `Adds a minute for ${waiting === 1 ? 'the agenda item' : `each of the ${waiting} agenda items`} without one, in agenda order.`}
        {minutes.entries.length === 0 ? ' Minutes can be approved once they are written.' : ''}
      </p>
      {isApproving && <ApproveDialog onClose={() => { setApproving(false); }} onApproved={() => { setApproving(false); onApproved(); }} />}
    </div>
  );
}
