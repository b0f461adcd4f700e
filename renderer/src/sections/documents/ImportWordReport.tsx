import { useEffect, useId, useRef, useState, type DragEvent, type SyntheticEvent } from 'react';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/api/methods/attachments';
import type { DocxImportCounts, DocxPreview } from '../../../../shared/api/methods/document-import';
import type { RichTextNode } from '../../../../shared/api/schema';
import { formatFileSize } from '../../../../shared/format/sizes';
import { api } from '../../api/client';
import { useToastStore } from '../../stores/toast-store';
import './import-word-report.css';

type Props = {
  onImported: (documentId: number) => void;
  agendaItemId?: number;
  committeeId?: number;
  /** The opening button's classes, to match the buttons beside it (an agenda item's are small). */
  className?: string;
  /** Told to screen readers after the button's words, where several items each have the button ("for “Budget monitoring”"). */
  hiddenSuffix?: string;
  isDisabled?: boolean;
};

/** "Import a Word report…": a dialog that reads a .docx, shows what it holds, and saves it as a draft report. */
export function ImportWordReport({ onImported, agendaItemId, committeeId, className = 'button-secondary', hiddenSuffix, isDisabled = false }: Props) {
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog is gone on the next frame; focus goes back to where the officer was.
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <>
      <button ref={opener} type="button" className={className} disabled={isDisabled} onClick={() => { setOpen(true); }}>
        Import a Word report…{hiddenSuffix && <span className="visually-hidden"> {hiddenSuffix}</span>}
      </button>
      {isOpen && (
        <ImportDialog
          onClose={close}
          onImported={(documentId) => { setOpen(false); onImported(documentId); }}
          {...(agendaItemId === undefined ? {} : { agendaItemId })}
          {...(committeeId === undefined ? {} : { committeeId })}
        />
      )}
    </>
  );
}

type Chosen = { fileName: string; size: number };
type Phase =
  | { step: 'choose'; problem: (Chosen & { message: string }) | null }
  | { step: 'reading'; file: Chosen }
  | { step: 'preview'; file: Chosen; dataBase64: string; preview: DocxPreview };

const ACCEPTED = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function ImportDialog({ onClose, onImported, agendaItemId, committeeId }: Omit<Props, 'onImported' | 'className'> & { onClose: () => void; onImported: (documentId: number) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [phase, setPhase] = useState<Phase>({ step: 'choose', problem: null });
  const [isDragging, setDragging] = useState(false);
  const reads = useRef(0);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => { element?.close(); };
  }, []);

  const read = async (file: File) => {
    const chosen = { fileName: file.name, size: file.size };
    const refusal = fileProblem(file);
    if (refusal !== null) {
      setPhase({ step: 'choose', problem: { ...chosen, message: refusal } });
      return;
    }
    reads.current += 1;
    const thisRead = reads.current;
    setPhase({ step: 'reading', file: chosen });
    const dataBase64 = await readAsBase64(file);
    const result = dataBase64 === null ? null : await api.call('documents/previewDocx', { fileName: file.name, dataBase64 });
    // Cancelled, or another file chosen meanwhile: this answer is no longer wanted.
    if (thisRead !== reads.current) return;
    if (dataBase64 === null || result === null) {
      setPhase({ step: 'choose', problem: { ...chosen, message: `Could not read “${file.name}” from this computer. Check that it opens, then choose it again.` } });
    } else if (!result.ok) {
      setPhase({ step: 'choose', problem: { ...chosen, message: result.error.message } });
    } else {
      setPhase({ step: 'preview', file: chosen, dataBase64, preview: result.value });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && phase.step !== 'reading') void read(file);
  };

  return (
    <dialog
      ref={dialog}
      className={`pack-dialog word-import${isDragging ? ' word-import--dragging' : ''}`}
      aria-labelledby={headingId}
      onCancel={onClose}
      onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
      onDragLeave={(event) => { if (event.currentTarget === event.target) setDragging(false); }}
      onDrop={onDrop}
    >
      <h2 id={headingId}>Import a Word report</h2>
      {phase.step === 'preview' ? (
        <PreviewForm
          phase={phase}
          target={{ ...(agendaItemId === undefined ? {} : { agendaItemId }), ...(committeeId === undefined ? {} : { committeeId }) }}
          onAgain={() => { setPhase({ step: 'choose', problem: null }); }}
          onCancel={onClose}
          onImported={onImported}
        />
      ) : (
        <ChooseFile
          phase={phase}
          onFile={(file) => void read(file)}
          onCancel={() => {
            reads.current += 1;
            onClose();
          }}
        />
      )}
    </dialog>
  );
}

