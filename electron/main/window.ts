import fs from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog, protocol, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/content-security-policy';
import { resolveStaticFile } from '../core/static-files';
import { APP_ORIGIN, APP_SCHEME, createSecureWindow, guardWebContents, isAppUrl, isSafeExternalUrl } from './security';
import { addTextMenu, askBeforeLosingChanges, setBritishSpelling } from './text-editing';

/** Must run before the app is ready: app:// behaves like a secure web origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://renderer/ with the CSP on every response. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const found = isAppUrl(request.url) ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!found) return new Response('Not found', { status: 404 });
    return new Response(await fs.readFile(found.file), {
      headers: { 'Content-Type': found.mediaType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}

/** Applies to every web contents the app ever creates, windows and anything inside them. */
export function hardenWebContents(contents: WebContents): void {
  guardWebContents(contents, (url) => void confirmOpenExternal(url));
}

async function confirmOpenExternal(url: string) {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    type: 'question' as const,
    buttons: ['Open link', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open link',
    message: 'Open this link outside Scrutiny Pack Builder?',
    detail: url,
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  // Checked again right before the hand-over, so no caller can skip it.
  if (response === 0 && isSafeExternalUrl(url)) await shell.openExternal(url);
}

/** The main window: secure preferences, the preload bridge, the renderer over app://. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = createSecureWindow(BrowserWindow, path.resolve(preloadPath));
  window.once('ready-to-show', () => { window.show(); });
  // Spell-checking itself is on in createSecureWindow (spellcheck: true).
  setBritishSpelling(window.webContents.session);
  addTextMenu(window.webContents);
  askBeforeLosingChanges(window.webContents);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
