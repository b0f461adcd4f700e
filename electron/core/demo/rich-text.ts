// Small builders for the editor's JSON (TipTap/ProseMirror), so demo prose
// reads as prose. "**bold**" inside a string becomes a bold mark.
import type { RichText, RichTextNode } from '../../../shared/api/schema';

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
export const paragraph = (text: string): RichTextNode => ({ type: 'paragraph', content: inline(text) });

/** A paragraph the renderers number within its section (1.1, 1.2 …). */
export const numbered = (text: string): RichTextNode => ({ type: 'paragraph', attrs: { numbered: true }, content: inline(text) });

/** A section heading: level 1 is numbered 1.0, 2.0 …; level 2 is 4.1, 4.2 … */
export const heading = (level: 1 | 2 | 3, text: string): RichTextNode => ({ type: 'heading', attrs: { level }, content: inline(text) });

export const bullets = (items: readonly string[]): RichTextNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

export const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content });
