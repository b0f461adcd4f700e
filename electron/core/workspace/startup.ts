import fs from 'node:fs';
import type { WorkspaceStatus } from '../../../shared/api/types';
import type { CoreContext } from '../context';
import { createDemoWorkspace } from '../demo';
import { demoWorkspacePath } from '../paths';
import { listRecentWorkspaces, rememberRecentWorkspace } from './recent';

type StartupChoice =
  /** A file the user named (`--workspace`): open it or fail. */
  | { kind: 'file'; path: string }
  /** The demo workspace in the user data folder, created on first use. */
  | { kind: 'demo' }
  /** The most recently opened workspace still on disk, else the demo. */
  | { kind: 'last-used' };

/** Opens the workspace a door starts on and returns its status; on first run that is a new demo workspace. */
export async function openStartupWorkspace(ctx: CoreContext, choice: StartupChoice): Promise<WorkspaceStatus> {
  const file = choose(ctx, choice);
  const isDemo = file === demoWorkspacePath(ctx.userDataDir);
  if (isDemo && !fs.existsSync(file)) {
    fs.mkdirSync(ctx.userDataDir, { recursive: true });
    await createDemoWorkspace(ctx, file);
  } else {
    ctx.workspace.open(file);
  }
  const status = ctx.workspace.status();
  if (status.isOpen) rememberRecentWorkspace(ctx.userDataDir, status.path, ctx.now());
  // A window may already be showing "Loading workspace…" (the desktop app opens it first).
  ctx.emit({ type: 'workspace/changed', status });
  return status;
}

function choose(ctx: CoreContext, choice: StartupChoice): string {
  switch (choice.kind) {
    case 'file':
      return choice.path;
    case 'demo':
      return demoWorkspacePath(ctx.userDataDir);
    case 'last-used':
      return listRecentWorkspaces(ctx.userDataDir).find((entry) => entry.exists)?.path ?? demoWorkspacePath(ctx.userDataDir);
  }
}
