import { useId, useState, type Ref } from 'react';
import { DOCUMENT_TITLE_MAX, type Document, type DocumentStatus } from '../../../../shared/api/methods/documents';
import { hashFor } from '../../sections';
import type { DocumentDraft } from '../../stores/document-store';
import { changedWords, meetingWords, STATUS_NAMES, usedWords } from './document-words';
import { MarkFinalConfirm } from './MarkFinalConfirm';
import type { StatusChange } from './use-status-change';

type Props = {
  document: Document;
  draft: DocumentDraft;
  onEdit: (fields: Partial<DocumentDraft>) => void;
  statusChange: StatusChange;
  onStatus: (status: DocumentStatus) => void;
  /** The status buttons, for focus to land on after the status changes. */
  actionsRef: Ref<HTMLDivElement>;
};

/** Title and status, the ways to change the status, and where the document belongs and is used. */
export function DocumentDetails({ document, draft, onEdit, statusChange, onStatus, actionsRef }: Props) {
  const id = useId();
  const [isConfirming, setConfirming] = useState(false);
  const isLocked = document.status === 'final';
  const isTitleBlank = draft.title.trim() === '';
  const { isBusy, message } = statusChange;
  return (
    <section className="card doc-details" aria-label="Title and status">
      <div className="doc-details__fields">
        <div className={isTitleBlank ? 'settings-field doc-field doc-field--title settings-field--error' : 'settings-field doc-field doc-field--title'}>
          <label htmlFor={`${id}-title`}>Title</label>
          {isTitleBlank && <p id={`${id}-title-error`} className="settings-field__error">Give the document a title. Your other changes are still saved.</p>}
          <input
            id={`${id}-title`}
            type="text"
            value={draft.title}
            maxLength={DOCUMENT_TITLE_MAX}
            readOnly={isLocked}
            aria-invalid={isTitleBlank ? true : undefined}
            aria-describedby={isTitleBlank ? `${id}-title-error` : undefined}
            onChange={(event) => { onEdit({ title: event.target.value }); }}
          />
        </div>
        <div className="doc-field doc-status-field" role="group" aria-labelledby={`${id}-status`}>
          <span id={`${id}-status`} className="doc-status-field__label">Status</span>
          <span className={`doc-status doc-status--${document.status}`}>{STATUS_NAMES[document.status]}</span>
          <div ref={actionsRef} className="doc-status-actions">
            {document.status === 'draft' && (
              <>
                <button type="button" className="button-secondary button-secondary--small" disabled={isBusy} onClick={() => { setConfirming(true); }}>Mark as final</button>
                <button type="button" className="button-secondary button-secondary--small" disabled={isBusy} onClick={() => { onStatus('withdrawn'); }}>Withdraw</button>
              </>
            )}
            {document.status === 'withdrawn' && (
              <button type="button" className="button-secondary button-secondary--small" disabled={isBusy} onClick={() => { onStatus('draft'); }}>Restore as a draft</button>
            )}
          </div>
        </div>
      </div>
      <p className={message?.tone === 'error' ? 'doc-status-message doc-status-message--error' : 'doc-status-message'} role="status" aria-live="polite">{message?.text ?? ''}</p>
      <ul className="doc-details__facts">
        {document.author && <li>Written by {document.author}</li>}
        <li>{changedWords(document.updatedAt)}</li>
        <li>{document.meetings.length > 0 ? `On the agenda of ${document.meetings.map(meetingWords).join('; ')}` : usedWords(document.usedByPaperCount)}</li>
        {document.actionPlanId !== null && <li><a href={hashFor('inspections', 'plans', document.actionPlanId)}>Open the action plan</a></li>}
      </ul>
      {isConfirming && (
        <MarkFinalConfirm
          title={draft.title.trim() || document.title}
          onCancel={() => { setConfirming(false); }}
          onConfirm={() => { setConfirming(false); onStatus('final'); }}
        />
      )}
    </section>
  );
}
