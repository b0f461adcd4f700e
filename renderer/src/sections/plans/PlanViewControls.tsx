import { useId, useState } from 'react';
import type { MeetingSummary } from '../../../../shared/api/methods/meetings';
import { usePlanStore } from '../../stores/plan-store';
import { useMeetingList } from '../meetings/use-meetings';
import { shortDate, todayIso } from './plan-words';

/** The earlier meetings to offer as "changes since" dates, latest first: the last report went to one of them. */
function earlierMeetings(meetings: readonly MeetingSummary[], before: string): MeetingSummary[] {
  return meetings.filter((meeting) => meeting.meetingDate < before).sort((a, b) => b.meetingDate.localeCompare(a.meetingDate)).slice(0, 3);
}

/** "As at" and "Changes since": the plan as the committee saw it, and what has moved since. */
export function PlanViewControls() {
  const asAt = usePlanStore((state) => state.asAt);
  const since = usePlanStore((state) => state.since);
  const isShowingArchived = usePlanStore((state) => state.isShowingArchived);
  const meetings = useMeetingList();
  const id = useId();
  const today = todayIso();
  const earlier = earlierMeetings(meetings.value ?? [], asAt === '' ? today : asAt);
  const isOneCommittee = new Set(earlier.map((meeting) => meeting.committeeId)).size <= 1;
  const store = usePlanStore.getState;

  return (
    <section className="plan-view-controls" aria-label="How the plan is shown">
      <div className="plan-field plan-view-controls__date">
        <label htmlFor={`${id}-as-at`}>As at</label>
        <p id={`${id}-as-at-hint`} className="hint">The plan as it stood at the end of this day.</p>
        <div className="plan-inline">
          <DateInput id={`${id}-as-at`} max={today} value={asAt === '' ? today : asAt} describedBy={`${id}-as-at-hint`} onChange={(value) => void store().setAsAt(value === today || value === '' ? '' : value)} />
          {asAt !== '' && <button type="button" className="button-secondary button-secondary--small" onClick={() => void store().setAsAt('')}>Today</button>}
        </div>
      </div>
      <div className="plan-field plan-view-controls__date">
        <label htmlFor={`${id}-since`}>Changes since</label>
        <p id={`${id}-since-hint`} className="hint">Actions with an update after this day are marked.</p>
        <div className="plan-inline">
          <DateInput id={`${id}-since`} max={today} value={since} describedBy={`${id}-since-hint`} onChange={(value) => void store().setSince(value)} />
          {since !== '' && <button type="button" className="button-secondary button-secondary--small" onClick={() => void store().setSince('')}>Clear</button>}
        </div>
        {earlier.length > 0 && (
          <div className="plan-quick" role="group" aria-label="Quick choices for changes since">
            {earlier.map((meeting, index) => (
              <button
                key={meeting.id}
                type="button"
                className="chip"
                aria-pressed={since === meeting.meetingDate}
                onClick={() => void store().setSince(meeting.meetingDate)}
              >
                {index === 0 ? `last meeting (${shortDate(meeting.meetingDate)})` : `${isOneCommittee ? 'meeting of' : `${meeting.committeeName},`} ${shortDate(meeting.meetingDate)}`}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="checkbox plan-view-controls__archived">
        <input id={`${id}-archived`} type="checkbox" checked={isShowingArchived} onChange={(event) => void store().setShowingArchived(event.target.checked)} />
        <label htmlFor={`${id}-archived`}>Show archived entries and actions</label>
      </div>
    </section>
  );
}

type DateInputProps = { id: string; value: string; max: string; describedBy: string; onChange: (value: string) => void };

/** A date box that passes on only whole, plausible dates, so typing a year digit by digit does not reload the plan for the year 2. */
function DateInput({ id, value, max, describedBy, onChange }: DateInputProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  return (
    <input
      id={id}
      type="date"
      min="1900-01-01"
      max={max}
      value={draft}
      aria-describedby={describedBy}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        if (next === '' || (next >= '1900-01-01' && next <= max)) onChange(next);
      }}
    />
  );
}
