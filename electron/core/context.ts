import { randomUUID } from 'node:crypto';
import type { AppEvent, Door } from '../../shared/api/types';
import { APP_VERSION } from '../../shared/version';
import { createFileLogger, type Logger } from './logger';
import { defaultLogsDir } from './paths';
import { createWorkspaceSession, type WorkspaceSession } from './workspace/session';

/** A long task's progress, reported to whichever door started it. */
export type ProgressTask = {
  step: (done: number, total?: number) => void;
  finish: () => void;
};

/** Everything a handler may use from its host: passed in, never imported. */
export type CoreContext = {
  door: Door;
  version: string;
  userDataDir: string;
  logsDir: string;
  log: Logger;
  now: () => Date;
  workspace: WorkspaceSession;
  emit: (event: AppEvent) => void;
  startTask: (label: string, total: number) => ProgressTask;
};

type ContextOptions = {
  door: Door;
  userDataDir: string;
  logsDir?: string;
  log?: Logger;
  now?: () => Date;
  emit?: (event: AppEvent) => void;
};

/** Builds the engine's context for one door; each door owns exactly one. */
export function createCoreContext(options: ContextOptions): CoreContext {
  const logsDir = options.logsDir ?? defaultLogsDir(options.userDataDir);
  const log = options.log ?? createFileLogger(logsDir);
  const now = options.now ?? (() => new Date());
  const emit = options.emit ?? (() => undefined);
  return {
    door: options.door,
    version: APP_VERSION,
    userDataDir: options.userDataDir,
    logsDir,
    log,
    now,
    emit,
    workspace: createWorkspaceSession({ userDataDir: options.userDataDir, log, now }),
    startTask: (label, total) => startProgressTask(emit, label, total),
  };
}

function startProgressTask(emit: (event: AppEvent) => void, label: string, initialTotal: number): ProgressTask {
  const taskId = randomUUID();
  let total = initialTotal;
  let lastDone = -1;
  emit({ type: 'progress', taskId, label, done: 0, total, isFinished: false });
  return {
    step: (done, newTotal) => {
      if (newTotal !== undefined) total = newTotal;
      if (done === lastDone) return;
      lastDone = done;
      emit({ type: 'progress', taskId, label, done, total, isFinished: false });
    },
    finish: () => { emit({ type: 'progress', taskId, label, done: total, total, isFinished: true }); },
  };
}
