import type { BuiltPackFile } from '../../../../shared/api/methods/packs';
import { formatFileSize } from '../../../../shared/format/sizes';
import { usePackStore } from '../../stores/pack-store';
import { callOrToast } from '../../stores/call';
import { showError, useToastStore } from '../../stores/toast-store';
import { useWorkspaceStore } from '../../stores/workspace-store';
import { PathText } from './PathText';
import { EDITION_NAMES, FORMAT_NAMES, KIND_NAMES } from './pack-words';

/** The files the last build or issue made, and what the officer should check before sending them. */
export function PackResult({ meetingId }: { meetingId: number }) {
  const run = usePackStore((state) => state.run);
  if (run.phase !== 'done' || run.meetingId !== meetingId) return null;
  const { files, warnings, log } = run.result;
  const kind = KIND_NAMES[files[0]?.kind ?? 'main'].toLowerCase();
  const heading = run.action === 'build' ? `Preview of the ${kind}` : `Issued ${kind}`;

  return (
    <section className="pack-result" aria-labelledby="pack-result-heading">
      <h3 id="pack-result-heading">{heading}</h3>
      <table className="pack-table">
        <caption className="visually-hidden">Files {run.action === 'build' ? 'built' : 'issued'}</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Edition</th>
            <th scope="col">Format</th>
            <th scope="col" className="pack-number">Pages</th>
            <th scope="col" className="pack-number">Size</th>
            <th scope="col"><span className="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => <FileRow key={file.fileName} file={file} />)}
        </tbody>
      </table>
      {warnings.length > 0 && (
        <div className="pack-notice pack-notice--warning" role="group" aria-labelledby="pack-warnings-heading">
          <h4 id="pack-warnings-heading"><span aria-hidden="true">⚠ </span>Check before you send it</h4>
          <ul>{warnings.map((warning) => <li key={warning}>{warning}</li>)}</ul>
        </div>
      )}
      {log.length > 0 && (
        <div className="pack-notice" role="group" aria-labelledby="pack-log-heading">
          <h4 id="pack-log-heading">How the pack was made</h4>
          <ul>{log.map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      )}
    </section>
  );
}

function FileRow({ file }: { file: BuiltPackFile }) {
  return (
    <tr>
      <th scope="row" className="pack-table__file">
        <span className="pack-table__name">{file.fileName}</span>
        {file.path === null ? <span className="path">Stored in the workspace only</span> : <PathText path={file.path} />}
      </th>
      <td>{EDITION_NAMES[file.edition]}</td>
      <td>{FORMAT_NAMES[file.format]}</td>
      <td className="pack-number">{file.pageCount ?? 'set by Word'}</td>
      <td className="pack-number">{formatFileSize(file.size)}</td>
      <td>
        {file.path !== null && <div className="pack-table__actions"><FileActions path={file.path} fileName={file.fileName} /></div>}
      </td>
    </tr>
  );
}

/** Open and Show in folder in the desktop app; the browser host cannot reach the desktop, so it offers the path to copy. */
export function FileActions({ path, fileName }: { path: string; fileName: string }) {
  const isDesktop = useWorkspaceStore((state) => state.info?.door === 'electron');
  if (!isDesktop) {
    return (
      <button type="button" className="button-secondary button-secondary--small" onClick={() => void copyPath(path)} aria-label={`Copy path of ${fileName}`}>
        Copy path
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button-secondary button-secondary--small" onClick={() => void callOrToast('files/open', { path, action: 'open' })} aria-label={`Open ${fileName}`}>
        Open
      </button>
      <button type="button" className="button-secondary button-secondary--small" onClick={() => void callOrToast('files/open', { path, action: 'showInFolder' })} aria-label={`Show ${fileName} in its folder`}>
        Show in folder
      </button>
    </>
  );
}

async function copyPath(path: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(path);
    useToastStore.getState().show('success', `Copied the path: ${path}`);
  } catch {
    showError('The path could not be copied. Select it in the table and copy it by hand.');
  }
}
