import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';

export type LogLevel = 'info' | 'warn' | 'error';

export type Logger = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string, error?: unknown) => void;
};

/** A logger that appends one line per entry to `<logsDir>/main.log`; it never throws. */
export function createFileLogger(logsDir: string, now: () => Date = () => new Date()): Logger {
  const file = path.join(logsDir, 'main.log');
  let isReady = false;
  const write = (level: LogLevel, message: string) => {
    try {
      if (!isReady) {
        fs.mkdirSync(logsDir, { recursive: true });
        isReady = true;
      }
      fs.appendFileSync(file, `${now().toISOString()} ${level.toUpperCase()} ${message}\n`);
    } catch {
      // Logging must never take the app down (a full disk, a read-only folder).
    }
  };
  return {
    info: (message) => { write('info', message); },
    warn: (message) => { write('warn', message); },
    error: (message, error) => {
      const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : ` ${inspect(error)}`;
      write('error', `${message}${detail}`);
    },
  };
}

/** A logger that keeps nothing, for tests that do not look at logs. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