function ChooseFile({ phase, onFile, onCancel }: { phase: Extract<Phase, { step: 'choose' | 'reading' }>; onFile: (file: File) => void; onCancel: () => void }) {
  const inputId = useId();
  const isReading = phase.step === 'reading';
  return (
    <>
      <p>
        The report is restyled in house style: its headings, numbered paragraphs, lists, tables and pictures come across, and the pack numbers its sections and paragraphs again.
        Nothing is saved until you choose <strong>Import</strong>.
      </p>
      <div className={isReading ? 'import-drop import-drop--busy' : 'import-drop'}>
        <input
          id={inputId}
          className="import-drop__input"
          type="file"
          accept={ACCEPTED}
          disabled={isReading}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared, so choosing the same file again after a failure reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <label htmlFor={inputId} className="import-drop__label">
          <span className="import-drop__icon" aria-hidden="true">⤓</span>
          <span className="import-drop__title">Choose a Word file</span>
          <span className="import-drop__or">or drop it on this window</span>
        </label>
        <p id={`${inputId}-hint`} className="import-drop__hint">A Word document (.docx). An older .doc file must be saved as .docx in Word first.</p>
      </div>
      {phase.step === 'reading' && (
        <div className="import-reading">
          <p className="import-reading__file">
            <strong>{phase.file.fileName}</strong> <span className="import-reading__size">{formatFileSize(phase.file.size)}</span>
          </p>
          <div className="pack-progress">
            <progress aria-label={`Reading ${phase.file.fileName}`} />
          </div>
          <p className="hint" role="status">Reading the report: its headings, numbering, lists, tables and pictures…</p>
        </div>
      )}
      {phase.step === 'choose' && phase.problem !== null && (
        <div className="import-problem" role="alert">
          <p className="import-problem__title">{phase.problem.fileName} could not be imported</p>
          <p>{phase.problem.message}</p>
        </div>
      )}
      <div className="pack-actions word-import__actions">
        <button type="button" className="button-secondary" onClick={onCancel}>{isReading ? 'Stop and close' : 'Cancel'}</button>
      </div>
    </>
  );
}

type Target = { agendaItemId?: number; committeeId?: number };

