import { randomUUID } from 'node:crypto';
import type { AppEvent, Door } from '../../shared/api/types';
import { APP_VERSION } from '../../shared/version';
import { CoreError } from './errors';
import { createFileLogger, type Logger } from './logger';
import { defaultLogsDir } from './paths';
import { createWorkspaceSession, type WorkspaceSession } from './workspace/session';

/** A long task's progress, reported to whichever door started it. */
export type ProgressTask = {
  taskId: string;
  /** Aborted when someone asks to cancel the task (tasks/cancel). */
  signal: AbortSignal;
  step: (done: number, total?: number) => void;
  /** Ends the task (done, failed or cancelled); it can no longer be cancelled. */
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
  /** Asks a running task to stop; false when no such task is running. */
  cancelTask: (taskId: string) => boolean;
  /** Files the engine wrote in this session (packs, exports): the only ones a UI may ask to open. */
  writtenFiles: Set<string>;
  /** Opens a file, or shows it in its folder, with the desktop's own programs; null when the door cannot (browser host, CLI). */
  openFile: FileOpener | null;
};

export type FileOpener = (file: string, action: 'open' | 'showInFolder') => Promise<void>;

type ContextOptions = {
  door: Door;
  userDataDir: string;
  logsDir?: string;
  log?: Logger;
  now?: () => Date;
  emit?: (event: AppEvent) => void;
  openFile?: FileOpener;
};

/** Builds the engine's context for one door; each door owns exactly one. */
export function createCoreContext(options: ContextOptions): CoreContext {
  const logsDir = options.logsDir ?? defaultLogsDir(options.userDataDir);
  const log = options.log ?? createFileLogger(logsDir);
  const now = options.now ?? (() => new Date());
  const emit = options.emit ?? (() => undefined);
  const running = new Map<string, AbortController>();
  return {
    door: options.door,
    version: APP_VERSION,
    userDataDir: options.userDataDir,
    logsDir,
    log,
    now,
    emit,
    workspace: createWorkspaceSession({ userDataDir: options.userDataDir, log, now }),
    startTask: (label, total) => startProgressTask(emit, running, label, total),
    writtenFiles: new Set(),
    openFile: options.openFile ?? null,
    cancelTask: (taskId) => {
      const controller = running.get(taskId);
      if (controller === undefined) return false;
      controller.abort(new CoreError('cancelled', 'Cancelled: nothing was written.'));
      return true;
    },
  };
}

function startProgressTask(emit: (event: AppEvent) => void, running: Map<string, AbortController>, label: string, initialTotal: number): ProgressTask {
  const taskId = randomUUID();
  const controller = new AbortController();
  running.set(taskId, controller);
  let total = initialTotal;
  let lastDone = -1;
  emit({ type: 'progress', taskId, label, done: 0, total, isFinished: false });
  return {
    taskId,
    signal: controller.signal,
    step: (done, newTotal) => {
      if (newTotal !== undefined) total = newTotal;
      if (done === lastDone) return;
      lastDone = done;
      emit({ type: 'progress', taskId, label, done, total, isFinished: false });
    },
    finish: () => {
      running.delete(taskId);
      emit({ type: 'progress', taskId, label, done: total, total, isFinished: true });
    },
  };
}
