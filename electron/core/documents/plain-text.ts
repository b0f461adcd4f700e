import type { RichText, RichTextNode } from '../../../shared/api/schema';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'blockquote']);

/** The words of a rich-text document, one line per paragraph, heading or list item (for CSV cells and plain exports). */
export function richTextPlain(document: RichText | RichTextNode): string {
  const lines: string[] = [];
  let current = '';
  const visit = (node: RichTextNode): void => {
    if (node.type === 'text') current += node.text ?? '';
    else if (node.type === 'hardBreak') current += '\n';
    node.content?.forEach(visit);
    if (BLOCK_TYPES.has(node.type) && current.trim() !== '') {
      lines.push(current.trim());
      current = '';
    }
  };
  visit(document);
  if (current.trim() !== '') lines.push(current.trim());
  return lines.join('\n');
}
