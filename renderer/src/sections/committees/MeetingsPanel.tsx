import { useState } from 'react';
import type { CommitteeDetail } from '../../../../shared/api/methods/committees';
import type { Meeting, MeetingSummary } from '../../../../shared/api/methods/meetings';
import { formatClockTime, longDate, shortDate } from '../../../../shared/format/dates';
import { hashFor } from '../../sections';
import { MEETING_STATUS_NAMES } from '../meetings/pack-words';
import { todayIso } from '../plans/plan-words';
import { AddMeetingForm } from './AddMeetingForm';
import { useLiveRead } from './use-live-read';

/** The committee's schedule of meetings, and adding one. */
export function MeetingsPanel({ committee }: { committee: CommitteeDetail }) {
  const meetings = useLiveRead('meetings/list', { committeeId: committee.id });
  const [added, setAdded] = useState<Meeting | null>(null);
  return (
    <>
      <section className="card committee-schedule" aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">Schedule of meetings</h2>
        {meetings.error && <p role="alert" className="plan-problem">{meetings.error}</p>}
        {meetings.value === null ? (
          <p>Loading the meetings…</p>
        ) : meetings.value.length === 0 ? (
          <p className="committee-empty">No meetings yet. Add the year’s meetings below: each gets its report deadline from the authority’s rule.</p>
        ) : (
          <Schedule meetings={meetings.value} addedId={added?.id ?? null} />
        )}
      </section>
      <AddMeetingForm
        committee={committee}
        added={added}
        onAdded={(meeting) => {
          setAdded(meeting);
          meetings.reload();
        }}
      />
    </>
  );
}

function Schedule({ meetings, addedId }: { meetings: readonly MeetingSummary[]; addedId: number | null }) {
  const today = todayIso();
  const nextId = meetings.find((meeting) => meeting.meetingDate >= today)?.id ?? null;
  return (
    <table className="pack-table committee-table">
      <caption className="visually-hidden">Meetings by date</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Time</th>
          <th scope="col">Status</th>
          <th scope="col">Agenda issued</th>
          <th scope="col">Report deadline</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((meeting) => (
          <tr key={meeting.id} className={meeting.meetingDate < today ? 'committee-table__past' : undefined}>
            <th scope="row">
              <a href={hashFor('meetings', meeting.id)}>{longDate(meeting.meetingDate)}</a>
              {meeting.id === nextId && <span className="tag">Next</span>}
              {meeting.id === addedId && <span className="tag committee-tag--new">Just added</span>}
            </th>
            <td>{meeting.startTime ? formatClockTime(meeting.startTime) : <span className="plan-muted">Not set</span>}</td>
            <td>{MEETING_STATUS_NAMES[meeting.status]}</td>
            <td>{meeting.agendaIssueDate ? shortDate(meeting.agendaIssueDate) : <span className="plan-muted">Not yet</span>}</td>
            <td>
              {meeting.reportDeadline ? shortDate(meeting.reportDeadline) : <span className="plan-muted">None</span>}
              {meeting.isReportDeadlineManual && <span className="committee-table__note"> (set by hand)</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
