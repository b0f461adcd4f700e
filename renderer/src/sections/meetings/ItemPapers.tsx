import { useId, useRef, useState } from 'react';
import type { AgendaItemWithPapers, Paper } from '../../../../shared/api/methods/meetings';
import { formatFileSize } from '../../../../shared/format/sizes';
import { api } from '../../api/client';
import { hashFor } from '../../sections';
import { ImportWordReport } from '../documents/ImportWordReport';
import { KIND_NAMES as DOCUMENT_KIND_NAMES, STATUS_NAMES } from '../documents/document-words';
import { reportTemplateBody } from '../documents/report-template';
import { DocumentPicker } from './DocumentPicker';
import { ACCEPTED_FILES, type Upload } from './use-file-papers';
import { useAgenda } from './use-agenda-actions';

type Props = { item: AgendaItemWithPapers; upload: Upload | null; onFiles: (files: File[]) => Promise<void> };

const FILE_KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word file',
  'image/png': 'PNG picture',
  'image/jpeg': 'JPEG picture',
};

/** "Report, draft" or "PDF, 120 KB": what a paper is, in words. */
function paperFacts(paper: Paper): string {
  if (paper.kind === 'document') return `${DOCUMENT_KIND_NAMES[paper.document.kind]}, ${STATUS_NAMES[paper.document.status].toLowerCase()}`;
  return `${FILE_KINDS[paper.attachment.mediaType] ?? 'File'}, ${formatFileSize(paper.attachment.size)}`;
}

/** An item's papers, and the ways to add more: files, a document from the workspace, a new report or a Word report. */
export function ItemPapers({ item, upload, onFiles }: Props) {
  const agenda = useAgenda();
  const { meeting } = agenda;
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const [isPicking, setPicking] = useState(false);
  const [created, setCreated] = useState<{ id: number; title: string } | null>(null);
  const isDisabled = !agenda.isOpen || agenda.busy !== null || upload !== null;
  // The standing items' papers are generated from the data; only reports and other business are written.
  const isWritten = item.kind === 'report' || item.kind === 'other';

  const takeOff = (paper: Paper) => {
    const name = paper.kind === 'document' ? paper.document.title : paper.attachment.fileName;
    void agenda.change(item.id, () => api.call('papers/remove', { id: paper.id }), () => `Took “${name}” off “${item.title}”. It stays in the workspace.`, { itemId: item.id, control: 'add-document' });
  };

  const newReport = async () => {
    const coverSheet = { reportTo: meeting.committeeName, meetingDate: meeting.meetingDate, subject: item.title, ...(item.reportOf === '' ? {} : { reportOf: item.reportOf }) };
    const report = await agenda.change(item.id, async () => {
      const made = await api.call('documents/create', { kind: 'report', title: item.title, committeeId: meeting.committeeId, coverSheet, body: reportTemplateBody() });
      if (!made.ok) return made;
      const paper = await api.call('papers/add', { agendaItemId: item.id, documentId: made.value.id });
      return paper.ok ? made : { ok: false as const, error: { ...paper.error, message: `The report “${made.value.title}” was written, but could not be added to “${item.title}”: ${paper.error.message}` } };
    }, (document) => `Wrote a new draft report, “${document.title}”, for “${item.title}”. Open it to write it.`, { itemId: item.id, control: 'new-report' });
    if (report) setCreated({ id: report.id, title: report.title });
  };

  return (
    <div className="agenda-papers">
      <h4 className="agenda-papers__heading">Papers</h4>
      {item.papers.length === 0 ? (
        <p className="agenda-papers__none">None yet.</p>
      ) : (
        <ul className="agenda-papers__list">
          {item.papers.map((paper) => (
            <li key={paper.id}>
              {paper.kind === 'document' ? (
                <a href={hashFor('documents', paper.documentId)} className="agenda-papers__name">{paper.label || paper.document.title}</a>
              ) : (
                <span className="agenda-papers__name">{paper.label || paper.attachment.fileName}</span>
              )}
              <span className="agenda-papers__facts">{paperFacts(paper)}</span>
              {agenda.isOpen && (
                <button type="button" className="button-secondary button-secondary--small" disabled={isDisabled} onClick={() => { takeOff(paper); }}>
                  Take off<span className="visually-hidden"> “{paper.kind === 'document' ? paper.document.title : paper.attachment.fileName}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {upload && (
        <div className="agenda-upload" role="status">
          <label htmlFor={`${fileId}-progress`}>
            Adding “{upload.fileName}” ({formatFileSize(upload.size)}): {upload.percent === null ? 'saving it in the workspace…' : `reading, ${upload.percent}%`}
          </label>
          <progress id={`${fileId}-progress`} max={100} {...(upload.percent === null ? {} : { value: upload.percent })} />
        </div>
      )}
      {created && (
        <p className="meeting-note agenda-created" role="status">
          Wrote “{created.title}” from the report template, with its cover sheet filled in. <a href={hashFor('documents', created.id)}>Open “{created.title}”</a> to write it.
        </p>
      )}
      {agenda.isOpen && (
        <div className="agenda-papers__tools">
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            multiple
            accept={ACCEPTED_FILES}
            className="visually-hidden"
            tabIndex={-1}
            aria-label={`Files to add to “${item.title}”`}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) void onFiles(files);
            }}
          />
          <button type="button" data-focus="add-files" className="button-secondary button-secondary--small" disabled={isDisabled} onClick={() => fileInput.current?.click()}>
            Add files…<span className="visually-hidden"> to “{item.title}”</span>
          </button>
          <button type="button" data-focus="add-document" className="button-secondary button-secondary--small" disabled={isDisabled} onClick={() => { setPicking(true); }}>
            Add a document…<span className="visually-hidden"> to “{item.title}”</span>
          </button>
          {isWritten && (
            <>
              <button type="button" data-focus="new-report" className="button-secondary button-secondary--small" disabled={isDisabled} onClick={() => void newReport()}>
                New report for this item<span className="visually-hidden">: “{item.title}”</span>
              </button>
              <ImportWordReport className="button-secondary button-secondary--small" hiddenSuffix={`for “${item.title}”`} isDisabled={isDisabled} agendaItemId={item.id} committeeId={meeting.committeeId} onImported={() => void agenda.change(item.id, () => Promise.resolve({ ok: true as const, value: null }), () => `Imported a Word report for “${item.title}”.`)} />
            </>
          )}
        </div>
      )}
      {isPicking && <DocumentPicker item={item} onClose={() => { setPicking(false); }} />}
    </div>
  );
}
