// Between the stored rich text and the editor's document. Stored text may
// hold things this editor does not know (a node from an import, a heading in
// a note edited in the compact editor): they keep their words rather than
// sink the whole document, which is what TipTap does with content it cannot
// read. Going back, attributes that only repeat the schema's defaults are
// left out, so an untouched section is stored just as it was drafted.
import type { Mark, Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import type { RichText, RichTextNode } from '../../../../shared/api/schema';

export type LoadedText = { content: RichText; replaced: string[] } | { content: null; error: string };

/**
 * Stored rich text fitted to the editor's schema, checked by building it once;
 * `replaced` names the kinds of content now shown as plain words.
 */
export function fitRichText(value: RichText, schema: Schema): LoadedText {
  const replaced = new Set<string>();
  const content = fitBlocks(value.content, schema, replaced);
  const fitted: RichText = { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  try {
    schema.nodeFromJSON(fitted);
    return { content: fitted, replaced: [...replaced] };
  } catch (error) {
    return { content: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Stored rich text for the editor's document. */
export function richTextFromEditorDoc(doc: ProseMirrorNode): RichText {
  return { type: 'doc', content: doc.content.content.map(nodeToJson) };
}

function nodeToJson(node: ProseMirrorNode): RichTextNode {
  const json: RichTextNode = { type: node.type.name };
  const attrs = storedAttrs(node.attrs, node.type.spec.attrs ?? {}, node.type.name === 'heading' ? ['level'] : []);
  if (attrs) json.attrs = attrs;
  if (node.isText) json.text = node.text ?? '';
  if (node.marks.length > 0) json.marks = node.marks.map(markToJson);
  if (node.content.size > 0) json.content = node.content.content.map(nodeToJson);
  return json;
}

function markToJson(mark: Mark): { type: string; attrs?: Record<string, unknown> } {
  const attrs = storedAttrs(mark.attrs, mark.type.spec.attrs ?? {}, []);
  return attrs ? { type: mark.type.name, attrs } : { type: mark.type.name };
}

/** The attributes worth storing: not null, not the default, except those always kept. */
function storedAttrs(attrs: Record<string, unknown>, specs: Record<string, { default?: unknown }>, alwaysKept: readonly string[]): Record<string, unknown> | null {
  const kept = Object.entries(attrs).filter(([name, value]) => {
    if (alwaysKept.includes(name)) return true;
    if (value === null || value === undefined) return false;
    if (name === 'numbered') return value === true;
    const spec = specs[name];
    return !(spec && 'default' in spec && JSON.stringify(spec.default) === JSON.stringify(value));
  });
  return kept.length > 0 ? Object.fromEntries(kept) : null;
}

/** Block content fitted to the schema: unknown wrappers give up their children, stray inline content is put in paragraphs. */
function fitBlocks(nodes: readonly RichTextNode[], schema: Schema, replaced: Set<string>): RichTextNode[] {
  const blocks: RichTextNode[] = [];
  let inline: RichTextNode[] = [];
  const flush = () => {
    if (inline.length > 0) blocks.push({ type: 'paragraph', content: inline });
    inline = [];
  };
  for (const node of nodes) {
    const type = schema.nodes[node.type];
    if (type && !type.isInline && node.type !== 'doc') {
      flush();
      blocks.push(fitKnown(node, schema, replaced));
    } else if (type?.isInline || node.type === 'text') {
      inline.push(...fitInline([node], schema, replaced));
    } else {
      replaced.add(node.type);
      const children = node.content ?? [];
      if (children.some((child) => schema.nodes[child.type]?.isBlock === true || !(child.type in schema.nodes))) {
        flush();
        blocks.push(...fitBlocks(children, schema, replaced));
      } else {
        // An unknown block of words (a heading in the compact editor) stands as its own paragraph.
        flush();
        inline = fitInline([node], schema, replaced);
        flush();
      }
    }
  }
  flush();
  return blocks;
}

function fitKnown(node: RichTextNode, schema: Schema, replaced: Set<string>): RichTextNode {
  const type = schema.nodes[node.type];
  const fitted: RichTextNode = { type: node.type };
  if (node.attrs) fitted.attrs = node.attrs;
  if (!node.content || node.content.length === 0) return fitted;
  const content = type?.inlineContent ? fitInline(node.content, schema, replaced) : fitBlocks(node.content, schema, replaced);
  if (content.length > 0) fitted.content = content;
  return fitted;
}

/** Inline content: known marks kept, unknown inline nodes as their words, empty text dropped (ProseMirror refuses it). */
function fitInline(nodes: readonly RichTextNode[], schema: Schema, replaced: Set<string>): RichTextNode[] {
  return nodes.flatMap((node): RichTextNode[] => {
    if (node.type === 'text') {
      if (!node.text) return [];
      const marks = (node.marks ?? []).filter((mark) => {
        if (mark.type in schema.marks) return true;
        replaced.add(mark.type);
        return false;
      });
      return [{ type: 'text', text: node.text, ...(marks.length > 0 ? { marks } : {}) }];
    }
    const type = schema.nodes[node.type];
    if (type?.isInline) return [{ type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) }];
    replaced.add(node.type);
    const words = node.content ? fitInline(node.content, schema, replaced) : [];
    const label = node.text ?? (typeof node.attrs?.['label'] === 'string' ? node.attrs['label'] : '');
    return words.length > 0 ? words : label ? [{ type: 'text', text: label }] : [];
  });
}
