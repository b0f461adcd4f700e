import type { MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../../shared/api/types';

export type MenuActions = {
  newWorkspace: () => void;
  openWorkspace: () => void;
  openRecent: (path: string) => void;
  saveCopy: () => void;
  showAbout: () => void;
  openLogsFolder: () => void;
};

type MenuOptions = {
  isMac: boolean;
  isPackaged: boolean;
  recent: readonly RecentWorkspace[];
  actions: MenuActions;
};

/** The native menu: File, Edit, View, Help (plus the app menu on macOS). */
export function buildMenuTemplate({ isMac, isPackaged, recent, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent workspaces', enabled: false }]
      : recent.map((entry) => ({
          label: entry.fileName,
          sublabel: entry.path,
          enabled: entry.exists,
          click: () => { actions.openRecent(entry.path); },
        }));

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: '&New workspace…', accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: '&Open workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      { label: 'Open &recent', submenu: recentItems },
      { type: 'separator' },
      { label: '&Save a copy…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveCopy },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: '&Quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'About Scrutiny Pack Builder', click: actions.showAbout },
      { label: 'Open logs folder', click: actions.openLogsFolder },
    ],
  };
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu', label: '&Edit' },
    view,
    help,
  ];
}
