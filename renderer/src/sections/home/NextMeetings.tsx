import { longDate } from '../../../../shared/format/dates';
import type { DashboardMeeting, MissingPaper } from '../../../../shared/api/methods/dashboard';
import { hashFor } from '../../sections';
import { MEETING_STATUS_NAMES } from '../meetings/pack-words';
import { TimetableCheckLine } from '../meetings/TimetableCheckLine';
import { worstCheck } from './home-words';

/** The "Next meetings" card: each meeting still to come, how its timetable stands and which reports are missing. */
export function NextMeetings({ meetings }: { meetings: readonly DashboardMeeting[] }) {
  return (
    <section className="card home-card" aria-labelledby="home-meetings-heading">
      <h2 id="home-meetings-heading">Next meetings</h2>
      {meetings.length === 0 ? (
        <p>No meetings are coming up. Schedule them from a committee’s page.</p>
      ) : (
        <ul className="home-meetings">
          {meetings.map((meeting) => <MeetingCard key={meeting.meetingId} meeting={meeting} />)}
        </ul>
      )}
    </section>
  );
}

function MeetingCard({ meeting }: { meeting: DashboardMeeting }) {
  const { level, checks } = meeting.timetable;
  const check = worstCheck(checks, level);
  return (
    <li className="home-meeting">
      <h3 className="home-meeting__title">
        <a href={hashFor('meetings', meeting.meetingId)}>
          {meeting.committeeName}: {longDate(meeting.meetingDate)}
        </a>
      </h3>
      <p className="home-meeting__status">{MEETING_STATUS_NAMES[meeting.status]}</p>
      <TimetableCheckLine as="p" level={level} message={check?.message ?? 'Nothing stands out about the timetable.'} />
      <MissingPapers papers={meeting.missingPapers} />
    </li>
  );
}

function MissingPapers({ papers }: { papers: readonly MissingPaper[] }) {
  if (papers.length === 0) return <p className="home-meeting__papers">Every report on the agenda has its paper.</p>;
  return (
    <>
      <h4 className="home-meeting__papers-heading">Missing papers</h4>
      <ul className="home-meeting__papers">
        {papers.map((paper) => (
          <li key={paper.agendaItemId}>
            {paper.title}
            <span className="home-note">{missingNote(paper)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function missingNote(paper: MissingPaper): string {
  const when = paper.isPastDeadline ? 'the report deadline has passed' : 'due by the report deadline';
  return paper.isToFollow ? `marked to follow; ${when}` : when;
}
