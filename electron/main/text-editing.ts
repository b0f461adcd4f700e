// Writing in the window: spelling in British English, the text menu, and a
// question before unsaved typing is lost. Kept apart from window.ts so the
// window's security set-up stays short.
import { BrowserWindow, Menu, dialog, type Session, type WebContents } from 'electron';
import { textMenuTemplate } from './text-menu';

const SPELLING_LANGUAGE = 'en-GB';

/**
 * Checks spelling in en-GB where Electron runs the checker (Windows and
 * Linux). On macOS the system's checker is used with the user's own language
 * settings, and setting languages does nothing, so it is left alone.
 */
export function setBritishSpelling(session: Session, platform: NodeJS.Platform = process.platform): void {
  if (platform === 'darwin') return;
  if (session.availableSpellCheckerLanguages.includes(SPELLING_LANGUAGE)) session.setSpellCheckerLanguages([SPELLING_LANGUAGE]);
}

/** Right-click on text offers spelling suggestions, Add to dictionary, and Cut, Copy and Paste. */
export function addTextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = textMenuTemplate(params, {
      replaceWord: (word) => { contents.replaceMisspelling(word); },
      addToDictionary: (word) => { contents.session.addWordToSpellCheckerDictionary(word); },
    });
    if (template.length === 0) return;
    const window = BrowserWindow.fromWebContents(contents);
    Menu.buildFromTemplate(template).popup(window ? { window } : {});
  });
}

/**
 * A page with unsaved typing asks before it is closed (beforeunload).
 * Electron would otherwise just refuse to close without saying why.
 */
export function askBeforeLosingChanges(contents: WebContents): void {
  contents.on('will-prevent-unload', (event) => {
    const window = BrowserWindow.fromWebContents(contents);
    const options = {
      type: 'question' as const,
      buttons: ['Stay and save', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Changes not saved',
      message: 'Some of your latest changes are not saved yet.',
      detail: 'Stay for a moment while they are saved, or close now and lose them.',
    };
    const choice = window ? dialog.showMessageBoxSync(window, options) : dialog.showMessageBoxSync(options);
    // Calling preventDefault here lets the page close after all.
    if (choice === 1) event.preventDefault();
  });
}
