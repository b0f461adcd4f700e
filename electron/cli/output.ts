import type { RecentWorkspace, WorkspaceStatus } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/dates';
import { formatFileSize } from '../../shared/format/sizes';

/** Aligned "Label: value" lines for people reading a terminal. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)} ${value}`).join('\n');
}

export function describeStatus(status: WorkspaceStatus): string {
  if (!status.isOpen) return 'No workspace is open.';
  return table([
    ['Workspace', `${status.fileName}${status.isDemo ? ' (demo)' : ''}`],
    ['Path', status.path],
    ['Size', formatFileSize(status.sizeBytes)],
    ['Format', `workspace schema ${status.schemaVersion}`],
    ['Created', status.createdAt ? formatDateTime(new Date(status.createdAt)) : 'not recorded'],
    ['Modified', formatDateTime(new Date(status.modifiedAt))],
  ]);
}

export function describeRecent(entries: readonly RecentWorkspace[]): string {
  if (entries.length === 0) return 'No workspaces opened yet.';
  return entries
    .map((entry) => `${formatDateTime(new Date(entry.lastOpenedAt))}  ${entry.path}${entry.exists ? '' : '  (missing)'}`)
    .join('\n');
}
