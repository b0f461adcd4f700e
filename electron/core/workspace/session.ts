import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceStatus } from '../../../shared/api/types';
import { openWorkspaceDatabase, type WorkspaceDatabase } from '../db/connection';
import { CoreError } from '../errors';
import type { Logger } from '../logger';
import { demoWorkspacePath } from '../paths';

export type OpenWorkspace = {
  path: string;
  db: WorkspaceDatabase;
};

export type WorkspaceSession = {
  /** The open workspace; throws a `no_workspace` error when none is open. */
  current: () => OpenWorkspace;
  status: () => WorkspaceStatus;
  open: (file: string) => OpenWorkspace;
  create: (file: string) => OpenWorkspace;
  close: () => void;
};

type SessionOptions = {
  userDataDir: string;
  log: Logger;
  now: () => Date;
};

/** Holds the one workspace a window works on; opening another closes the first only once the new one is good. */
export function createWorkspaceSession(options: SessionOptions): WorkspaceSession {
  let active: OpenWorkspace | null = null;

  const replaceWith = (file: string, isNew: boolean): OpenWorkspace => {
    const absolute = path.resolve(file);
    if (active && active.path === absolute && !isNew) return active;
    const db = openWorkspaceDatabase(absolute, { isNew, log: options.log, now: options.now });
    active?.db.close();
    active = { path: absolute, db };
    options.log.info(`${isNew ? 'Created' : 'Opened'} workspace ${absolute}`);
    return active;
  };

  return {
    current: () => {
      if (!active) throw new CoreError('no_workspace', 'No workspace is open. Open or create a workspace first.');
      return active;
    },
    status: () => (active ? describeWorkspace(active, options.userDataDir) : { isOpen: false }),
    open: (file) => replaceWith(file, false),
    create: (file) => replaceWith(file, true),
    close: () => {
      active?.db.close();
      active = null;
    },
  };
}

function describeWorkspace(workspace: OpenWorkspace, userDataDir: string): WorkspaceStatus {
  const { db } = workspace;
  const stat = fs.statSync(workspace.path);
  const walSize = fs.existsSync(`${workspace.path}-wal`) ? fs.statSync(`${workspace.path}-wal`).size : 0;
  const createdAt = db.prepare("SELECT value FROM workspace_meta WHERE key = 'created_at'").pluck().get() as string | undefined;
  return {
    isOpen: true,
    path: workspace.path,
    fileName: path.basename(workspace.path),
    isDemo: workspace.path === demoWorkspacePath(userDataDir),
    sizeBytes: stat.size + walSize,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    createdAt: createdAt ?? null,
    modifiedAt: stat.mtime.toISOString(),
  };
}
