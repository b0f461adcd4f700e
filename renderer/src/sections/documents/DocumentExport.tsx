import { useId, useState } from 'react';
import { formatFileSize } from '../../../../shared/format/sizes';
import { callOrToast } from '../../stores/call';
import { useDocumentStore } from '../../stores/document-store';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { folderBeside } from '../meetings/pack-words';
import { FileActions } from '../meetings/PackResult';

type Format = 'pdf' | 'docx';
type Written = { path: string; fileName: string; size: number; pageCount: number | null };

const FORMAT_NAMES: Record<Format, string> = { pdf: 'PDF', docx: 'Word' };

/**
 * The document on its own, in house style, as PDF or Word: for the author to
 * check or send round before it goes into a pack. What was typed is saved first.
 */
export function DocumentExport({ documentId }: { documentId: number }) {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const saveNow = useDocumentStore((state) => state.saveNow);
  const [folder, setFolder] = useState<string | null>(null);
  const [busy, setBusy] = useState<Format | null>(null);
  const [written, setWritten] = useState<Written | null>(null);
  const id = useId();
  const outDir = folder ?? folderBeside(workspacePath, 'Document exports');

  const run = async (format: Format) => {
    setBusy(format);
    setWritten(null);
    await saveNow();
    const result = await callOrToast('documents/export', { id: documentId, format, outDir });
    setBusy(null);
    // An export always names the folder, so the file always has a path.
    if (result?.path) setWritten({ path: result.path, fileName: result.fileName, size: result.size, pageCount: result.pageCount });
  };

  return (
    <details className="card doc-cover doc-export">
      <summary><h2>Export this document</h2><span className="doc-cover__summary">On its own, as PDF or Word, in the house style</span></summary>
      <div className="pack-folder">
        <label htmlFor={`${id}-folder`}>Folder</label>
        <input id={`${id}-folder`} type="text" value={outDir} onChange={(event) => { setFolder(event.target.value); }} spellCheck={false} autoComplete="off" />
      </div>
      <div className="doc-export__actions">
        {(['pdf', 'docx'] as const).map((format) => (
          <button key={format} type="button" disabled={busy !== null || outDir.trim() === ''} aria-busy={busy === format} onClick={() => void run(format)}>
            {busy === format ? 'Exporting…' : `Export as ${FORMAT_NAMES[format]}`}
          </button>
        ))}
      </div>
      <p role="status" className="doc-export__note">
        {busy !== null && `Exporting the ${FORMAT_NAMES[busy]} file…`}
        {busy === null && written && (
          <>
            Exported {written.pageCount === null ? '' : `${written.pageCount} ${written.pageCount === 1 ? 'page' : 'pages'}, `}{formatFileSize(written.size)}, to <span className="path">{written.path}</span>.{' '}
            <FileActions path={written.path} fileName={written.fileName} />
          </>
        )}
      </p>
    </details>
  );
}
