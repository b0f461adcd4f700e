import type { CoreContext } from '../context';
import { backupNow, listBackups } from '../workspace/backups';
import { describeWorkspaceContents } from '../workspace/info';
import { listRecentWorkspaces, rememberRecentWorkspace } from '../workspace/recent';
import { saveWorkspaceCopy } from '../workspace/save-copy';
import type { DomainHandlers } from './handler';

function announceOpened(ctx: CoreContext) {
  const status = ctx.workspace.status();
  if (status.isOpen) rememberRecentWorkspace(ctx.userDataDir, status.path, ctx.now());
  ctx.emit({ type: 'workspace/changed', status });
  return status;
}

export const workspaceHandlers: DomainHandlers<'workspace'> = {
  'workspace/status': (ctx) => ctx.workspace.status(),
  'workspace/open': (ctx, { path }) => {
    ctx.workspace.open(path);
    return announceOpened(ctx);
  },
  'workspace/create': (ctx, { path }) => {
    ctx.workspace.create(path);
    return announceOpened(ctx);
  },
  'workspace/saveCopy': (ctx, { path, overwrite }) => saveWorkspaceCopy(ctx, path, { overwrite }),
  'workspace/recent': (ctx) => listRecentWorkspaces(ctx.userDataDir),
  'workspace/info': (ctx, { isFullCheck }) => describeWorkspaceContents(ctx, isFullCheck ?? true),
  'workspace/backups': (ctx) => listBackups(ctx),
  'workspace/backupNow': (ctx) => backupNow(ctx),
};
