/** Which door the engine is running behind. */
export type Door = 'electron' | 'web' | 'cli';

export type AppInfo = {
  name: string;
  version: string;
  door: Door;
  platform: string;
  nodeVersion: string;
  electronVersion: string | null;
  userDataDir: string;
  logsDir: string;
};

export type WorkspaceStatus =
  | { isOpen: false }
  | {
      isOpen: true;
      path: string;
      fileName: string;
      isDemo: boolean;
      sizeBytes: number;
      schemaVersion: number;
      createdAt: string | null;
      modifiedAt: string;
    };

export type RecentWorkspace = {
  path: string;
  fileName: string;
  lastOpenedAt: string;
  exists: boolean;
};

/** What `workspace/info` reports: enough to tell a workspace is whole and what is in it. */
export type WorkspaceInfo = {
  path: string;
  fileName: string;
  sizeBytes: number;
  schemaVersion: number;
  journalMode: string;
  /** "ok", or the problems SQLite found. */
  integrity: string;
  foreignKeyProblems: number;
  counts: Record<string, number>;
};

export type BackupFile = {
  path: string;
  fileName: string;
  sizeBytes: number;
  createdAt: string;
};

export type BackupList = {
  folder: string;
  backups: BackupFile[];
};

export type SavedCopy = {
  path: string;
  sizeBytes: number;
};

/** A step of a long task, so every door can show progress. */
export type ProgressEvent = {
  type: 'progress';
  taskId: string;
  label: string;
  done: number;
  total: number;
  isFinished: boolean;
};

export type WorkspaceChangedEvent = {
  type: 'workspace/changed';
  status: WorkspaceStatus;
};

/** Everything the engine pushes to a UI without being asked. */
export type AppEvent = ProgressEvent | WorkspaceChangedEvent;
