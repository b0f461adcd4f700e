import { useProgressStore } from '../stores/progress-store';
import { useWorkspaceStore } from '../stores/workspace-store';

/** The bottom line: which workspace is open, and any long task under way. */
export function StatusBar() {
  const status = useWorkspaceStore((state) => state.status);
  const door = useWorkspaceStore((state) => state.info?.door);
  const tasks = useProgressStore((state) => state.tasks);

  return (
    <footer className="status-bar">
      <span className="status-bar__workspace" title={status?.isOpen ? status.path : undefined}>
        {status === null ? 'Loading workspace…' : status.isOpen ? `Workspace: ${status.fileName}${status.isDemo ? ' (demo)' : ''}` : 'No workspace open'}
      </span>
      {tasks.map((task) => (
        <span key={task.taskId} className="status-bar__task">
          <label htmlFor={`progress-${task.taskId}`}>{task.label}</label>
          <progress id={`progress-${task.taskId}`} max={Math.max(task.total, 1)} value={task.done} />
        </span>
      ))}
      {door === 'web' && <span className="status-bar__door">Browser host</span>}
    </footer>
  );
}
