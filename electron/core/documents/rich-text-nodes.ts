// Builders for the editor's JSON (TipTap/ProseMirror) written by the engine:
// drafted progress reports and the demo's prose. What they build is what
// rich-text.ts turns into document blocks: level-1 headings number 1.0, 2.0 …,
// level-2 4.1, 4.2 …, and `numbered` paragraphs take the next number.
import type { RichText, RichTextNode } from '../../../shared/api/schema';

/** Plain words; empty text is left out (the editor refuses empty text nodes). */
export const text = (words: string): RichTextNode[] => (words === '' ? [] : [{ type: 'text', text: words }]);

export const bold = (words: string): RichTextNode[] => (words === '' ? [] : [{ type: 'text', text: words, marks: [{ type: 'bold' }] }]);

export const heading = (level: 1 | 2 | 3, content: RichTextNode[]): RichTextNode => ({ type: 'heading', attrs: { level }, content });

/** A paragraph the pack numbers within its section (1.1, 4.1.1 …). */
export const numbered = (content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', attrs: { numbered: true }, content });

export const paragraph = (content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });

export const bullets = (items: readonly RichTextNode[][]): RichTextNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
});

export const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content });
