import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export type HostProcess = {
  url: string;
  origin: string;
  token: string;
  /** Sends a signal at once (SIGKILL for crash tests). */
  kill: (signal: NodeJS.Signals) => void;
  stop: () => Promise<void>;
};

/** Starts the built browser host (`out/main/web.js`) as users do, and waits for the URL it prints. */
export function startHostProcess(options: { userDataDir: string; args?: string[] }): Promise<HostProcess> {
  const child = spawn(process.execPath, [path.join(root, 'out/main/web.js'), ...(options.args ?? [])], {
    env: { ...process.env, SCRUTINY_USER_DATA: options.userDataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The web host printed no URL within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)/.exec(output);
      if (!match?.[1] || !match[2]) return;
      clearTimeout(timer);
      resolve({ url: match[0], origin: match[1], token: match[2], kill: (signal) => child.kill(signal), stop: () => stop(child) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (${String(code)}) before printing its URL:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  // A process killed by a signal has no exit code, only a signal code.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => { resolve(); });
    child.kill('SIGTERM');
  });
}
