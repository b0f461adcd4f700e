// The window's security set-up, written against the few Electron members it
// uses (types only) so tests can run it without the Electron binary.
import type { BrowserWindowConstructorOptions } from 'electron';

/** The renderer's own origin: the built renderer served by the app:// protocol. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

type Preventable = { preventDefault: () => void };
type NavigationDetails = Preventable & { url: string };

/** The members of Electron's WebContents the guards use. */
export type GuardedContents = {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (details: NavigationDetails) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  on(event: 'select-bluetooth-device', listener: (event: Preventable, devices: unknown[], callback: (deviceId: string) => void) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
};

/** The members of Electron's Session the guards use. */
export type GuardedSession = {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (isGranted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
};

/**
 * Creates the main window: the renderer gets no Node and no Electron, only the
 * preload bridge. The window class is passed in so a test can see the exact
 * options; the literal object here is also what electronegativity reads.
 */
export function createSecureWindow<W>(BrowserWindow: new (options: BrowserWindowConstructorOptions) => W, preloadPath: string): W {
  return new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Scrutiny Pack Builder',
    backgroundColor: '#ffffff',
    webPreferences: {
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
      preload: preloadPath,
    },
  });
}

/**
 * Keeps every web contents on the app's own pages: navigation and redirects
 * elsewhere are stopped, webviews and Bluetooth pickers refused, and new
 * windows never open — a safe link (https, mailto) goes to `openLink` instead,
 * which asks the user before handing it to the system.
 */
export function guardWebContents(contents: GuardedContents, openLink: (url: string) => void): void {
  const stayInApp = (details: NavigationDetails) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  // Also fires for iframes, which will-navigate does not cover.
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => { event.preventDefault(); });
  // Without this, Electron picks the first Bluetooth device on its own.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openLink(url);
    return { action: 'deny' };
  });
}

/** Session-wide refusals: every permission request and check, and every device, is denied. */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => { callback(false); });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

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
