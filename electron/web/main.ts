import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createCoreContext } from '../core/context';
import { messageOf } from '../core/errors';
import { defaultUserDataDir } from '../core/paths';
import { scheduleRollingBackups } from '../core/workspace/backups';
import { openStartupWorkspace } from '../core/workspace/startup';
import { startWebHost, type WebHost } from './server';

const USAGE = `Usage: npm run web -- [--port N] [--workspace FILE]

Serves Scrutiny Pack Builder to your browser on 127.0.0.1 only.
  --port N          listen on port N (default: a free port)
  --workspace FILE  open this workspace (default: the demo workspace in your user data folder)
  --help            show this help`;

/** Starts the browser host; `rendererDir` is the built renderer (the entry file knows where it is). */
export async function runWebHost(rendererDir: string): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port ?? ''}"`);
  }

  let host: WebHost | null = null;
  const ctx = createCoreContext({
    door: 'web',
    userDataDir: defaultUserDataDir(),
    emit: (event) => host?.broadcast(event),
  });
  const status = await openStartupWorkspace(ctx, values.workspace ? { kind: 'file', path: values.workspace } : { kind: 'demo' });
  const running = await startWebHost({
    ctx,
    rendererDir,
    token: randomBytes(24).toString('base64url'),
    port,
  });
  host = running;

  console.log('Scrutiny Pack Builder is running. Open this address in your browser:');
  console.log(`  ${running.url}`);
  if (status.isOpen) console.log(`Workspace: ${status.path}`);
  console.log('Press Ctrl+C to stop.');
  scheduleRollingBackups(ctx);

  const stop = () => {
    void running.close().finally(() => {
      ctx.workspace.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** The one-line failure a person sees when the host cannot start. */
export function reportStartFailure(error: unknown): void {
  console.error(`scrutiny-pack web: ${oneLine(messageOf(error))}`);
  process.exit(1);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
