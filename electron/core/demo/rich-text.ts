// Small builders for the editor's JSON (TipTap/ProseMirror), so demo prose
// reads as prose. "**bold**" inside a string becomes a bold mark.
import type { RichTextNode } from '../../../shared/api/schema';
import * as nodes from '../documents/rich-text-nodes';

/** Inline text with **bold** runs marked. */
function inline(text: string): RichTextNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**') && part.endsWith('**')
        ? { type: 'text', text: part.slice(2, -2), marks: [{ type: 'bold' }] }
        : { type: 'text', text: part },
    );
}

/** A plain paragraph. */
export const paragraph = (words: string): RichTextNode => nodes.paragraph(inline(words));

/** A paragraph the renderers number within its section (1.1, 1.2 …). */
export const numbered = (words: string): RichTextNode => nodes.numbered(inline(words));

/** A section heading: level 1 is numbered 1.0, 2.0 …; level 2 is 4.1, 4.2 … */
export const heading = (level: 1 | 2 | 3, words: string): RichTextNode => nodes.heading(level, inline(words));

export const bullets = (items: readonly string[]): RichTextNode => nodes.bullets(items.map(inline));

export { doc } from '../documents/rich-text-nodes';
