import { useId } from 'react';
import { formatFileSize } from '../../../../shared/format/sizes';
import { useImportStore, type ImportRead } from '../../stores/import-store';

const ACCEPTED = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown';

/**
 * Step 1: the drop zone is the file input's label, so clicking it, pressing
 * Enter or Space on it, or dropping a file on it all choose the report.
 */
export function ImportChoose() {
  const read = useImportStore((state) => state.read);
  const readFile = useImportStore((state) => state.readFile);
  const cancelRead = useImportStore((state) => state.cancelRead);
  const inputId = useId();
  const isReading = read.phase === 'reading';

  return (
    <div className="import-choose">
      <p className="hint">
        The published report as a PDF, a Word document (.docx), or text copied from it (.txt, .md). Nothing is saved until you have checked what was found and chosen “Create inspection”.
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
            if (file) void readFile(file);
          }}
        />
        <label htmlFor={inputId} className="import-drop__label">
          <span className="import-drop__icon" aria-hidden="true">⤓</span>
          <span className="import-drop__title">Choose a report file</span>
          <span className="import-drop__or">or drop it anywhere on this page</span>
        </label>
        <p id={`${inputId}-hint`} className="import-drop__hint">PDF, Word (.docx), text or Markdown, up to 100 MB.</p>
      </div>
      <ReadStatus read={read} onCancel={() => void cancelRead()} />
    </div>
  );
}

function ReadStatus({ read, onCancel }: { read: ImportRead; onCancel: () => void }) {
  switch (read.phase) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="import-reading">
          <p className="import-reading__file">
            <strong>{read.fileName}</strong> <span className="import-reading__size">{formatFileSize(read.size)}</span>
          </p>
          <div className="pack-progress">
            <progress aria-label={`Reading ${read.fileName}`} max={read.total > 1 ? read.total : undefined} value={read.total > 1 ? read.done : undefined} />
            <button type="button" className="button-secondary" disabled={read.isCancelling} onClick={onCancel}>
              {read.isCancelling ? 'Stopping…' : 'Stop reading'}
            </button>
          </div>
          <p className="hint" role="status">Reading the report and looking for its judgements and recommendations…</p>
        </div>
      );
    case 'cancelled':
      return <p className="import-note" role="status">Stopped reading {read.fileName}. Nothing was saved. Choose a report to start again.</p>;
    case 'failed':
      return (
        <div className="import-problem" role="alert">
          <p className="import-problem__title">{read.fileName} could not be read</p>
          <p>{read.message}</p>
        </div>
      );
  }
}
