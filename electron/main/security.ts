import type { WebPreferences } from 'electron';

/** The renderer's own origin: the built renderer served by the app:// protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Every window is created with these; the renderer gets no Node and no Electron. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} as const satisfies WebPreferences;

/** True for a page of our own renderer; anything else is never loaded in a window. */
export function isAppUrl(url: string): boolean {
  try {
    // Node's URL gives non-web schemes an origin of "null", so compare the parts.
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links that may be handed to the system (after the user confirms): web pages over https and email. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** Permission requests (camera, notifications, geolocation…) are all refused: the app needs none. */
export function denyPermission(): false {
  return false;
}
