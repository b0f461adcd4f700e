// The toolbar's buttons as data: what each is called, what it shows, its
// shortcut, whether it is on, and what it does. The toolbar component only
// lays them out and moves focus between them.
import type { Editor } from '@tiptap/core';
import type { EditorVariant } from './extensions';
import { NUMBERED_SHORTCUT } from './paragraph-numbering';
import type { ToolbarState } from './use-toolbar-state';

export type ToolbarButton = {
  id: string;
  /** The accessible name, in words. */
  label: string;
  /** What the button shows: a short mark such as "B" or "H1". */
  face: string;
  shortcut?: string;
  /** A longer explanation, shown as the button's tooltip. */
  hint?: string;
  /** Set for buttons that switch a style on and off (aria-pressed). */
  isPressed?: boolean;
  isDisabled?: boolean;
  run: () => void;
};

export type ToolbarGroup = { label: string; buttons: ToolbarButton[] };

/** The groups of buttons for the editor as it stands. */
export function toolbarGroups(editor: Editor, state: ToolbarState, variant: EditorVariant, openLink: () => void): ToolbarGroup[] {
  const chain = () => editor.chain().focus();
  const groups: ToolbarGroup[] = [];
  if (variant === 'full') {
    groups.push({
      label: 'Paragraph style',
      buttons: [
        { id: 'paragraph', label: 'Normal text', face: 'Normal', shortcut: 'Mod-Alt-0', isPressed: state.block === 'paragraph', run: () => chain().setParagraph().run() },
        ...([1, 2, 3] as const).map((level) => ({
          id: `heading${level}`,
          // The name starts with what the button shows, so speech users can say it (WCAG 2.5.3).
          label: `H${level} (heading ${level})`,
          face: `H${level}`,
          hint: `Heading ${level}${level < 3 ? `, numbered ${level === 1 ? '1.0' : '1.1'} in the pack` : ''}`,
          shortcut: `Mod-Alt-${level}`,
          isPressed: state.block === `heading${level}`,
          run: () => chain().setHeading({ level }).run(),
        })),
        { id: 'numbered', label: '1.1 Numbered paragraph', face: '1.1', hint: 'Numbered paragraph: takes the next number in its section', shortcut: NUMBERED_SHORTCUT, isPressed: state.isNumbered, isDisabled: !state.canNumber, run: () => chain().toggleNumbered().run() },
      ],
    });
  }
  groups.push(
    {
      label: 'Lists',
      buttons: [
        { id: 'bulletList', label: 'Bullets', face: 'Bullets', hint: 'Bulleted list', shortcut: 'Mod-Shift-8', isPressed: state.isBulletList, run: () => chain().toggleBulletList().run() },
        { id: 'orderedList', label: 'Numbers', face: 'Numbers', hint: 'Numbered list', shortcut: 'Mod-Shift-7', isPressed: state.isOrderedList, run: () => chain().toggleOrderedList().run() },
      ],
    },
    {
      label: 'Text',
      buttons: [
        { id: 'bold', label: 'Bold', face: 'B', shortcut: 'Mod-B', isPressed: state.isBold, run: () => chain().toggleBold().run() },
        { id: 'italic', label: 'Italic', face: 'I', shortcut: 'Mod-I', isPressed: state.isItalic, run: () => chain().toggleItalic().run() },
        { id: 'link', label: state.isLink ? 'Edit link' : 'Add link', face: 'Link', shortcut: 'Mod-K', isPressed: state.isLink, run: openLink },
      ],
    },
  );
  if (variant === 'full') groups.push({ label: 'Table', buttons: tableButtons(state, chain) });
  groups.push({
    label: 'History',
    buttons: [
      { id: 'undo', label: 'Undo', face: 'Undo', shortcut: 'Mod-Z', isDisabled: !state.canUndo, run: () => chain().undo().run() },
      { id: 'redo', label: 'Redo', face: 'Redo', shortcut: 'Mod-Y', isDisabled: !state.canRedo, run: () => chain().redo().run() },
    ],
  });
  return groups;
}

function tableButtons(state: ToolbarState, chain: () => ReturnType<Editor['chain']>): ToolbarButton[] {
  if (!state.isInTable) {
    return [{ id: 'insertTable', label: 'Insert a table (3 by 3, with a header row)', face: 'Table', run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() }];
  }
  return [
    { id: 'addRow', label: 'Add a row below', face: '+ Row', isDisabled: !state.canAddRow, run: () => chain().addRowAfter().run() },
    { id: 'addColumn', label: 'Add a column to the right', face: '+ Column', isDisabled: !state.canAddColumn, run: () => chain().addColumnAfter().run() },
    { id: 'deleteRow', label: 'Delete this row', face: '− Row', isDisabled: !state.canDeleteRow, run: () => chain().deleteRow().run() },
    { id: 'deleteColumn', label: 'Delete this column', face: '− Column', isDisabled: !state.canDeleteColumn, run: () => chain().deleteColumn().run() },
    { id: 'deleteTable', label: 'Delete table', face: 'Delete table', run: () => chain().deleteTable().run() },
  ];
}

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** A shortcut as people read it: "Ctrl+Shift+9", or "⌘⇧9" on a Mac. */
export function shortcutText(shortcut: string, isMac = IS_MAC): string {
  const parts = shortcut.split('-').map((part) => {
    if (part === 'Mod') return isMac ? '⌘' : 'Ctrl';
    if (part === 'Alt') return isMac ? '⌥' : 'Alt';
    if (part === 'Shift') return isMac ? '⇧' : 'Shift';
    return part.toUpperCase();
  });
  return parts.join(isMac ? '' : '+');
}
