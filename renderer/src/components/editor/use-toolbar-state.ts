import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { EditorVariant } from './extensions';
import { numberableParagraphs } from './paragraph-numbering';

/** What the toolbar shows: which styles apply where the cursor is, and what can be done there. */
export type ToolbarState = {
  block: 'paragraph' | 'heading1' | 'heading2' | 'heading3' | 'other';
  isNumbered: boolean;
  canNumber: boolean;
  isBulletList: boolean;
  isOrderedList: boolean;
  isBold: boolean;
  isItalic: boolean;
  isLink: boolean;
  isInTable: boolean;
  canAddRow: boolean;
  canAddColumn: boolean;
  canDeleteRow: boolean;
  canDeleteColumn: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

const HEADING_BLOCKS = { 1: 'heading1', 2: 'heading2', 3: 'heading3' } as const;

/** The toolbar's state, recomputed on every change to the editor but re-rendering only when it differs. */
export function useToolbarState(editor: Editor, variant: EditorVariant): ToolbarState {
  const isFull = variant === 'full';
  return useEditorState({
    editor,
    selector: ({ editor: current }): ToolbarState => {
      const parent = current.state.selection.$from.parent;
      const level = Number(parent.attrs['level']);
      const block = parent.type.name === 'paragraph' ? 'paragraph' : parent.type.name === 'heading' ? (level === 1 || level === 2 || level === 3 ? HEADING_BLOCKS[level] : 'other') : 'other';
      const paragraphs = isFull ? numberableParagraphs(current.state) : [];
      const isInTable = isFull && current.isActive('table');
      const can = current.can();
      return {
        block,
        isNumbered: paragraphs.length > 0 && paragraphs.every(({ node }) => node.attrs['numbered'] === true),
        canNumber: paragraphs.length > 0,
        isBulletList: current.isActive('bulletList'),
        isOrderedList: current.isActive('orderedList'),
        isBold: current.isActive('bold'),
        isItalic: current.isActive('italic'),
        isLink: current.isActive('link'),
        isInTable,
        canAddRow: isInTable && can.addRowAfter(),
        canAddColumn: isInTable && can.addColumnAfter(),
        canDeleteRow: isInTable && can.deleteRow(),
        canDeleteColumn: isInTable && can.deleteColumn(),
        canUndo: can.undo(),
        canRedo: can.redo(),
      };
    },
  });
}
