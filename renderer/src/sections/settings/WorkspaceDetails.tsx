import { formatDateTime } from '../../../../shared/format/dates';
import { formatFileSize } from '../../../../shared/format/sizes';
import { useWorkspaceStore } from '../../stores/workspace-store';

/** The open workspace file: where it is, how big, which format. */
export function WorkspaceDetails() {
  const status = useWorkspaceStore((state) => state.status);
  if (status === null) return <p>Loading…</p>;
  if (!status.isOpen) return <p>No workspace is open. Open or create one below.</p>;
  return (
    <dl className="details">
      <dt>File</dt>
      <dd>{status.fileName}{status.isDemo && <span className="tag">Demo</span>}</dd>
      <dt>Location</dt>
      <dd className="path">{status.path}</dd>
      <dt>Size</dt>
      <dd>{formatFileSize(status.sizeBytes)}</dd>
      <dt>Format</dt>
      <dd>Workspace schema {status.schemaVersion}</dd>
      <dt>Created</dt>
      <dd>{status.createdAt ? formatDateTime(new Date(status.createdAt)) : 'Not recorded'}</dd>
      <dt>Last changed</dt>
      <dd>{formatDateTime(new Date(status.modifiedAt))}</dd>
    </dl>
  );
}
