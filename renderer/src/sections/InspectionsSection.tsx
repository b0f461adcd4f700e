import { AreaList } from '../components/AreaList';
import { SectionPage } from '../components/SectionPage';
import { useInspectionsStore } from '../stores/area-store';

export function InspectionsSection() {
  const items = useInspectionsStore((state) => state.items);
  return (
    <SectionPage title="Inspections & action plans" intro="Inspection reports with their graded judgements and recommendations, and the action plans that respond to them.">
      <AreaList
        label="Inspections"
        items={items}
        emptyTitle="No inspections yet"
        emptyText={<p>An imported inspection report appears here with its judgements and numbered recommendations, ready to start a post-inspection action plan and record progress against it.</p>}
      />
    </SectionPage>
  );
}
