import { useWorkspaceStore } from '../../stores/workspace-store';

const DOOR_NAMES = { electron: 'Desktop app', web: 'Browser host (127.0.0.1)', cli: 'Command line' } as const;

/** Version and folders, for support calls. */
export function AboutApp() {
  const info = useWorkspaceStore((state) => state.info);
  if (!info) return <p>Loading…</p>;
  return (
    <dl className="details">
      <dt>Version</dt>
      <dd>{info.name} {info.version}</dd>
      <dt>Running as</dt>
      <dd>{DOOR_NAMES[info.door]}</dd>
      <dt>User data folder</dt>
      <dd className="path">{info.userDataDir}</dd>
      <dt>Logs folder</dt>
      <dd className="path">{info.logsDir}</dd>
    </dl>
  );
}
