import { useEffect } from 'react';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { longDate } from '../../../../shared/format/dates';
import { SectionPage } from '../../components/SectionPage';
import { hashFor } from '../../sections';
import { usePackStore } from '../../stores/pack-store';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { AgendaBuilder } from './AgendaBuilder';
import { IssuedPacks } from './IssuedPacks';
import { MeetingDetails } from './MeetingDetails';
import { MeetingTimetable } from './MeetingTimetable';
import { MinutesEditor } from './minutes/MinutesEditor';
import { folderBeside } from './pack-words';
import { PackPanel } from './PackPanel';
import { PageSections } from './PageSections';
import { useMeeting } from './use-meeting';
import '../plans/plans.css';
import './agenda.css';

/** One meeting: its details and status, its agenda and papers, its minutes, its statutory timetable and its pack. */
export function MeetingPage({ meetingId }: { meetingId: number }) {
  const meeting = useMeeting(meetingId);
  const detail = meeting.detail;
  if (detail === null) {
    return (
      <SectionPage title="Meeting">
        <p>{meeting.isLoading ? 'Loading the meeting…' : 'This meeting could not be opened.'}</p>
        <p><a href={hashFor('meetings')}>All meetings</a></p>
      </SectionPage>
    );
  }
  const reload = () => { void meeting.reload(); };
  return (
    <SectionPage title={`${detail.committeeName}: ${longDate(detail.meetingDate)}`}>
      <p className="pack-back"><a href={hashFor('meetings')}>All meetings</a></p>
      <PageSections />
      <MeetingDetails meeting={detail} reload={meeting.reload} />
      <AgendaBuilder meeting={detail} reload={meeting.reload} />
      <div id="meeting-minutes" className="meeting-anchor">
        <MinutesEditor meeting={detail} onChanged={reload} />
      </div>
      <div id="meeting-timetable" className="meeting-anchor">
        <MeetingTimetable meeting={detail} />
      </div>
      <div id="meeting-pack" className="meeting-anchor">
        {detail.status === 'cancelled' ? <CancelledPack meeting={detail} /> : <PackPanel meeting={detail} />}
        <IssuedPacks meetingId={detail.id} />
      </div>
    </SectionPage>
  );
}

/** A cancelled meeting has no pack to build; the versions issued before it was called off stay listed. */
function CancelledPack({ meeting }: { meeting: MeetingDetail }) {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  useEffect(() => {
    const store = usePackStore.getState();
    store.openMeeting(meeting.id, folderBeside(workspacePath));
    void store.loadIssued();
  }, [meeting.id, workspacePath]);
  return (
    <section className="card pack-panel" aria-labelledby="pack-heading">
      <h2 id="pack-heading">Meeting pack</h2>
      <p>This meeting was cancelled, so no pack can be built or issued for it. Reinstate the meeting (under Details) if it is going ahead.</p>
    </section>
  );
}
