import path from 'node:path';
import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import type { ServiceContext, TaskProgress } from '../services/unit-of-work';

/** One API method's implementation: input already validated against its schema. */
export type Handler<M extends ApiMethod> = (
  ctx: CoreContext,
  input: ApiParsedInput<M>,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** The handlers of one domain: every method whose name starts with `domain/`. */
export type DomainHandlers<Domain extends string> = {
  [M in Extract<ApiMethod, `${Domain}/${string}`>]: Handler<M>;
};

/** The open workspace and clock for a service call; fails with no_workspace when none is open. */
export function services(ctx: CoreContext): ServiceContext {
  return { db: ctx.workspace.current().db, now: ctx.now };
}

/** Runs a long job as a task every door can follow and cancel. */
export async function asTask<T>(ctx: CoreContext, label: string, work: (progress: TaskProgress) => Promise<T>): Promise<T> {
  const task = ctx.startTask(label, 1);
  try {
    return await work({ signal: task.signal, step: (done, total) => { task.step(done, total); } });
  } finally {
    task.finish();
  }
}

/** Notes the files a call wrote, so the UI may later ask to open them (files/open). */
export function remember<T extends { files?: readonly { path: string | null }[]; path?: string | null }>(ctx: CoreContext, result: T): T {
  for (const file of result.files ?? []) if (file.path !== null) ctx.writtenFiles.add(path.resolve(file.path));
  if (typeof result.path === 'string') ctx.writtenFiles.add(path.resolve(result.path));
  return result;
}
