import { SectionPage } from '../components/SectionPage';
import type { SectionProps } from '../sections';
import { MeetingList } from './meetings/MeetingList';
import { MeetingPage } from './meetings/MeetingPage';

export function MeetingsSection({ rest }: SectionProps) {
  // "#/meetings/5" opens meeting 5.
  const meetingId = Number(rest[0]);
  if (Number.isSafeInteger(meetingId) && meetingId > 0) return <MeetingPage key={meetingId} meetingId={meetingId} />;
  return (
    <SectionPage title="Meetings" intro="Meetings with their agendas, papers, minutes and the packs issued to members.">
      <MeetingList />
    </SectionPage>
  );
}
