import fs from 'node:fs';
import path from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { invoke } from '../api';
import { createCoreContext, type CoreContext } from '../context';
import { CoreError, messageOf } from '../errors';
import { buildAuthority } from './steps/authority';
import { buildMeetings } from './steps/meetings';
import { buildPlan } from './steps/plan';

/** Calls the engine as any door does: same validation, same services. */
export type DemoCall = <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiOutput<M>>;

/** The demo's clock: each step says when, in the story, it happens, so audit times and progress history read true. */
export type DemoClock = { set: (isoMoment: string) => void };

export type DemoBuilder = { call: DemoCall; clock: DemoClock; step: () => void };

/** Steps the progress bar counts (one per call group); an estimate is enough. */
const STEPS = 60;

/**
 * Writes the demo workspace (Castlemere City Council, invented) to `file`
 * through the API, then opens it in `ctx`. It is built in a temporary file
 * beside the target and renamed into place only when complete, so an
 * interrupted build never leaves a half-made workspace under the real name.
 */
export async function createDemoWorkspace(ctx: CoreContext, file: string, options: { overwrite?: boolean } = {}): Promise<void> {
  const target = path.resolve(file);
  if (fs.existsSync(target) && !options.overwrite) {
    throw new CoreError('conflict', `There is already a file at ${target}. Choose another name, or pass --overwrite to replace it with a new demo workspace.`);
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw new CoreError('not_found', `The folder ${path.dirname(target)} does not exist. Choose a folder that does.`);
  }
  const partial = `${target}.partial-${process.pid}`;
  removeWorkspaceFiles(partial);

  let moment = new Date('2025-08-04T09:00:00Z');
  const builderCtx = createCoreContext({ door: ctx.door, userDataDir: ctx.userDataDir, logsDir: ctx.logsDir, log: ctx.log, now: () => moment });
  const task = ctx.startTask('Creating the demo workspace', STEPS);
  let done = 0;
  const builder: DemoBuilder = {
    call: async (method, input) => {
      const result = await invoke(builderCtx, method, input);
      if (!result.ok) throw new CoreError('internal', `The demo workspace could not be built (${method}: ${result.error.message}).`);
      return result.value as never;
    },
    clock: { set: (isoMoment) => { moment = new Date(isoMoment); } },
    step: () => { task.step(Math.min(++done, STEPS - 1)); },
  };

  try {
    builderCtx.workspace.create(partial);
    const { db } = builderCtx.workspace.current();
    // The file is not the user's until it is renamed into place, so a crash
    // here loses nothing: skip the per-commit flush while building.
    db.pragma('synchronous = OFF');
    const people = await buildAuthority(builder);
    const plan = await buildPlan(builder);
    await buildMeetings(builder, people, plan);
    db.pragma('synchronous = FULL');
    db.pragma('wal_checkpoint(TRUNCATE)');
    builderCtx.workspace.close();
    if (options.overwrite) ctx.workspace.close();
    removeWorkspaceFiles(target);
    fs.renameSync(partial, target);
  } catch (error) {
    builderCtx.workspace.close();
    removeWorkspaceFiles(partial);
    throw error instanceof CoreError ? error : new CoreError('io_error', `The demo workspace could not be written to ${target}: ${messageOf(error)}`);
  } finally {
    task.finish();
  }
  ctx.workspace.open(target);
}

function removeWorkspaceFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
