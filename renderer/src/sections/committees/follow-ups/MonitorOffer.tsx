import { useState } from 'react';
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import { longDate } from '../../../../../shared/format/dates';
import { hashFor } from '../../../sections';
import { todayIso } from '../../plans/plan-words';
import { callForCommitteeForm } from '../committee-call';
import { useLiveRead } from '../use-live-read';

/** The committee's next meeting whose agenda can still change: today or later, not held, minuted or cancelled. */
export function nextOpenMeeting(meetings: readonly MeetingSummary[]): MeetingSummary | null {
  const today = todayIso();
  return meetings.find((meeting) => meeting.meetingDate >= today && (meeting.status === 'draft' || meeting.status === 'issued')) ?? null;
}

/** Offers the recommendations monitor as an item on the next meeting's agenda, or says where it already is. */
export function MonitorOffer({ meeting }: { meeting: MeetingSummary | null }) {
  return (
    <section className="fu-monitor" aria-labelledby="fu-monitor-heading">
      <h3 id="fu-monitor-heading" className="fu-monitor__heading">Recommendations monitor</h3>
      {meeting === null ? (
        <p>The committee has no meeting coming up. Once the next one is scheduled, the monitor can go on its agenda.</p>
      ) : (
        <MonitorOnAgenda meeting={meeting} />
      )}
    </section>
  );
}

function MonitorOnAgenda({ meeting }: { meeting: MeetingSummary }) {
  const detail = useLiveRead('meetings/get', { id: meeting.id });
  const [problem, setProblem] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const when = longDate(meeting.meetingDate);
  const item = detail.value?.agendaItems.find((candidate) => candidate.kind === 'recommendations_monitor') ?? null;

  const add = async () => {
    setBusy(true);
    const result = await callForCommitteeForm('followUps/addMonitorToAgenda', { meetingId: meeting.id });
    setBusy(false);
    setProblem(result.ok ? null : result.message);
    if (result.ok) detail.reload();
  };

  if (detail.value === null) return <p>{detail.error ?? 'Looking at the next meeting’s agenda…'}</p>;
  return (
    <>
      <div role="status">
        {item !== null && (
          <p>
            On the agenda of <a href={hashFor('meetings', meeting.id)}>{when}</a> as item {item.position}. Each pack built for that meeting prints these
            follow-ups as they stand then: open ones, and those closed since the last meeting.
          </p>
        )}
      </div>
      {item === null && (
        <div className="fu-monitor__offer">
          <p>
            Not on the agenda of the next meeting, <a href={hashFor('meetings', meeting.id)}>{when}</a>, yet. Adding it puts a “Recommendations monitor” item
            before any private business, with a paper the pack builds from this list.
          </p>
          <button type="button" className="button-secondary" disabled={isBusy} aria-busy={isBusy} onClick={() => { void add(); }}>
            {isBusy ? 'Adding…' : `Add to the agenda of ${when}`}
          </button>
        </div>
      )}
      {problem && <p role="alert" className="plan-problem fu-problem">{problem}</p>}
    </>
  );
}
