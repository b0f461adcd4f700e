import type { CoreContext } from '../context';
import { buildPackService, exportIssuedPack, issuePackService } from '../services/packs';
import { listPacksService } from '../services/records';
import type { BuildProgress } from '../services/pack-build';
import { services, type DomainHandlers } from './handler';

/** Runs a long job as a task every door can follow and cancel. */
export async function asTask<T>(ctx: CoreContext, label: string, work: (progress: BuildProgress) => Promise<T>): Promise<T> {
  const task = ctx.startTask(label, 1);
  try {
    return await work({ signal: task.signal, step: (done, total) => { task.step(done, total); } });
  } finally {
    task.finish();
  }
}

export const packHandlers: DomainHandlers<'packs' | 'tasks'> = {
  'packs/list': (ctx, input) => listPacksService(services(ctx), input),
  'packs/build': (ctx, input) => asTask(ctx, 'Building the pack', (progress) => buildPackService(services(ctx), input, progress)),
  'packs/issue': (ctx, input) => asTask(ctx, 'Issuing the pack', (progress) => issuePackService(services(ctx), input, progress)),
  'packs/export': (ctx, input) => exportIssuedPack(services(ctx), input),
  'tasks/cancel': (ctx, { taskId }) => ({ isCancelled: ctx.cancelTask(taskId) }),
};
