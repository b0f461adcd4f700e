import { describe, expect, it } from 'vitest';
import { decemberReport } from '../../../electron/core/demo/content/documents';
import { editorKit } from '../../../renderer/src/components/editor/extensions';
import { fitRichText, richTextFromEditorDoc } from '../../../renderer/src/components/editor/rich-text-json';
import type { RichText } from '../../../shared/api/schema';

/** Stored text → the editor's document → stored text, as a save straight after opening would store it. */
function roundTrip(value: RichText, variant: 'full' | 'compact' = 'full') {
  const { schema } = editorKit(variant);
  const fitted = fitRichText(value, schema);
  if (fitted.content === null) throw new Error(fitted.error);
  return { stored: richTextFromEditorDoc(schema.nodeFromJSON(fitted.content)), replaced: fitted.replaced };
}

describe('opening and saving stored text', () => {
  it('stores an untouched report exactly as it was drafted', () => {
    const { body } = decemberReport();
    const { stored, replaced } = roundTrip(body);
    expect(stored).toEqual(body);
    expect(replaced).toEqual([]);
  });

  it('keeps the section markers on headings, and numbered only where true', () => {
    const drafted: RichText = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, sectionKey: 'entry:12', generated: 'f1e2d3' }, content: [{ type: 'text', text: 'Point 1' }] },
        { type: 'paragraph', attrs: { numbered: true }, content: [{ type: 'text', text: 'Numbered' }] },
        { type: 'paragraph', attrs: { numbered: false }, content: [{ type: 'text', text: 'Not numbered' }] },
      ],
    };
    expect(roundTrip(drafted).stored.content).toEqual([
      drafted.content[0],
      drafted.content[1],
      { type: 'paragraph', content: [{ type: 'text', text: 'Not numbered' }] },
    ]);
  });

  it('keeps the words of content it does not know, and says what it replaced', () => {
    const odd: RichText = {
      type: 'doc',
      content: [
        { type: 'callout', attrs: { tone: 'info' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Inside a callout', marks: [{ type: 'highlight' }, { type: 'bold' }] }] }] },
        { type: 'paragraph', attrs: { colour: 'red' }, content: [{ type: 'mention', attrs: { label: 'Ruth Calloway' } }, { type: 'text', text: ' agreed.' }, { type: 'text', text: '' }] },
      ],
    };
    const { stored, replaced } = roundTrip(odd);
    expect(stored.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Inside a callout', marks: [{ type: 'bold' }] }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Ruth Calloway agreed.' }] },
    ]);
    expect(replaced.sort()).toEqual(['callout', 'highlight', 'mention']);
  });

  it('keeps a picture from a Word import, with its alternative text and width, through a save', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const imported: RichText = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Before the chart.' }] },
        { type: 'image', attrs: { src: png, alt: 'Referrals by month, 2025 to 2026', width: 420 } },
        { type: 'image', attrs: { src: png, alt: '' } },
        { type: 'paragraph', content: [{ type: 'text', text: 'After it.' }] },
      ],
    };
    const { stored, replaced } = roundTrip(imported);
    expect(stored).toEqual({ ...imported, content: [imported.content[0], imported.content[1], { type: 'image', attrs: { src: png } }, imported.content[3]] });
    expect(replaced).toEqual([]);
  });

  it('reads only pictures carried in the document from pasted or dropped HTML', () => {
    const { schema } = editorKit('full');
    const rule = schema.nodes.image?.spec.parseDOM?.[0];
    const read = (src: string) => {
      const attributes = new Map([['src', src], ['alt', 'A chart'], ['width', '300']]);
      const element = { getAttribute: (name: string) => attributes.get(name) ?? null } as unknown as HTMLElement;
      return rule?.getAttrs?.(element);
    };
    expect(read('data:image/png;base64,iVBORw0KGgo=')).toEqual({ src: 'data:image/png;base64,iVBORw0KGgo=', alt: 'A chart', width: 300 });
    for (const src of ['https://example.org/tracker.png', 'data:image/svg+xml;base64,PHN2Zz4=', 'javascript:alert(1)', 'data:text/html;base64,PGgxPg==', 'file:///etc/passwd']) {
      expect(read(src), src).toBe(false);
    }
  });

  it('shows pictures only in the full editor: a note keeps no picture', () => {
    expect(editorKit('compact').schema.nodes.image).toBeUndefined();
  });

  it('opens an empty document with one empty paragraph to type in', () => {
    expect(roundTrip({ type: 'doc', content: [] }).stored).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('shows a note’s headings and tables as paragraphs in the compact editor, words kept', () => {
    const note: RichText = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Heading' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Another' }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cell' }] }] }] }] },
      ],
    };
    const { stored } = roundTrip(note, 'compact');
    expect(stored.content.map((node) => [node.type, node.content?.[0]?.text])).toEqual([['paragraph', 'Heading'], ['paragraph', 'Another'], ['paragraph', 'Cell']]);
  });
});
