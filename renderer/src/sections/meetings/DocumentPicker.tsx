import { useEffect, useId, useRef, useState } from 'react';
import type { AgendaItemWithPapers } from '../../../../shared/api/methods/meetings';
import { api } from '../../api/client';
import { KIND_NAMES as DOCUMENT_KIND_NAMES, STATUS_NAMES, changedWords } from '../documents/document-words';
import { useKeptRead } from '../plans/use-kept-read';
import { useAgenda } from './use-agenda-actions';

type Props = { item: AgendaItemWithPapers; onClose: () => void };

/** The documents list to pick a paper from, searched as you type; the item's own papers are left out. */
export function DocumentPicker({ item, onClose }: Props) {
  const agenda = useAgenda();
  const { meeting } = agenda;
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const id = useId();
  const [query, setQuery] = useState('');
  const [isCommitteeOnly, setCommitteeOnly] = useState(true);
  const documents = useKeptRead('documents/list', {
    ...(query.trim() === '' ? {} : { query: query.trim() }),
    ...(isCommitteeOnly ? { committeeId: meeting.committeeId } : {}),
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    search.current?.focus();
    return () => { element.close(); };
  }, []);

  const onItem = new Set(item.papers.map((paper) => paper.documentId));
  const choices = (documents.value ?? []).filter((document) => !onItem.has(document.id) && document.status !== 'withdrawn' && document.kind !== 'agenda');

  const add = async (documentId: number, title: string) => {
    const added = await agenda.change(item.id, () => api.call('papers/add', { agendaItemId: item.id, documentId }), () => `Added “${title}” to “${item.title}”.`, { itemId: item.id, control: 'add-document' });
    if (added) onClose();
  };

  return (
    <dialog ref={dialog} className="pack-dialog agenda-picker" aria-labelledby={`${id}-heading`} onCancel={onClose}>
      <h2 id={`${id}-heading`}>Add a document to “{item.title}”</h2>
      <div className="agenda-picker__search">
        <div className="plan-field">
          <label htmlFor={`${id}-search`}>Search documents</label>
          <input ref={search} id={`${id}-search`} type="search" value={query} autoComplete="off" onChange={(event) => { setQuery(event.target.value); }} />
        </div>
        <div className="agenda-check">
          <input id={`${id}-committee`} type="checkbox" checked={isCommitteeOnly} onChange={(event) => { setCommitteeOnly(event.target.checked); }} />
          <label htmlFor={`${id}-committee`}>Only the {meeting.committeeName}’s documents</label>
        </div>
      </div>
      <p className="hint" role="status">
        {documents.error ?? (documents.isLoading && documents.value === null ? 'Looking…' : `${choices.length} ${choices.length === 1 ? 'document' : 'documents'}${query.trim() === '' ? '' : ` matching “${query.trim()}”`}.`)}
      </p>
      {choices.length > 0 && (
        <div className="agenda-picker__results">
          <table className="pack-table">
            <caption className="visually-hidden">Documents to add</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col"><span className="visually-hidden">Add</span></th>
              </tr>
            </thead>
            <tbody>
              {choices.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    <span className="pack-table__name">{document.title}</span>
                    <span className="agenda-picker__meta">{document.committeeName ?? 'No committee'} · {changedWords(document.updatedAt)}</span>
                  </th>
                  <td>{DOCUMENT_KIND_NAMES[document.kind]}</td>
                  <td>{STATUS_NAMES[document.status]}</td>
                  <td>
                    <button type="button" className="button-secondary button-secondary--small" disabled={agenda.busy !== null} onClick={() => void add(document.id, document.title)}>
                      Add<span className="visually-hidden"> “{document.title}”</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pack-actions">
        <button type="button" className="button-secondary" onClick={onClose}>Close</button>
      </div>
    </dialog>
  );
}
