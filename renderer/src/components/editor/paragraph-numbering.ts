// Numbered paragraphs: a paragraph attribute `numbered` (true, or absent),
// the command that marks and unmarks paragraphs, and the labels shown in the
// margin. Only paragraphs that stand in the body itself can be numbered: the
// pack never numbers paragraphs inside lists or tables.
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { COUNTED_CONTAINERS, createNumberingCounter } from './numbering';

declare module '@tiptap/core' {
  // Module augmentation only works with an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Commands<ReturnType> {
    paragraphNumbering: {
      /** Numbers the selected paragraphs, or stops numbering them when all already are. */
      toggleNumbered: () => ReturnType;
    };
  }
}

/** Shortcut shown in the toolbar; Ctrl+Shift+7 and 8 are the two kinds of list. */
export const NUMBERED_SHORTCUT = 'Mod-Shift-9';

const labelsKey = new PluginKey<DecorationSet>('numberLabels');

export const ParagraphNumbering = Extension.create({
  name: 'paragraphNumbering',

  addGlobalAttributes() {
    return [
      {
        types: ['paragraph'],
        attributes: {
          numbered: {
            default: null,
            keepOnSplit: true,
            parseHTML: (element) => (element.getAttribute('data-numbered') === 'true' ? true : null),
            renderHTML: (attributes) => (attributes['numbered'] === true ? { 'data-numbered': 'true' } : {}),
          },
        },
      },
    ];
  },

  addCommands() {
    return {
      toggleNumbered:
        () =>
        ({ state, tr, dispatch }) => {
          const targets = numberableParagraphs(state);
          if (targets.length === 0) return false;
          const value = targets.some(({ node }) => node.attrs['numbered'] !== true) ? true : null;
          if (dispatch) for (const { pos } of targets) tr.setNodeAttribute(pos, 'numbered', value);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      [NUMBERED_SHORTCUT]: () => this.editor.commands.toggleNumbered(),
      // As in Word: Backspace at the start of a numbered paragraph takes its number away first.
      Backspace: () => {
        const { selection } = this.editor.state;
        const parent = selection.$from.parent;
        if (!selection.empty || selection.$from.parentOffset !== 0 || parent.type.name !== 'paragraph' || parent.attrs['numbered'] !== true) return false;
        return this.editor.commands.updateAttributes('paragraph', { numbered: null });
      },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: labelsKey,
        state: {
          init: (_config, state) => labelDecorations(state.doc),
          apply: (tr: Transaction, previous) => (tr.docChanged ? labelDecorations(tr.doc) : previous),
        },
        props: { decorations: (state) => labelsKey.getState(state) },
      }),
    ];
  },
});

/** Paragraphs in the selection that stand in the body (or a quotation), where the pack numbers them. */
export function numberableParagraphs(state: EditorState): { node: ProseMirrorNode; pos: number }[] {
  const targets: { node: ProseMirrorNode; pos: number }[] = [];
  const { from, to } = state.selection;
  state.doc.nodesBetween(from, to, (node, pos, parent) => {
    if (node.type.name === 'paragraph' && parent && (parent.type.name === 'doc' || COUNTED_CONTAINERS.has(parent.type.name))) targets.push({ node, pos });
    return node.type.name === 'doc' || COUNTED_CONTAINERS.has(node.type.name);
  });
  return targets;
}

/** Each numbered heading and paragraph gets its printed number as `data-number`, shown in the margin by CSS. */
function labelDecorations(doc: ProseMirrorNode): DecorationSet {
  const counter = createNumberingCounter();
  const decorations: Decoration[] = [];
  const visit = (parent: ProseMirrorNode, start: number) => {
    parent.forEach((node, offset) => {
      const pos = start + offset;
      const name = node.type.name;
      let label: string | null = null;
      if (name === 'heading') label = counter.heading(Number(node.attrs['level']), hasWords(node));
      else if (name === 'paragraph') label = counter.paragraph(node.attrs['numbered'] === true, hasWords(node));
      else if (COUNTED_CONTAINERS.has(name)) visit(node, pos + 1);
      if (label !== null) decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': label }));
      else if (name === 'paragraph' && node.attrs['numbered'] === true) decorations.push(Decoration.node(pos, pos + node.nodeSize, { class: 'rte-numbered-empty' }));
    });
  };
  visit(doc, 0);
  return DecorationSet.create(doc, decorations);
}

function hasWords(node: ProseMirrorNode): boolean {
  let isFound = false;
  node.descendants((child) => {
    if (isFound) return false;
    if (child.isText && (child.text ?? '').trim() !== '') isFound = true;
    return true;
  });
  return isFound;
}
