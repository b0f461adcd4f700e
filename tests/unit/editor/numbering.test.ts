import { describe, expect, it } from 'vitest';
import { numberLabels } from '../../../electron/core/documents/numbering';
import { richTextToBlocks } from '../../../electron/core/documents/rich-text';
import { decemberReport } from '../../../electron/core/demo/content/documents';
import { createNumberingCounter, numberLabelsOf } from '../../../renderer/src/components/editor/numbering';
import type { RichText, RichTextNode } from '../../../shared/api/schema';

const t = (text: string): RichTextNode => ({ type: 'text', text });
const p = (text: string): RichTextNode => ({ type: 'paragraph', content: text ? [t(text)] : [] });
const n = (text: string): RichTextNode => ({ type: 'paragraph', attrs: { numbered: true }, content: text ? [t(text)] : [] });
const h = (level: number, text: string): RichTextNode => ({ type: 'heading', attrs: { level }, content: text ? [t(text)] : [] });
const doc = (...content: RichTextNode[]): RichText => ({ type: 'doc', content });

/** The labels the pack prints, in order, from the pack's own converter. */
function printedLabels(value: RichText): string[] {
  return [...numberLabels(richTextToBlocks(value)).values()];
}

describe('numbers shown in the editor', () => {
  it('counts sections and paragraphs as councils number reports', () => {
    const report = doc(h(1, 'Introduction'), n('One'), n('Two'), p('Plain'), h(1, 'Recommendations'), h(2, 'Point 1'), n('First'), n('Second'), h(2, 'Point 2'), n('Third'), h(1, 'Conclusion'), n('Last'));
    expect(numberLabelsOf(report).map(({ label, text }) => `${label} ${text}`)).toEqual([
      '1.0 Introduction', '1.1 One', '1.2 Two', '2.0 Recommendations', '2.1 Point 1', '2.1.1 First', '2.1.2 Second', '2.2 Point 2', '2.2.1 Third', '3.0 Conclusion', '3.1 Last',
    ]);
  });

  it('renumbers when a paragraph is put before another', () => {
    const before = numberLabelsOf(doc(h(1, 'A'), n('x'))).map(({ label }) => label);
    const after = numberLabelsOf(doc(h(1, 'A'), n('new'), n('x'))).map(({ label, text }) => `${label} ${text}`);
    expect(before).toEqual(['1.0', '1.1']);
    expect(after).toEqual(['1.0 A', '1.1 new', '1.2 x']);
  });

  it('gives nothing to empty paragraphs and headings, level-3 headings, lists and tables, as the pack does', () => {
    const tricky = doc(
      n('Before any heading'),
      h(1, ''),
      n('Under an empty heading'),
      h(2, 'Two'),
      n(''),
      h(3, 'Three'),
      n('Under a level 3'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [n('In a list')] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [n('In a cell')] }] }] },
      { type: 'blockquote', content: [n('Quoted')] },
      h(2, '   '),
      n('After a blank level 2'),
    );
    const shown = numberLabelsOf(tricky).map(({ label }) => label);
    expect(shown).toEqual(printedLabels(tricky));
    expect(shown).toEqual(['0.1', '0.2', '0.3', '0.3.1', '0.3.2', '0.3.3']);
  });

  it('matches the pack on the demo progress report, label for label', () => {
    const { body } = decemberReport();
    const shown = numberLabelsOf(body).map(({ label }) => label);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown).toEqual(printedLabels(body));
    expect(shown.slice(0, 3)).toEqual(['1.0', '1.1', '1.2']);
    expect(shown).toContain('4.1.1');
  });

  it('moves on to three-part numbers only under a level-2 heading', () => {
    const counter = createNumberingCounter();
    expect([counter.heading(1, true), counter.paragraph(true, true), counter.heading(2, true), counter.paragraph(true, true), counter.paragraph(false, true), counter.heading(1, true), counter.paragraph(true, true)]).toEqual([
      '1.0', '1.1', '1.2', '1.2.1', null, '2.0', '2.1',
    ]);
  });
});
