// What the editor can hold. It matches what the pack prints: bold, italic,
// links, headings, numbered paragraphs, lists, tables and imported pictures.
// Underline, strike and inline code are left out because the pack prints
// them as plain text, and an editor that shows what will not print misleads
// its author.
import { getSchema, type Extensions } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { TableKit } from '@tiptap/extension-table';
import { StarterKit } from '@tiptap/starter-kit';
import { SAFE_HREF } from './link-address';
import { ParagraphNumbering } from './paragraph-numbering';
import { PictureNode } from './picture-node';
import { SectionMarkers } from './section-markers';

export type EditorVariant = 'full' | 'compact';


function extensionsFor(variant: EditorVariant): Extensions {
  const isFull = variant === 'full';
  return [
    StarterKit.configure({
      heading: isFull ? { levels: [1, 2, 3] } : false,
      code: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        protocols: ['mailto', 'tel'],
        defaultProtocol: 'https',
        isAllowedUri: (url) => SAFE_HREF.test(url.trim()),
        HTMLAttributes: { target: null, rel: null, class: null },
      },
    }),
    // Notes are not numbered, and have no sections, tables or pictures.
    ...(isFull ? [ParagraphNumbering, SectionMarkers, TableKit.configure({ table: { resizable: false } }), PictureNode] : []),
  ];
}

const cache = new Map<EditorVariant, { extensions: Extensions; schema: Schema }>();

/** The extensions of one kind of editor and their schema, made once and shared by every editor of that kind. */
export function editorKit(variant: EditorVariant): { extensions: Extensions; schema: Schema } {
  let kit = cache.get(variant);
  if (!kit) {
    const extensions = extensionsFor(variant);
    kit = { extensions, schema: getSchema(extensions) };
    cache.set(variant, kit);
  }
  return kit;
}
