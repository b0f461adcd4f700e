import { useEffect, useRef } from 'react';
import type { DocumentKind, DocumentStatus } from '../../../../shared/api/methods/documents';
import { LazyRichTextEditor as RichTextEditor } from '../../components/editor/LazyRichTextEditor';
import { hashFor } from '../../sections';
import { useDocumentStore } from '../../stores/document-store';
import { CoverSheetForm } from './CoverSheetForm';
import { DocumentDetails } from './DocumentDetails';
import { DocumentExport } from './DocumentExport';
import { KIND_NAMES } from './document-words';
import { FinalBanner } from './FinalBanner';
import { LazyReadOnlyText } from './LazyReadOnlyText';
import { PlanSectionsPanel } from './PlanSectionsPanel';
import { SaveStatus } from './SaveStatus';
import { useLeaveGuard } from './use-leave-guard';
import { useStatusChange } from './use-status-change';
import './documents.css';

const GENERATED_FROM: Partial<Record<DocumentKind, string>> = {
  minutes: 'The pack makes these minutes from the meeting’s minute entries each time it is built, so they have no text to edit here. Edit the minutes on the meeting.',
  action_plan: 'The pack makes this paper from the action plan as it stands each time it is built, so it has no text to edit here. Edit the plan itself.',
  terms_of_reference: 'The pack makes this paper from the committee’s terms of reference each time it is built, so it has no text to edit here.',
  work_programme: 'The pack makes this paper from the committee’s work programme each time it is built, so it has no text to edit here.',
  recommendations_monitor: 'The pack makes this paper from the committee’s recommendations and actions tracker each time it is built, so it has no text to edit here.',
  agenda: 'A pack makes its agenda from the meeting itself, so this stored agenda is not used in packs.',
};

/** One document: its title and status, a report's cover sheet and plan sections, and its text, saved as the author types. */
export function DocumentPage({ documentId }: { documentId: number }) {
  const isCurrent = useDocumentStore((state) => state.documentId === documentId);
  const stored = useDocumentStore((state) => (isCurrent ? state.stored : null));
  const draft = useDocumentStore((state) => (isCurrent ? state.draft : null));
  const loadError = useDocumentStore((state) => (isCurrent ? state.loadError : null));
  const bodyRevision = useDocumentStore((state) => state.bodyRevision);
  const edit = useDocumentStore((state) => state.edit);
  const saveNow = useDocumentStore((state) => state.saveNow);
  const heading = useRef<HTMLHeadingElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const statusActions = useRef<HTMLDivElement>(null);
  const statusChange = useStatusChange();
  useLeaveGuard(documentId);

  useEffect(() => { void useDocumentStore.getState().open(documentId); }, [documentId]);
  const hasOpened = stored !== null;
  // The heading takes focus on arrival and again once the document is open, so screen readers announce it.
  useEffect(() => { heading.current?.focus(); }, [isCurrent, hasOpened]);
  const title = draft?.title.trim() ? draft.title : 'Untitled document';
  useEffect(() => { document.title = `${title} – Scrutiny Pack Builder`; }, [title]);

  const back = <p className="pack-back"><a href={hashFor('documents')}>All documents</a></p>;
  if (!stored || !draft) {
    return (
      <>
        {back}
        <h1 ref={heading} tabIndex={-1} className="page-title">Document</h1>
        <p role={loadError ? 'alert' : undefined}>{loadError ? `This document could not be opened: ${loadError}` : 'Opening the document…'}</p>
      </>
    );
  }
  const isReport = stored.kind === 'report';
  // Only reports and other papers carry written text; the rest are made from the data at every build.
  const isWritten = isReport || stored.kind === 'other';
  // The lock follows the stored status, not the one being sent: nothing is read-only until the engine agrees.
  const isLocked = stored.status === 'final';
  const setStatus = async (status: DocumentStatus) => {
    if (!(await statusChange.change(status))) return;
    // The button pressed has gone: focus moves to what now says how the document stands.
    requestAnimationFrame(() => { (status === 'final' ? banner.current : statusActions.current?.querySelector('button'))?.focus(); });
  };
  return (
    <div className="doc-page">
      {back}
      <h1 ref={heading} tabIndex={-1} className="page-title">{title}</h1>
      <div className="doc-bar">
        <span className="doc-bar__kind">{KIND_NAMES[stored.kind]}</span>
        <SaveStatus />
      </div>
      {isLocked && <FinalBanner ref={banner} document={stored} isBusy={statusChange.isBusy} onReopen={() => void setStatus('draft')} />}
      <DocumentDetails document={stored} draft={draft} onEdit={edit} statusChange={statusChange} onStatus={(status) => void setStatus(status)} actionsRef={statusActions} />
      {isReport && (
        <details className="card doc-cover">
          <summary><h2>Cover sheet</h2><span className="doc-cover__summary">{draft.coverSheet.subject?.trim() ? draft.coverSheet.subject : 'Report to, subject, summary, recommendations, contact officers…'}</span></summary>
          <CoverSheetForm sheet={draft.coverSheet} isReadOnly={isLocked} onChange={(coverSheet) => { edit({ coverSheet }); }} />
        </details>
      )}
      {isReport && stored.actionPlanId !== null && <PlanSectionsPanel documentId={documentId} planId={stored.actionPlanId} isLocked={isLocked} />}
      {isWritten ? (
        <section className="doc-body" aria-labelledby="doc-body-heading">
          <h2 id="doc-body-heading">{isReport ? 'Report text' : 'Text'}</h2>
          {isLocked ? (
            <>
              <p id="doc-body-hint" className="hint">Final, so the text cannot be changed. Reopen the document as a draft to edit it.</p>
              <LazyReadOnlyText key={bodyRevision} value={draft.body} label={isReport ? 'Report text' : 'Document text'} describedBy="doc-body-hint" />
            </>
          ) : (
            <>
              <p id="doc-body-hint" className="hint">
                Level 1 and 2 headings number themselves (1.0, 4.1) as in the pack; mark a paragraph as numbered to give it the next number (4.1.1). Changes are saved as you type.
              </p>
              {/* Saving when focus leaves the text, as well as when typing stops. */}
              <div onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget)) void saveNow(); }}>
                <RichTextEditor key={bodyRevision} value={draft.body} onChange={(body) => { edit({ body }); }} label={isReport ? 'Report text' : 'Document text'} describedBy="doc-body-hint" />
              </div>
            </>
          )}
        </section>
      ) : (
        <p className="doc-generated">{GENERATED_FROM[stored.kind] ?? 'The pack makes this paper from the workspace’s own records each time it is built, so it has no text to edit here.'}</p>
      )}
      {stored.kind !== 'agenda' && <DocumentExport documentId={documentId} />}
    </div>
  );
}
