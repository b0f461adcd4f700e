import { AreaList } from '../components/AreaList';
import { SectionPage } from '../components/SectionPage';
import { useCommitteesStore } from '../stores/area-store';

export function CommitteesSection() {
  const items = useCommitteesStore((state) => state.items);
  return (
    <SectionPage title="Committees" intro="Scrutiny committees and subgroups, their members for each municipal year, terms of reference and schedules of meetings.">
      <AreaList
        label="Committees"
        items={items}
        emptyTitle="No committees yet"
        emptyText={<p>When a committee is set up in this workspace it is listed here, with its chair, members and next meeting.</p>}
      />
    </SectionPage>
  );
}
