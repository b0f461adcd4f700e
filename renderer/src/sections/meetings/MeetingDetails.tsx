import { useState } from 'react';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { formatClockTime, longDate, shortDate } from '../../../../shared/format/dates';
import { useFocusReturn } from '../plans/FormParts';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { MeetingStatusActions } from './MeetingStatusActions';
import { MEETING_STATUS_NAMES } from './pack-words';

type Props = { meeting: MeetingDetail; reload: () => Promise<MeetingDetail | null> };

/** The "Details" card: when and where, the notices, the status and what can be done next. */
export function MeetingDetails({ meeting, reload }: Props) {
  const [isEditing, setEditing] = useState(false);
  const [warnings, setWarnings] = useState<string[] | null>(null);
  const [editButton, returnFocus] = useFocusReturn<HTMLButtonElement>();
  const close = (saved: string[] | null) => {
    setEditing(false);
    setWarnings(saved);
    returnFocus();
  };

  return (
    <section id="meeting-details" className="card meeting-anchor" aria-labelledby="details-heading">
      <div className="meeting-card-head">
        <h2 id="details-heading">Details</h2>
        <span className={`meeting-status meeting-status--${meeting.status}`}>{MEETING_STATUS_NAMES[meeting.status]}</span>
      </div>
      {meeting.status === 'cancelled' && (
        <div className="meeting-cancelled" role="note">
          <p><strong>Cancelled{meeting.cancelledOn ? ` on ${longDate(meeting.cancelledOn)}` : ''}.</strong></p>
          {meeting.cancellationNote !== '' && <p className="meeting-cancelled__note">{meeting.cancellationNote}</p>}
        </div>
      )}
      {isEditing ? (
        <MeetingDetailsForm meeting={meeting} reload={reload} onClose={close} />
      ) : (
        <>
          <MeetingFacts meeting={meeting} />
          <div role="status" className="meeting-saved">
            {warnings !== null && (
              <div className={warnings.length > 0 ? 'meeting-note meeting-note--warning' : 'meeting-note'}>
                <p>Saved the meeting’s details.</p>
                {warnings.map((warning) => <p key={warning}>{warning}</p>)}
              </div>
            )}
          </div>
          <div className="meeting-actions">
            {meeting.status !== 'cancelled' && (
              <button ref={editButton} type="button" className="button-secondary" onClick={() => { setWarnings(null); setEditing(true); }}>
                Edit details
              </button>
            )}
            <MeetingStatusActions meeting={meeting} reload={reload} />
          </div>
        </>
      )}
    </section>
  );
}

function MeetingFacts({ meeting }: { meeting: Pick<MeetingDetail, 'meetingDate' | 'startTime' | 'venue' | 'accessNotes' | 'publicNotice' | 'agendaIssueDate' | 'reportDeadline' | 'isReportDeadlineManual'> }) {
  return (
    <dl className="details meeting-facts">
      <dt>Date</dt>
      <dd>{longDate(meeting.meetingDate)}{meeting.startTime ? `, ${formatClockTime(meeting.startTime)}` : ''}</dd>
      <dt>Venue</dt>
      <dd>{meeting.venue || <span className="meeting-none">Not set</span>}</dd>
      <dt>Access</dt>
      <dd>{meeting.accessNotes || <span className="meeting-none">No access notes</span>}</dd>
      <dt>Public notice</dt>
      <dd>{meeting.publicNotice || <span className="meeting-none">No public notice</span>}</dd>
      <dt>Report deadline</dt>
      <dd>
        {meeting.reportDeadline ? longDate(meeting.reportDeadline) : 'None set'}
        {meeting.reportDeadline && <span className="meeting-facts__aside">{meeting.isReportDeadlineManual ? 'set by hand' : 'by the authority’s rule'}</span>}
      </dd>
      <dt>Agenda issued</dt>
      <dd>{meeting.agendaIssueDate ? shortDate(meeting.agendaIssueDate) : 'Not yet'}</dd>
    </dl>
  );
}
