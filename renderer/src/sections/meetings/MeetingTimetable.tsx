import { useEffect, useState } from 'react';
import type { MeetingTimetable as Timetable, TimetableCheck, TimetableCheckLevel } from '../../../../shared/api/methods/calendar';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { longDate } from '../../../../shared/format/dates';
import { callOrToast } from '../../stores/call';
import './timetable.css';
import { TimetableCheckLine } from './TimetableCheckLine';

/** Most serious first, so what needs doing is read before what is fine. */
const LEVEL_ORDER: Record<TimetableCheckLevel, number> = { missed: 0, warning: 1, ok: 2 };

/** The level in words, and a mark that does not rely on colour (the word is always shown too). */
type Loaded = { meeting: MeetingDetail; value: Timetable | null };

/** The "Statutory timetable" card: the dates the law and the authority set for a meeting, and the checks on them. */
export function MeetingTimetable({ meeting }: { meeting: MeetingDetail }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Keyed on the meeting detail itself: the page reloads it after a pack is issued (the issue date changes), and the timetable follows.
  useEffect(() => {
    let isCurrent = true;
    void callOrToast('calendar/meetingTimetable', { meetingId: meeting.id }).then((value) => { if (isCurrent) setLoaded({ meeting, value }); });
    return () => { isCurrent = false; };
  }, [meeting]);

  // A reload keeps the timetable it replaces on screen, so the card does not flash; only another meeting's is hidden.
  const timetable = loaded?.meeting.id === meeting.id ? loaded.value : null;
  return (
    <section className="card timetable" aria-labelledby="timetable-heading">
      <h2 id="timetable-heading">Statutory timetable</h2>
      {timetable ? <TimetableBody timetable={timetable} /> : <p>{loaded?.meeting.id === meeting.id ? 'The timetable could not be worked out.' : 'Working out the timetable…'}</p>}
    </section>
  );
}

function TimetableBody({ timetable }: { timetable: Timetable }) {
  return (
    <>
      <dl className="timetable-dates">
        <dt>Report deadline</dt>
        <dd>{timetable.reportDeadline ? longDate(timetable.reportDeadline) : 'None set'}</dd>
        <dt>Agenda must be published by</dt>
        <dd>
          {longDate(timetable.agendaPublishBy)}
          <span className="timetable-dates__rule">five clear working days before the meeting</span>
        </dd>
        {timetable.agendaIssueDate && (
          <>
            <dt>Agenda issued on</dt>
            <dd>{longDate(timetable.agendaIssueDate)}</dd>
          </>
        )}
        {timetable.privateNoticeBy && (
          <>
            <dt>Private meeting notice by</dt>
            <dd>
              {longDate(timetable.privateNoticeBy)}
              <span className="timetable-dates__rule">28 clear days before the meeting, as an executive body is taking an exempt item</span>
            </dd>
          </>
        )}
      </dl>
      <h3 className="timetable-checks__heading">Checks</h3>
      <CheckList checks={timetable.checks} />
    </>
  );
}

function CheckList({ checks }: { checks: readonly TimetableCheck[] }) {
  if (checks.length === 0) return <p>Nothing stands out about these dates.</p>;
  const ordered = [...checks].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return (
    <ul className="timetable-checks">
      {ordered.map((check) => (
        <TimetableCheckLine key={check.key} level={check.level} message={check.message} />
      ))}
    </ul>
  );
}

