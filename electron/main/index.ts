import path from 'node:path';
import { Menu, app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import type { ApiMethod } from '../../shared/api/contract';
import { invoke } from '../core/api';
import { createCoreContext, type CoreContext } from '../core/context';
import { messageOf } from '../core/errors';
import { WORKSPACE_EXTENSION } from '../core/paths';
import { listRecentWorkspaces } from '../core/workspace/recent';
import { scheduleRollingBackups } from '../core/workspace/backups';
import { openStartupWorkspace } from '../core/workspace/startup';
import { buildMenuTemplate } from './menu';
import { guardSession, isAppUrl } from './security';
import { createMainWindow, hardenWebContents, registerAppScheme, serveRenderer } from './window';

const WORKSPACE_FILTERS = [{ name: 'Scrutiny workspaces', extensions: [WORKSPACE_EXTENSION.slice(1)] }];

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // UK conventions everywhere (DESIGN.md): date fields show 23/11/2026, not
  // the US order, whatever the computer's own locale.
  app.commandLine.appendSwitch('lang', 'en-GB');
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => { hardenWebContents(contents); });
  // Any session made later (a partition) gets the same refusals as the default one.
  app.on('session-created', (created) => { guardSession(created); });
  app.on('window-all-closed', () => { app.quit(); });
  app.whenReady().then(start).catch((error: unknown) => {
    dialog.showErrorBox('Scrutiny Pack Builder could not start', messageOf(error));
    app.exit(1);
  });
}

async function start() {
  const ctx = createCoreContext({
    door: 'electron',
    userDataDir: app.getPath('userData'),
    logsDir: app.getPath('logs'),
    openFile: openWithDesktop,
    emit: (event) => {
      mainWindow?.webContents.send(IPC_EVENT_CHANNEL, event);
      if (event.type === 'workspace/changed') refreshMenu(ctx);
    },
  });
  guardSession(session.defaultSession);
  serveRenderer(path.join(__dirname, '../renderer'));

  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
      return { ok: false, error: { code: 'internal', message: 'Refused: the request did not come from the app.' } };
    }
    return invoke(ctx, method, input);
  });
  app.on('before-quit', () => { ctx.workspace.close(); });

  refreshMenu(ctx);
  mainWindow = createMainWindow(path.join(__dirname, '../preload/index.js'));
  mainWindow.on('closed', () => { mainWindow = null; });
  // The window is up first, so a first run's demo workspace (a few seconds to
  // build, its pack included) shows its progress in the status bar.
  await openFirstWorkspace(ctx);
  scheduleRollingBackups(ctx);
}

async function openFirstWorkspace(ctx: CoreContext) {
  try {
    await openStartupWorkspace(ctx, { kind: 'last-used' });
  } catch (error) {
    ctx.log.error('Could not open the last workspace', error);
    dialog.showErrorBox('The last workspace could not be opened', `${messageOf(error)}\n\nThe demo workspace is open instead.`);
    await openStartupWorkspace(ctx, { kind: 'demo' });
  }
}

function refreshMenu(ctx: CoreContext) {
  const template = buildMenuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    recent: listRecentWorkspaces(ctx.userDataDir),
    actions: {
      newWorkspace: () => void chooseAndRun(ctx, 'workspace/create', 'save', 'New workspace'),
      openWorkspace: () => void chooseAndRun(ctx, 'workspace/open', 'open', 'Open workspace'),
      openRecent: (file) => void runAndReport(ctx, 'workspace/open', { path: file }),
      saveCopy: () => void chooseAndRun(ctx, 'workspace/saveCopy', 'save', 'Save a copy of the workspace'),
      showAbout: () => void showAbout(ctx),
      openLogsFolder: () => void shell.openPath(ctx.logsDir),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function chooseAndRun(ctx: CoreContext, method: ApiMethod, kind: 'open' | 'save', title: string) {
  const window = mainWindow ?? undefined;
  let file: string | undefined;
  if (kind === 'open') {
    const result = await (window ? dialog.showOpenDialog(window, { title, filters: WORKSPACE_FILTERS, properties: ['openFile'] }) : dialog.showOpenDialog({ title, filters: WORKSPACE_FILTERS, properties: ['openFile'] }));
    file = result.filePaths[0];
  } else {
    const options = { title, filters: WORKSPACE_FILTERS, defaultPath: path.join(app.getPath('documents'), `Workspace${WORKSPACE_EXTENSION}`) };
    const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
    file = result.filePath;
  }
  if (!file) return;
  // The save dialog has already asked before replacing a file.
  await runAndReport(ctx, method, method === 'workspace/saveCopy' ? { path: file, overwrite: true } : { path: file });
}

async function runAndReport(ctx: CoreContext, method: ApiMethod, input: unknown) {
  const result = await invoke(ctx, method, input);
  if (!result.ok) dialog.showErrorBox('That did not work', result.error.message);
}

async function showAbout(ctx: CoreContext) {
  const options = {
    type: 'info' as const,
    title: 'About Scrutiny Pack Builder',
    message: `Scrutiny Pack Builder ${ctx.version}`,
    detail: `Electron ${process.versions.electron} · Node.js ${process.versions.node}\nUser data: ${ctx.userDataDir}\nLogs: ${ctx.logsDir}`,
    buttons: ['OK'],
  };
  await (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** Opens a file the engine wrote with the system's own program, or shows it in its folder. */
async function openWithDesktop(file: string, action: 'open' | 'showInFolder'): Promise<void> {
  if (action === 'showInFolder') {
    shell.showItemInFolder(file);
    return;
  }
  const failure = await shell.openPath(file);
  if (failure !== '') throw new Error(`Could not open ${file}: ${failure}`);
}