function PreviewForm({ phase, target, onAgain, onCancel, onImported }: { phase: Extract<Phase, { step: 'preview' }>; target: Target; onAgain: () => void; onCancel: () => void; onImported: (documentId: number) => void }) {
  const { file, preview } = phase;
  const [title, setTitle] = useState(preview.title);
  const [problem, setProblem] = useState<string | null>(null);
  const [isImporting, setImporting] = useState(false);
  const titleId = useId();
  const titleField = useRef<HTMLInputElement>(null);
  useEffect(() => { titleField.current?.focus(); }, []);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Give the report a title.');
      titleField.current?.focus();
      return;
    }
    setImporting(true);
    setProblem(null);
    const result = await api.call('documents/importDocx', { fileName: file.fileName, dataBase64: phase.dataBase64, title: title.trim(), kind: 'report', ...target });
    setImporting(false);
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    useToastStore.getState().show('success', `Imported “${result.value.document.title}” as a draft report${target.agendaItemId === undefined ? '' : ' and added it to the agenda item'}.`);
    onImported(result.value.document.id);
  };

  const outline = outlineOf(preview.body.content);
  return (
    <form className="word-import__preview" noValidate onSubmit={(event) => void submit(event)}>
      <p className="import-reading__file">
        <strong>{file.fileName}</strong> <span className="import-reading__size">{formatFileSize(file.size)}</span>
      </p>
      <p role="status" className="word-import__found">{foundWords(preview.counts)}</p>
      <div className="word-import__field">
        <label htmlFor={titleId}>Title</label>
        <p id={`${titleId}-hint`} className="hint">Taken from the report; change it if it should read differently in the pack.</p>
        <input
          ref={titleField}
          id={titleId}
          type="text"
          value={title}
          maxLength={300}
          aria-describedby={`${titleId}-hint`}
          aria-invalid={problem === 'Give the report a title.' ? true : undefined}
          onChange={(event) => { setTitle(event.target.value); }}
        />
      </div>
      {outline.length > 0 && (
        <div className="word-import__outline">
          <h3>Sections, as the pack will number them</h3>
          <ol>
            {outline.slice(0, OUTLINE_SHOWN).map((line, index) => (
              <li key={index} className={line.level === 2 ? 'word-import__sub' : undefined}>
                <span className="word-import__number">{line.number}</span> {line.text}
              </li>
            ))}
          </ol>
          {outline.length > OUTLINE_SHOWN && <p className="hint">and {outline.length - OUTLINE_SHOWN} more.</p>}
        </div>
      )}
      {preview.warnings.length > 0 && (
        <div className="import-warnings word-import__warnings">
          <h3>Worth checking before you import</h3>
          <ul>{preview.warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
        </div>
      )}
      {problem !== null && (
        <div className="import-problem" role="alert">
          <p className="import-problem__title">The report was not imported</p>
          <p>{problem}</p>
        </div>
      )}
      <div className="pack-actions word-import__actions">
        <button type="submit" disabled={isImporting} aria-busy={isImporting}>{isImporting ? 'Importing…' : 'Import'}</button>
        <button type="button" className="button-secondary" disabled={isImporting} onClick={onAgain}>Choose another file</button>
        <button type="button" className="button-secondary" disabled={isImporting} onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

const OUTLINE_SHOWN = 12;

/** The report's headings numbered as the pack numbers them: "1.0", "2.0", "2.1". */
function outlineOf(nodes: readonly RichTextNode[]): { number: string; text: string; level: 1 | 2 }[] {
  const lines: { number: string; text: string; level: 1 | 2 }[] = [];
  let section = 0;
  let sub = 0;
  for (const node of nodes) {
    const level = Number(node.attrs?.['level']);
    if (node.type !== 'heading' || (level !== 1 && level !== 2)) continue;
    if (level === 1) {
      section += 1;
      sub = 0;
    } else sub += 1;
    const text = (node.content ?? []).map((child) => child.text ?? ' ').join('').trim();
    lines.push({ number: level === 1 ? `${section}.0` : `${section}.${sub}`, text, level });
  }
  return lines;
}

/** "Found 6 headings, 23 numbered paragraphs, 2 tables and 1 picture." */
function foundWords(counts: DocxImportCounts): string {
  const parts = [
    count(counts.headings, 'heading'),
    count(counts.numberedParagraphs, 'numbered paragraph'),
    count(counts.lists, 'list'),
    count(counts.tables, 'table'),
    count(counts.images, 'picture'),
  ].filter((part) => part !== null);
  if (parts.length === 0) return 'Found text only: no headings, numbered paragraphs, lists, tables or pictures.';
  return `Found ${parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`}.`;
}

function count(amount: number, singular: string): string | null {
  return amount === 0 ? null : `${amount.toLocaleString('en-GB')} ${amount === 1 ? singular : `${singular}s`}`;
}

function fileProblem(file: File): string | null {
  if (file.size === 0) return `“${file.name}” is empty (0 bytes). Choose the report itself; it may not have finished downloading.`;
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return `“${file.name}” is ${formatFileSize(file.size)}, and files over ${formatFileSize(ATTACHMENT_MAX_BYTES)} cannot be imported. Compress its pictures in Word first, or split it into parts.`;
  }
  return null;
}

function readAsBase64(file: File): Promise<string | null> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.startsWith('data:') ? url.slice(url.indexOf(',') + 1) : null);
    };
    reader.onerror = () => { resolve(null); };
    reader.readAsDataURL(file);
  });
}
