import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createCoreContext } from '../core/context';
import { messageOf } from '../core/errors';
import { defaultUserDataDir } from '../core/paths';
import { scheduleRollingBackups } from '../core/workspace/backups';
import { openStartupWorkspace } from '../core/workspace/startup';
import { startWebHost, type WebHost } from './server';

const USAGE = `Usage: npm run web -- [--port N] [--workspace FILE] [--today YYYY-MM-DD]

Serves Scrutiny Pack Builder to your browser on 127.0.0.1 only.
  --port N            listen on port N (default: a free port)
  --workspace FILE    open this workspace (default: the demo workspace in your user data folder)
  --today YYYY-MM-DD  run as if today were this day, from 9.00 am, for demonstrations and
                      tests of deadlines (the clock then runs on as usual)
  --help              show this help`;

/** Starts the browser host; `rendererDir` is the built renderer (the entry file knows where it is). */
export async function runWebHost(rendererDir: string): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      today: { type: 'string' },
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

  const now = values.today === undefined ? undefined : clockFrom(values.today);

  let host: WebHost | null = null;
  const ctx = createCoreContext({
    door: 'web',
    userDataDir: defaultUserDataDir(),
    emit: (event) => host?.broadcast(event),
    ...(now ? { now } : {}),
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

/**
 * A clock that starts at 9.00 am (local time) on the given day and runs on in
 * step with the real one, so records written a second apart still sort in order.
 */
function clockFrom(day: string): () => Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const start = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 9) : null;
  if (!match || !start || start.getDate() !== Number(match[3]) || start.getMonth() !== Number(match[2]) - 1) {
    throw new Error(`--today must be a real day written YYYY-MM-DD (for example 2026-11-23), not "${day}"`);
  }
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

/** The one-line failure a person sees when the host cannot start. */
export function reportStartFailure(error: unknown): void {
  console.error(`scrutiny-pack web: ${oneLine(messageOf(error))}`);
  process.exit(1);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
