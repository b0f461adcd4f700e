import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Scrutiny Pack Builder';
export const WORKSPACE_EXTENSION = '.scrutiny';
export const DEMO_WORKSPACE_NAME = `Demo workspace${WORKSPACE_EXTENSION}`;

/**
 * The per-user folder Electron would use (`app.getPath('userData')`), worked
 * out without Electron so the web host and CLI share it.
 * `SCRUTINY_USER_DATA` overrides it (tests give each run its own folder).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const override = env.SCRUTINY_USER_DATA;
  if (override) return path.resolve(override);
  const home = os.homedir();
  switch (platform) {
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
  }
}

/** Where logs go when the host does not say (Electron passes `app.getPath('logs')`). */
export function defaultLogsDir(userDataDir: string): string {
  return path.join(userDataDir, 'logs');
}

/** The demo workspace lives beside the user's settings, created on first use. */
export function demoWorkspacePath(userDataDir: string): string {
  return path.join(userDataDir, DEMO_WORKSPACE_NAME);
}
