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
