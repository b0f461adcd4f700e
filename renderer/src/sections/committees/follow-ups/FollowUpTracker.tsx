import { useState, type ReactNode } from 'react';
import type { FollowUpListing } from '../../../../../shared/api/methods/minutes';
import { SelectField } from '../../plans/Field';
import { useFocusReturn } from '../../plans/FormParts';
import { usePeople } from '../use-people';
import { useLiveRead } from '../use-live-read';
import { FollowUpGroup } from './FollowUpGroup';
import { EVERYONE, groupByMeeting, matchesFilters, ownerWords, STATUS_FILTERS, summaryWords, type StatusFilter } from './follow-up-words';
import { MonitorOffer, nextOpenMeeting } from './MonitorOffer';
import { useTracker, type Tracker } from './use-tracker';
import './follow-ups.css';

/**
 * The committee's recommendations and actions tracker: every follow-up its
 * decisions raised, under the meeting that raised it, with its state in
 * words; closing, reopening and editing in place; and the offer to put the
 * recommendations monitor on the next meeting's agenda.
 */
export function FollowUpTracker({ committeeId }: { committeeId: number }) {
  const tracker = useTracker(committeeId);
  const meetings = useLiveRead('meetings/list', { committeeId });
  const people = usePeople();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [owner, setOwner] = useState(EVERYONE);
  const [heading, focusHeading] = useFocusReturn<HTMLHeadingElement>();
  const all = tracker.followUps.value;

  // A row that no longer matches the filters leaves the table; focus goes to the heading rather than to nothing.
  const onChange: Tracker['update'] = async (change, describe) => {
    const result = await tracker.update(change, (saved) => {
      const isShown = matchesFilters(saved, status, owner);
      if (!isShown) focusHeading();
      return isShown ? describe(saved) : `${describe(saved)} It is no longer shown with these filters.`;
    });
    return result;
  };

  return (
    <div className="fu-tracker">
      <h2 ref={heading} tabIndex={-1} className="committee-panel__heading">Recommendations and actions</h2>
      <p className="fu-intro">
        What the committee’s decisions asked for, who is doing it and by when. Open follow-ups stay on the recommendations monitor until they are done or dropped;
        a closed one is reported once, at the next meeting.
      </p>
      <MonitorOffer meeting={meetings.value === null ? null : nextOpenMeeting(meetings.value)} />
      <p role="status" className="visually-hidden">{tracker.announcement}</p>
      {tracker.followUps.error && <p role="alert" className="plan-problem">{tracker.followUps.error}</p>}
      {all === null ? (
        <p>Loading the follow-ups…</p>
      ) : all.length === 0 ? (
        <div className="committee-empty fu-empty">
          <p><strong>No follow-ups yet.</strong></p>
          <p>
            A follow-up is raised from a decision in the minutes: open a held meeting’s minutes, and under the decision add what is to be done, who is
            responsible and by when. It then appears here, and on the recommendations monitor until it is closed.
          </p>
        </div>
      ) : (
        <TrackerBody all={all} status={status} owner={owner} onStatus={setStatus} onOwner={setOwner}>
          {(shown) =>
            groupByMeeting(shown).map((group) => (
              <FollowUpGroup key={group.meetingId} group={group} people={people.value ?? []} meetings={meetings.value ?? []} onChange={onChange} />
            ))
          }
        </TrackerBody>
      )}
    </div>
  );
}

type BodyProps = {
  all: readonly FollowUpListing[];
  status: StatusFilter;
  owner: string;
  onStatus: (status: StatusFilter) => void;
  onOwner: (owner: string) => void;
  children: (shown: FollowUpListing[]) => ReactNode;
};

/** The summary, the filters, and the follow-ups that pass them. */
function TrackerBody({ all, status, owner, onStatus, onOwner, children }: BodyProps) {
  const owners = [...new Set(all.map(ownerWords))].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const shown = all.filter((followUp) => matchesFilters(followUp, status, owner));
  return (
    <>
      <p className="fu-summary">{summaryWords(all)}</p>
      <div className="plan-filters fu-filters" role="group" aria-label="Filter the follow-ups">
        <SelectField label="Status" value={status} onChange={onStatus} options={STATUS_FILTERS} />
        <SelectField label="Responsible" value={owner} onChange={onOwner} options={[{ value: EVERYONE, label: 'Everyone' }, ...owners.map((name) => ({ value: name, label: name }))]} />
        <p className="fu-count" aria-live="polite">
          {shown.length === all.length ? `Showing all ${String(all.length)}.` : `Showing ${String(shown.length)} of ${String(all.length)}.`}
        </p>
      </div>
      {shown.length === 0 ? <p className="committee-empty">No follow-up matches these filters. Choose “All follow-ups” and “Everyone” to see them all.</p> : children(shown)}
    </>
  );
}
