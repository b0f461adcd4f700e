import fs from 'node:fs';
import path from 'node:path';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { buildPackService, exportIssuedPack, issuePackService } from '../services/packs';
import { listPacksService } from '../services/records';
import { asTask, remember, services, type DomainHandlers } from './handler';

async function openWrittenFile(ctx: CoreContext, file: string, action: 'open' | 'showInFolder'): Promise<{ path: string }> {
  const target = path.resolve(file);
  if (!ctx.writtenFiles.has(target)) {
    throw new CoreError('conflict', 'Only packs and exports written in this session can be opened from here. Open other files from your file manager.');
  }
  if (!fs.existsSync(target)) throw new CoreError('not_found', `${target} is no longer there: it was moved or deleted. Build or export it again.`);
  if (ctx.openFile === null) {
    throw new CoreError('conflict', `Opening files needs the desktop app. Open ${target} from your file manager.`);
  }
  await ctx.openFile(target, action);
  return { path: target };
}

export const packHandlers: DomainHandlers<'packs' | 'tasks' | 'files'> = {
  'packs/list': (ctx, input) => listPacksService(services(ctx), input),
  'packs/build': async (ctx, input) => remember(ctx, await asTask(ctx, 'Building the pack', (progress) => buildPackService(services(ctx), input, progress))),
  'packs/issue': async (ctx, input) => remember(ctx, await asTask(ctx, 'Issuing the pack', (progress) => issuePackService(services(ctx), input, progress))),
  'packs/export': (ctx, input) => remember(ctx, exportIssuedPack(services(ctx), input)),
  'files/open': (ctx, input) => openWrittenFile(ctx, input.path, input.action),
  'tasks/cancel': (ctx, { taskId }) => ({ isCancelled: ctx.cancelTask(taskId) }),
};
