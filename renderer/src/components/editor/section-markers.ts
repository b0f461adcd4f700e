// A drafted progress report marks each section's heading with `sectionKey`
// ("entry:12") and `generated` (a fingerprint of the section as drafted), so
// the section can be drafted again without losing what the author wrote. The
// editor carries both through unchanged; they are never shown. A heading that
// is split or copied must not claim the same section twice, so the second of
// two headings with one key loses its marks.
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

const dedupeKey = new PluginKey('sectionMarkerDedupe');

function markerAttribute(name: 'sectionKey' | 'generated', dataName: string) {
  return {
    [name]: {
      default: null,
      keepOnSplit: false,
      parseHTML: (element: HTMLElement) => element.getAttribute(dataName),
      renderHTML: (attributes: Record<string, unknown>) => {
        const value = attributes[name];
        return typeof value === 'string' ? { [dataName]: value } : {};
      },
    },
  };
}

export const SectionMarkers = Extension.create({
  name: 'sectionMarkers',

  addGlobalAttributes() {
    return [{ types: ['heading'], attributes: { ...markerAttribute('sectionKey', 'data-section-key'), ...markerAttribute('generated', 'data-generated') } }];
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: dedupeKey,
        appendTransaction: (transactions, _oldState, newState) => {
          if (!transactions.some((transaction) => transaction.docChanged)) return null;
          const seen = new Set<string>();
          const tr = newState.tr;
          newState.doc.descendants((node, pos) => {
            const key: unknown = node.attrs['sectionKey'];
            if (node.type.name !== 'heading' || typeof key !== 'string') return true;
            if (seen.has(key)) {
              tr.setNodeAttribute(pos, 'sectionKey', null).setNodeAttribute(pos, 'generated', null);
            } else {
              seen.add(key);
            }
            return false;
          });
          return tr.docChanged ? tr : null;
        },
      }),
    ];
  },
});
