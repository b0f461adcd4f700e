import { useId } from 'react';
import { DOCUMENT_STATUSES, DOCUMENT_TITLE_MAX, type Document, type DocumentStatus } from '../../../../shared/api/methods/documents';
import { hashFor } from '../../sections';
import type { DocumentDraft } from '../../stores/document-store';
import { changedWords, STATUS_NAMES, usedWords } from './document-words';

type Props = { document: Document; draft: DocumentDraft; onEdit: (fields: Partial<DocumentDraft>) => void };

/** Title, status and where the document belongs and is used. */
export function DocumentDetails({ document, draft, onEdit }: Props) {
  const id = useId();
  const isTitleBlank = draft.title.trim() === '';
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
            aria-invalid={isTitleBlank ? true : undefined}
            aria-describedby={isTitleBlank ? `${id}-title-error` : undefined}
            onChange={(event) => { onEdit({ title: event.target.value }); }}
          />
        </div>
        <div className="settings-field doc-field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={draft.status} onChange={(event) => { onEdit({ status: event.target.value as DocumentStatus }); }}>
            {DOCUMENT_STATUSES.map((status) => <option key={status} value={status}>{STATUS_NAMES[status]}</option>)}
          </select>
        </div>
      </div>
      <ul className="doc-details__facts">
        {document.author && <li>Written by {document.author}</li>}
        <li>{changedWords(document.updatedAt)}</li>
        <li>{usedWords(document.usedByPaperCount)}</li>
        {document.actionPlanId !== null && <li><a href={hashFor('inspections', 'plans', document.actionPlanId)}>Open the action plan</a></li>}
      </ul>
    </section>
  );
}
