// The right-click menu on text: spelling suggestions for a misspelt word,
// "Add to dictionary", then Cut, Copy, Paste and Select all. Built as plain
// data so it can be checked without Electron running.
import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/** What the menu can do: replace the misspelt word, or teach the dictionary a word. */
export type TextMenuActions = {
  replaceWord: (word: string) => void;
  addToDictionary: (word: string) => void;
};

export type TextMenuParams = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'>;

/** At most this many suggestions, as word processors show. */
const MAX_SUGGESTIONS = 6;

/** The menu items for a right-click, or none where there is no text to work on. */
export function textMenuTemplate(params: TextMenuParams, actions: TextMenuActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => { actions.replaceWord(suggestion); } });
    items.push({ label: `Add “${word}” to dictionary`, click: () => { actions.addToDictionary(word); } }, { type: 'separator' });
  }
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: 'Cut', enabled: params.editFlags.canCut },
      { role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy },
      { role: 'paste', label: 'Paste', enabled: params.editFlags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: 'Select all', enabled: params.editFlags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: 'Copy', enabled: params.editFlags.canCopy });
  }
  return items;
}
