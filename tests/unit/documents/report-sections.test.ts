import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import {
  findSections,
  insertSection,
  isAsDrafted,
  markSection,
  replaceSection,
  sectionFingerprint,
} from '../../../electron/core/domain/report-sections';
import type { RichText, RichTextNode } from '../../../shared/api/schema';
import { editorKit } from '../../../renderer/src/components/editor/extensions';

const words = (text: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const heading = (level: number, text: string): RichTextNode => ({ type: 'heading', attrs: { level }, content: [words(text)] });
const numbered = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', attrs: { numbered: true }, content });
const plain = (text: string): RichTextNode => ({ type: 'paragraph', content: [words(text)] });
const bullets = (...items: string[]): RichTextNode => ({ type: 'bulletList', content: items.map((item) => ({ type: 'listItem', content: [plain(item)] })) });

/** An entry section as the report drafts it: bold action, rating and date, a linked note, a list. */
function entry(id: number, note = 'Audit completed'): RichTextNode[] {
  return markSection(`entry:${id}`, [
    heading(2, `Recommendation ${id}: Improve supervision`),
    numbered(
      words('Refresh the supervision model', [{ type: 'bold' }]),
      words(' — rated amber on 5 September 2018: '),
      words(note),
      words(' (see the ', []),
      words('audit report', [{ type: 'link', attrs: { href: 'https://example.org/audit' } }, { type: 'bold' }]),
      words(').'),
    ),
    numbered(words('The measures of success:')),
    bullets('Supervision within timescale: target 95%'),
  ]);
}

const doc = (...content: RichTextNode[][]): RichText => ({ type: 'doc', content: content.flat() });
const intro = () => markSection('introduction', [heading(1, 'Introduction'), numbered(words('Why the plan exists.'))]);
const structure = () => markSection('structure', [heading(1, 'Action plan structure'), numbered(words('How it is laid out.'))]);
const conclusion = () => markSection('conclusion', [heading(1, 'Conclusion'), numbered(words('Where it stands.'))]);
const progress = (): RichTextNode[] => [heading(1, 'Recommendations: progress, risk and next steps')];

/** Deep copy, so an edit in a test never reaches the original. */
const copy = <T>(value: T): T => structuredClone(value);

describe('the fingerprint of a drafted section', () => {
  it('is recorded on the heading, and the section reads as drafted', () => {
    const [section] = findSections(doc(entry(1)));
    expect(section).toMatchObject({ key: 'entry:1', heading: 'Recommendation 1: Improve supervision', level: 2 });
    expect(section?.generated).toMatch(/^[0-9a-f]{16}$/);
    expect(section && isAsDrafted(section)).toBe(true);
  });

  it('survives a round trip through the real editor schema, which adds its own defaults', () => {
    const body = doc(intro(), progress(), entry(1), conclusion());
    const reopened = ProseMirrorNode.fromJSON(editorKit('full').schema, body).toJSON() as RichText;
    // The editor really did change the JSON: textAlign, numbered: null, link rel/target…
    expect(JSON.stringify(reopened)).not.toBe(JSON.stringify(body));
    const sections = findSections(reopened);
    expect(sections.map((section) => [section.key, isAsDrafted(section)])).toEqual([
      ['introduction', true],
      ['entry:1', true],
      ['conclusion', true],
    ]);
  });

  it('ignores attributes a reader never sees, split text runs and the order of marks', () => {
    const [head, first, ...rest] = entry(1);
    if (!head || !first) throw new Error('no section');
    const runs = first.content ?? [];
    const edited: RichTextNode[] = [
      { ...head, attrs: { ...head.attrs, textAlign: null, id: 'h-1' } },
      {
        ...first,
        attrs: { numbered: true, textAlign: 'left' },
        content: [
          // "Refresh the supervision model" split in two runs with the same mark.
          words('Refresh the ', [{ type: 'bold' }]),
          words('supervision model', [{ type: 'bold' }]),
          ...runs.slice(1, 4),
          words('audit report', [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/audit', rel: 'noopener', target: null } }]),
          ...runs.slice(5),
        ],
      },
      ...rest.map((node) => (node.type === 'paragraph' ? node : { ...node, attrs: { tight: false } })),
    ];
    expect(sectionFingerprint(edited)).toBe(sectionFingerprint(entry(1)));
  });

  it('changes with any edit of words, emphasis, links or structure', () => {
    const original = entry(1);
    const fingerprint = sectionFingerprint(original);
    const edits: [string, (nodes: RichTextNode[]) => void][] = [
      ['a word', (nodes) => { (nodes[1]?.content ?? [])[2] = words('Audit finished'); }],
      ['bold taken off', (nodes) => { (nodes[1]?.content ?? [])[0] = words('Refresh the supervision model'); }],
      ['italic added', (nodes) => { (nodes[1]?.content ?? [])[2] = words('Audit completed', [{ type: 'italic' }]); }],
      ['a link target', (nodes) => { (nodes[1]?.content ?? [])[4] = words('audit report', [{ type: 'link', attrs: { href: 'https://example.org/other' } }, { type: 'bold' }]); }],
      ['numbering taken off', (nodes) => { if (nodes[2]) nodes[2].attrs = {}; }],
      ['the heading level', (nodes) => { if (nodes[0]) nodes[0].attrs = { ...nodes[0].attrs, level: 3 }; }],
      ['a paragraph removed', (nodes) => { nodes.splice(2, 1); }],
      ['a paragraph added', (nodes) => { nodes.push(plain('An extra point from the author.')); }],
      ['a bullet list made numbered', (nodes) => { if (nodes[3]) nodes[3].type = 'orderedList'; }],
    ];
    for (const [what, edit] of edits) {
      const edited = copy(original);
      edit(edited);
      expect(sectionFingerprint(edited), what).not.toBe(fingerprint);
    }
  });
});

describe('finding sections in a body', () => {
  it('runs each from its keyed heading to the next heading of the same or a higher level', () => {
    const body = doc(intro(), [heading(2, 'An author’s sub-heading'), plain('More introduction.')], structure(), progress(), entry(1), [heading(3, 'Case study'), plain('A family’s story.')], entry(2), conclusion());
    const sections = findSections(body);
    expect(sections.map(({ key, start, end }) => [key, start, end])).toEqual([
      ['introduction', 0, 4],
      ['structure', 4, 6],
      ['entry:1', 7, 13],
      ['entry:2', 13, 17],
      ['conclusion', 17, 19],
    ]);
    // The author's level-2 heading belongs to the introduction; the unkeyed heading over the entries belongs to none.
    expect(body.content[6]?.type).toBe('heading');
    expect(sections.some((section) => section.start === 6)).toBe(false);
    // The author's additions count as changes to the sections they sit in.
    expect(sections.map((section) => isAsDrafted(section))).toEqual([false, true, false, true, true]);
  });

  it('replaces one section and leaves every other node as it was', () => {
    const body = doc(intro(), progress(), entry(1), entry(2), conclusion());
    const target = findSections(body).find((section) => section.key === 'entry:1');
    if (!target) throw new Error('no section');
    const redrafted = entry(1, 'Audit completed and reported');
    const next = replaceSection(body, target, redrafted);
    expect(next.content.slice(0, target.start)).toEqual(body.content.slice(0, target.start));
    expect(next.content.slice(target.start, target.start + redrafted.length)).toEqual(redrafted);
    expect(next.content.slice(target.start + redrafted.length)).toEqual(body.content.slice(target.end));
    expect(body.content).toEqual(doc(intro(), progress(), entry(1), entry(2), conclusion()).content);
  });
});

describe('putting a missing section where it belongs', () => {
  const order = ['entry:1', 'entry:2', 'entry:3'];
  const keysOf = (body: RichText) => findSections(body).map((section) => section.key);

  it('puts an entry after the nearest entry before it in plan order', () => {
    const body = doc(intro(), progress(), entry(1), entry(3), conclusion());
    expect(keysOf(insertSection(body, 'entry:2', entry(2), order))).toEqual(['introduction', 'entry:1', 'entry:2', 'entry:3', 'conclusion']);
  });

  it('puts the first entry before the next one, and an entry of an empty report before the conclusion', () => {
    const body = doc(intro(), progress(), entry(2), conclusion());
    const withFirst = insertSection(body, 'entry:1', entry(1), order);
    expect(keysOf(withFirst)).toEqual(['introduction', 'entry:1', 'entry:2', 'conclusion']);
    // The unkeyed heading over the entries stays above them.
    expect(withFirst.content[2]?.content?.[0]?.text).toBe('Recommendations: progress, risk and next steps');

    const empty = doc(intro(), structure(), progress(), conclusion());
    const withEntry = insertSection(empty, 'entry:3', entry(3), order);
    expect(keysOf(withEntry)).toEqual(['introduction', 'structure', 'entry:3', 'conclusion']);
    expect(withEntry.content.findIndex((node) => node.attrs?.['sectionKey'] === 'entry:3')).toBe(5);
  });

  it('puts the introduction first, the structure after it and the conclusion last', () => {
    const body = doc(progress(), entry(1));
    const withIntro = insertSection(body, 'introduction', intro(), order);
    const withStructure = insertSection(withIntro, 'structure', structure(), order);
    const withConclusion = insertSection(withStructure, 'conclusion', conclusion(), order);
    expect(keysOf(withConclusion)).toEqual(['introduction', 'structure', 'entry:1', 'conclusion']);
  });
});
