import { useState } from 'react';
import { SectionPage } from '../components/SectionPage';
import { hashFor, type SectionProps } from '../sections';
import { useFocusReturn } from './plans/FormParts';
import { DocumentList } from './documents/DocumentList';
import { DocumentPage } from './documents/DocumentPage';
import { ImportWordReport } from './documents/ImportWordReport';
import { NewReportForm } from './documents/NewReportForm';

export function DocumentsSection({ rest }: SectionProps) {
  // "#/documents/5" opens document 5.
  const documentId = Number(rest[0]);
  if (Number.isSafeInteger(documentId) && documentId > 0) return <DocumentPage key={documentId} documentId={documentId} />;
  return (
    <SectionPage title="Documents" intro="Reports, minutes and other papers written in this workspace. Search them, narrow them down, and open one to edit it.">
      <DocumentsHome />
    </SectionPage>
  );
}

/** The ways to add a report, then the list. */
function DocumentsHome() {
  const [isWriting, setWriting] = useState(false);
  const [newButton, requestNewButtonFocus] = useFocusReturn<HTMLButtonElement>();
  const open = (id: number) => { window.location.hash = hashFor('documents', id); };
  return (
    <>
      <div className="doc-toolbar">
        {!isWriting && <button ref={newButton} type="button" onClick={() => { setWriting(true); }}>New report</button>}
        <ImportWordReport onImported={open} />
      </div>
      {isWriting && <NewReportForm onCancel={() => { setWriting(false); requestNewButtonFocus(); }} />}
      <DocumentList />
    </>
  );
}
