import { SectionPage } from '../components/SectionPage';
import type { SectionProps } from '../sections';
import { DocumentList } from './documents/DocumentList';
import { DocumentPage } from './documents/DocumentPage';

export function DocumentsSection({ rest }: SectionProps) {
  // "#/documents/5" opens document 5.
  const documentId = Number(rest[0]);
  if (Number.isSafeInteger(documentId) && documentId > 0) return <DocumentPage key={documentId} documentId={documentId} />;
  return (
    <SectionPage title="Documents" intro="Reports, minutes and other papers written in this workspace, newest changes first. Open one to edit it.">
      <DocumentList />
    </SectionPage>
  );
}
