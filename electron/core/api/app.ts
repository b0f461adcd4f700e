import { PRODUCT_NAME } from '../paths';

/** Set only inside Electron; Node's own typings claim it always is. */
const versions: Partial<Record<string, string>> = process.versions;
import type { DomainHandlers } from './handler';

export const appHandlers: DomainHandlers<'app'> = {
  'app/info': (ctx) => ({
    name: PRODUCT_NAME,
    version: ctx.version,
    door: ctx.door,
    platform: process.platform,
    nodeVersion: process.versions.node,
    electronVersion: versions.electron ?? null,
    userDataDir: ctx.userDataDir,
    logsDir: ctx.logsDir,
  }),
};
