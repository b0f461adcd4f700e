import { formatDateTime } from '../../../../shared/format/dates';
import { useWorkspaceStore } from '../../stores/workspace-store';

/** Workspaces opened before, each one button away. */
export function RecentWorkspaces() {
  const recent = useWorkspaceStore((state) => state.recent);
  const status = useWorkspaceStore((state) => state.status);
  const open = useWorkspaceStore((state) => state.open);
  const currentPath = status?.isOpen ? status.path : null;

  if (recent.length === 0) return <p>No workspaces opened yet.</p>;
  return (
    <ul className="recent-list">
      {recent.map((entry) => (
        <li key={entry.path}>
          <div>
            <span className="recent-list__name">{entry.fileName}</span>
            <span className="recent-list__meta">
              {entry.path} · opened {formatDateTime(new Date(entry.lastOpenedAt))}
              {!entry.exists && ' · file missing'}
            </span>
          </div>
          {entry.path === currentPath ? (
            <span className="tag">Open now</span>
          ) : (
            <button type="button" disabled={!entry.exists} onClick={() => void open(entry.path)} aria-label={`Open ${entry.fileName}`}>
              Open
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
