import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  createSecureWindow, guardSession, guardWebContents, isAppUrl, isSafeExternalUrl,
  type GuardedContents, type GuardedSession,
} from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/content-security-policy';

// A listener as registered (its own parameter types) and as fired here (whatever the event carries).
type Listener = (...args: never[]) => void;
type FiredListener = (...args: unknown[]) => void;

/** Stands in for Electron's WebContents: records what the guards register so a test can fire events at them. */
function recordingContents() {
  const listeners = new Map<string, Listener>();
  const registered: { openHandler?: (details: { url: string }) => { action: string } } = {};
  const contents: GuardedContents = {
    on: (event: string, listener: Listener) => { listeners.set(event, listener); },
    setWindowOpenHandler: (handler) => { registered.openHandler = handler; },
  };
  const fire = (event: string, ...args: unknown[]) => {
    const listener = listeners.get(event);
    if (!listener) throw new Error(`No ${event} listener was registered`);
    (listener as FiredListener)(...args);
  };
  const navigate = (event: string, url: string) => {
    const outcome = { isPrevented: false };
    fire(event, { url, preventDefault: () => { outcome.isPrevented = true; } });
    return outcome.isPrevented ? 'blocked' : 'allowed';
  };
  const openWindow = (url: string) => {
    if (!registered.openHandler) throw new Error('No window open handler was registered');
    return registered.openHandler({ url }).action;
  };
  return { contents, fire, navigate, openWindow };
}

const FOREIGN_URLS = ['https://example.org/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://elsewhere/index.html', 'javascript:alert(1)', 'data:text/html,<script>alert(1)</script>'];
const UNSAFE_LINKS = ['http://example.org', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'app://renderer/index.html', ''];

describe('Electron window security', () => {
  it('creates the window with the renderer isolated from Node and Electron', () => {
    class RecordingWindow {
      constructor(readonly options: BrowserWindowConstructorOptions) {}
    }
    const { options } = createSecureWindow(RecordingWindow, '/app/out/preload/index.js');
    expect(options.webPreferences).toEqual({
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
      preload: '/app/out/preload/index.js',
    });
  });

  it('has a CSP with no eval, no inline script and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('only keeps the app’s own pages in a window', () => {
    expect(isAppUrl('app://renderer/index.html#/meetings')).toBe(true);
    for (const url of [...FOREIGN_URLS, 'not a url']) expect(isAppUrl(url), url).toBe(false);
  });

  it('stops navigation and redirects away from the app, in the window and in any frame', () => {
    const { navigate } = recordingContents();
    const guarded = recordingContents();
    guardWebContents(guarded.contents, () => undefined);
    expect(() => navigate('will-navigate', 'https://example.org/')).toThrow(/No will-navigate listener/);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(guarded.navigate(event, 'app://renderer/index.html#/meetings/2'), event).toBe('allowed');
      for (const url of FOREIGN_URLS) expect(guarded.navigate(event, url), `${event} ${url}`).toBe('blocked');
    }
  });

  it('refuses webviews and never picks a Bluetooth device', () => {
    const guarded = recordingContents();
    guardWebContents(guarded.contents, () => undefined);
    let isWebviewPrevented = false;
    guarded.fire('will-attach-webview', { preventDefault: () => { isWebviewPrevented = true; } }, {}, { src: 'https://example.org/' });
    expect(isWebviewPrevented).toBe(true);
    let isPickerPrevented = false;
    const chosen: string[] = [];
    guarded.fire('select-bluetooth-device', { preventDefault: () => { isPickerPrevented = true; } }, [{ deviceId: 'AA:BB' }], (id: string) => { chosen.push(id); });
    expect(isPickerPrevented).toBe(true);
    expect(chosen).toEqual(['']);
  });

  it('opens no new window, and offers only https and mailto links to the system', () => {
    const offered: string[] = [];
    const guarded = recordingContents();
    guardWebContents(guarded.contents, (url) => { offered.push(url); });
    const safe = ['https://www.gov.uk/', 'mailto:democratic.services@example.gov.uk'];
    for (const url of [...safe, ...UNSAFE_LINKS]) expect(guarded.openWindow(url), url).toBe('deny');
    expect(offered).toEqual(safe);
    for (const url of safe) expect(isSafeExternalUrl(url)).toBe(true);
    for (const url of UNSAFE_LINKS) expect(isSafeExternalUrl(url), url).toBe(false);
  });

  it('refuses every permission request, permission check and device', () => {
    let requestHandler: ((contents: unknown, permission: string, callback: (isGranted: boolean) => void) => void) | undefined;
    let checkHandler: ((contents: unknown, permission: string) => boolean) | undefined;
    let deviceHandler: ((details: unknown) => boolean) | undefined;
    const session: GuardedSession = {
      setPermissionRequestHandler: (handler) => { requestHandler = handler; },
      setPermissionCheckHandler: (handler) => { checkHandler = handler; },
      setDevicePermissionHandler: (handler) => { deviceHandler = handler; },
    };
    guardSession(session);
    if (!requestHandler || !checkHandler || !deviceHandler) throw new Error('A session handler was not registered');
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'unknown']) {
      const answers: boolean[] = [];
      requestHandler({}, permission, (isGranted) => { answers.push(isGranted); });
      expect(answers, permission).toEqual([false]);
      expect(checkHandler(null, permission), permission).toBe(false);
    }
    expect(deviceHandler({ deviceType: 'usb', origin: 'app://renderer' })).toBe(false);
  });
});

describe('the native menu', () => {
  const noop = () => undefined;
  const actions: MenuActions = { newWorkspace: noop, openWorkspace: noop, openRecent: noop, saveCopy: noop, showAbout: noop, openLogsFolder: noop };
  const labels = (items: unknown) => (items as { label?: string; role?: string }[]).map((item) => item.label ?? item.role ?? '');

  it('offers File, Edit, View and Help with the workspace commands', () => {
    const menu = buildMenuTemplate({ isMac: false, isPackaged: true, recent: [], actions });
    expect(labels(menu)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(labels(menu[0]?.submenu)).toEqual(['&New workspace…', '&Open workspace…', 'Open &recent', '', '&Save a copy…', '', '&Quit']);
    expect(labels(menu[3]?.submenu)).toEqual(['About Scrutiny Pack Builder', 'Open logs folder']);
    expect(JSON.stringify(menu)).not.toContain('toggleDevTools');
  });

  it('lists recent workspaces and disables missing ones', () => {
    const menu = buildMenuTemplate({
      isMac: true,
      isPackaged: false,
      recent: [
        { path: '/a/Ofsted subgroup.scrutiny', fileName: 'Ofsted subgroup.scrutiny', lastOpenedAt: '2026-11-01T10:00:00Z', exists: true },
        { path: '/b/Old.scrutiny', fileName: 'Old.scrutiny', lastOpenedAt: '2026-10-01T10:00:00Z', exists: false },
      ],
      actions,
    });
    expect(menu[0]).toMatchObject({ role: 'appMenu' });
    const file = menu[1]?.submenu as { label?: string; submenu?: { label: string; enabled: boolean }[] }[];
    const recent = file.find((item) => item.label === 'Open &recent')?.submenu;
    expect(recent?.map((item) => [item.label, item.enabled])).toEqual([['Ofsted subgroup.scrutiny', true], ['Old.scrutiny', false]]);
  });
});
