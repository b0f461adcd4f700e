import { AreaList } from '../components/AreaList';
import { SectionPage } from '../components/SectionPage';
import { useDocumentsStore } from '../stores/area-store';

export function DocumentsSection() {
  const items = useDocumentsStore((state) => state.items);
  return (
    <SectionPage title="Documents" intro="Reports, minutes and other papers written in this workspace, and files attached to it.">
      <AreaList
        label="Documents"
        items={items}
        emptyTitle="No documents yet"
        emptyText={<p>Reports you write here, minutes of meetings and attached files such as inspection reports are listed here, ready to go into a meeting pack.</p>}
      />
    </SectionPage>
  );
}
