import { describe, expect, it } from 'vitest';
import { textMenuTemplate, type TextMenuParams } from '../../../electron/main/text-menu';

const flags = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true };

function params(overrides: Partial<TextMenuParams>): TextMenuParams {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '', editFlags: flags, ...overrides };
}

describe('the right-click menu on text (Electron)', () => {
  it('offers suggestions for a misspelt word, replaces it, and can add it to the dictionary', () => {
    const replaced: string[] = [];
    const added: string[] = [];
    const items = textMenuTemplate(params({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }), {
      replaceWord: (word) => replaced.push(word),
      addToDictionary: (word) => added.push(word),
    });
    expect(items.map((item) => item.label ?? item.type)).toEqual(['receive', 'relieve', 'Add “recieve” to dictionary', 'separator', 'Cut', 'Copy', 'Paste', 'separator', 'Select all']);
    items[0]?.click?.({} as never, undefined, {});
    items[2]?.click?.({} as never, undefined, {});
    expect(replaced).toEqual(['receive']);
    expect(added).toEqual(['recieve']);
  });

  it('says when there is no suggestion, and greys out what cannot be done', () => {
    const items = textMenuTemplate(params({ misspelledWord: 'Castlemere', editFlags: { ...flags, canCut: false, canCopy: false } }), { replaceWord: () => undefined, addToDictionary: () => undefined });
    expect(items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    expect(items.find((item) => item.label === 'Cut')).toMatchObject({ role: 'cut', enabled: false });
  });

  it('offers only Copy on selected text that cannot be edited, and nothing elsewhere', () => {
    const noActions = { replaceWord: () => undefined, addToDictionary: () => undefined };
    expect(textMenuTemplate(params({ isEditable: false, selectionText: 'Agenda' }), noActions).map((item) => item.label)).toEqual(['Copy']);
    expect(textMenuTemplate(params({ isEditable: false }), noActions)).toEqual([]);
  });
});
