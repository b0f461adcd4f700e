import { AreaList } from '../components/AreaList';
import { SectionPage } from '../components/SectionPage';
import { useMeetingsStore } from '../stores/area-store';

export function MeetingsSection() {
  const items = useMeetingsStore((state) => state.items);
  return (
    <SectionPage title="Meetings" intro="Meetings with their agendas, papers, minutes and the packs issued to members.">
      <AreaList
        label="Meetings"
        items={items}
        emptyTitle="No meetings yet"
        emptyText={<p>Meetings come from a committee’s schedule. Each shows its agenda, which papers are still missing by the report deadline, and the packs issued.</p>}
      />
    </SectionPage>
  );
}
