import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { dateFromIso, formatClockTime, formatDate, formatLongDate } from '../../../../shared/format/dates';
import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { usePackStore } from '../../stores/pack-store';
import { IssuedPacks } from './IssuedPacks';
import { MeetingTimetable } from './MeetingTimetable';
import { MEETING_STATUS_NAMES } from './pack-words';
import { PackPanel } from './PackPanel';
import { useMeetingDetail } from './use-meetings';

/** One meeting: its details, its agenda, and the pack built from them. */
export function MeetingPage({ meetingId }: { meetingId: number }) {
  const issueCount = usePackStore((state) => state.issueCount);
  const meeting = useMeetingDetail(meetingId, issueCount);
  if (meeting.isLoading || !meeting.value) {
    return (
      <SectionPage title="Meeting">
        <p>{meeting.isLoading ? 'Loading the meeting…' : 'This meeting could not be opened.'}</p>
        <p><a href={hashFor('meetings')}>All meetings</a></p>
      </SectionPage>
    );
  }
  const detail = meeting.value;
  return (
    <SectionPage title={`${detail.committeeName}: ${formatLongDate(dateFromIso(detail.meetingDate))}`}>
      <p className="pack-back"><a href={hashFor('meetings')}>All meetings</a></p>
      <MeetingFacts meeting={detail} />
      <section className="card" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">Agenda</h2>
        <ol className="pack-agenda">
          {detail.agendaItems.map((item) => (
            <li key={item.id}>
              {item.title}
              {item.isExempt && <span className="tag">Exempt</span>}
              {item.isToFollow && <span className="tag">To follow</span>}
            </li>
          ))}
        </ol>
      </section>
      <MeetingTimetable meeting={detail} />
      <PackPanel meeting={detail} />
      <IssuedPacks meetingId={detail.id} />
    </SectionPage>
  );
}

function MeetingFacts({ meeting }: { meeting: MeetingDetail }) {
  return (
    <dl className="details">
      <dt>Date</dt>
      <dd>{formatLongDate(dateFromIso(meeting.meetingDate))}{meeting.startTime ? `, ${formatClockTime(meeting.startTime)}` : ''}</dd>
      {meeting.venue && (
        <>
          <dt>Venue</dt>
          <dd>{meeting.venue}</dd>
        </>
      )}
      <dt>Status</dt>
      <dd>{MEETING_STATUS_NAMES[meeting.status]}</dd>
      <dt>Agenda issued</dt>
      <dd>{meeting.agendaIssueDate ? formatDate(dateFromIso(meeting.agendaIssueDate)) : 'Not yet'}</dd>
      {meeting.reportDeadline && (
        <>
          <dt>Report deadline</dt>
          <dd>{formatDate(dateFromIso(meeting.reportDeadline))}</dd>
        </>
      )}
    </dl>
  );
}
