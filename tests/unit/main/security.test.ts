import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../electron/main/menu';
import { SECURE_WEB_PREFERENCES, denyPermission, isAppUrl, isSafeExternalUrl } from '../../../electron/main/security';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/content-security-policy';

describe('Electron window security', () => {
  it('isolates the renderer from Node and Electron', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('has a CSP with no eval, no inline script and no remote origins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('only keeps the app’s own pages in a window', () => {
    expect(isAppUrl('app://renderer/index.html#/meetings')).toBe(true);
    expect(isAppUrl('https://example.org/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('hands only https and mailto links to the system', () => {
    expect(isSafeExternalUrl('https://www.gov.uk/')).toBe(true);
    expect(isSafeExternalUrl('mailto:democratic.services@example.gov.uk')).toBe(true);
    for (const url of ['http://example.org', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'smb://host/share', '']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });

  it('refuses every permission request', () => {
    expect(denyPermission()).toBe(false);
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
