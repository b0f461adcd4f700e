// Document models for the Word renderer's tests: a small three-part pack whose
// front sheet points at the other parts with page ranges, and a long pack of
// about 300 pages for timing. Prose is invented; nothing comes from the seeds.
import type { Block, DocumentModel, HouseStyle, Inline, TableRow } from '../../../electron/core/documents/model';

export const HOUSE_STYLE: HouseStyle = { fontFamily: 'Liberation Sans', bodySizePt: 11, accentColour: '#12395B' };

const text = (words: string, marks: { isBold?: boolean; isItalic?: boolean } = {}): Inline => ({ type: 'text', text: words, ...marks });
const paragraph = (words: string, extra: Partial<Extract<Block, { type: 'paragraph' }>> = {}): Block => ({ type: 'paragraph', content: [text(words)], ...extra });
const cell = (words: string): { content: Block[] } => ({ content: [paragraph(words)] });

/** A sentence of invented report prose, varied by a seed so pages do not repeat exactly. */
export function prose(seed: number, sentences = 6): string {
  const subjects = ['The service', 'The partnership', 'The quality assurance team', 'Each locality', 'The improvement board', 'Frontline managers'];
  const verbs = ['has reviewed', 'continues to strengthen', 'now reports monthly on', 'has agreed targets for', 'has audited', 'tracks'];
  const objects = ['the timeliness of assessments', 'supervision of practitioners', 'plans for children in care', 'the response to missing episodes', 'caseload sizes', 'the voice of the child in records'];
  return Array.from({ length: sentences }, (_, index) => {
    const at = seed * 7 + index;
    return `${subjects[at % subjects.length] ?? ''} ${verbs[(at * 5) % verbs.length] ?? ''} ${objects[(at * 11) % objects.length] ?? ''}.`;
  }).join(' ');
}

/** A table with header rows and enough body rows to run over a page break. */
export function longTable(rows: number, caption = 'Actions and progress'): Block {
  const body: TableRow[] = Array.from({ length: rows }, (_, index) => ({
    cells: [cell(`Action ${index + 1}`), { content: [paragraph(prose(index, 2))] }, cell(index % 3 === 0 ? 'Green' : 'Amber')],
  }));
  return {
    type: 'table',
    caption,
    columnWidths: [0.2, 0.6, 0.2],
    headerRows: [{ cells: [cell('Action'), cell('Progress'), cell('Rating')] }],
    rows: body,
  };
}

/** A report of `sections` numbered sections, each with numbered paragraphs, a clause and a list. */
export function reportBlocks(sections: number, paragraphsPerSection: number, seed = 0): Block[] {
  const blocks: Block[] = [];
  for (let section = 1; section <= sections; section += 1) {
    blocks.push({ type: 'heading', level: 2, numbering: 0, content: [text(`Section heading ${section + seed}`)] });
    for (let index = 0; index < paragraphsPerSection; index += 1) {
      blocks.push(paragraph(prose(section * 31 + index + seed), { numbering: 1 }));
      if (index === 1) blocks.push(paragraph(prose(section + index + seed, 2), { numbering: 2 }));
    }
    blocks.push({
      type: 'list',
      isOrdered: section % 2 === 0,
      items: [[paragraph('First point to note')], [paragraph('Second point to note'), { type: 'list', isOrdered: true, items: [[paragraph('A nested point')]] }], [paragraph('Third point to note')]],
    });
  }
  return blocks;
}

/** The anchors of the test pack's parts. */
export const ANCHORS = {
  reportStart: 'item_2_start',
  reportEnd: 'item_2_end',
  annexStart: 'item_3_start',
  annexEnd: 'item_3_end',
} as const;

/** Part 1: a front sheet listing the other parts with their page ranges. */
export function frontSheet(): DocumentModel {
  return {
    info: { title: 'Agenda – Improvement Subgroup', subject: 'Improvement Subgroup, 1 December 2026', author: 'Example Borough Council' },
    blocks: [
      { type: 'paragraph', style: 'title', content: [text('Improvement Subgroup')] },
      { type: 'paragraph', style: 'subtitle', content: [text('Tuesday, 1 December 2026 at 10.00 am')] },
      { type: 'keyValue', rows: [{ key: 'Venue', value: [paragraph('Committee Room 2, Town Hall')] }, { key: 'Contact', value: [paragraph('Dana Whitlock, Scrutiny Officer')] }] },
      { type: 'rule' },
      { type: 'heading', level: 1, content: [text('Agenda')] },
      {
        type: 'paragraph',
        content: [text('Report: '), { type: 'link', anchor: ANCHORS.reportStart, content: [{ type: 'text', text: 'Progress report' }] }, text(' pages '), { type: 'pageRange', from: ANCHORS.reportStart, to: ANCHORS.reportEnd }],
      },
      { type: 'paragraph', content: [text('Annex pages '), { type: 'pageRange', from: ANCHORS.annexStart, to: ANCHORS.annexEnd }] },
      { type: 'paragraph', content: [text('Annex first page '), { type: 'pageRange', from: ANCHORS.annexStart, to: ANCHORS.annexStart }] },
      { type: 'toFollow', title: 'Care leavers’ accommodation' },
      { type: 'paragraph', style: 'small', content: [text('Published at '), { type: 'link', href: 'https://example.org/agendas?meeting=1&edition=public', content: [{ type: 'text', text: 'example.org' }] }] },
    ],
  };
}

/** Part 2: a numbered report over several pages, ending with a paragraph and its end anchor. */
export function progressReport(): DocumentModel {
  return {
    info: { title: 'Progress report', subject: 'Improvement Subgroup, 1 December 2026', author: 'Example Borough Council' },
    blocks: [
      { type: 'anchor', name: ANCHORS.reportStart },
      { type: 'heading', level: 1, content: [text('Progress report')] },
      ...reportBlocks(4, 5),
      longTable(12),
      paragraph('End of the progress report.'),
      { type: 'anchor', name: ANCHORS.reportEnd },
    ],
  };
}

/** Part 3: an exempt annex that ends with a table, so its end anchor has no paragraph after it. */
export function exemptAnnex(): DocumentModel {
  return {
    info: { title: 'Annex', subject: 'Improvement Subgroup', author: 'Example Borough Council', notForPublication: 'by virtue of paragraph 2 of Part 1 of Schedule 12A' },
    blocks: [
      { type: 'anchor', name: ANCHORS.annexStart },
      { type: 'heading', level: 1, anchor: 'annex_heading', content: [text('Annex: case audit')] },
      ...reportBlocks(3, 4, 100),
      longTable(30, 'Audit findings'),
      { type: 'anchor', name: ANCHORS.annexEnd },
    ],
  };
}

/** Numbers that start below the top level, skip a level, and restart: labels "0.1", "1.0.1" and so on. */
export const IRREGULAR_NUMBERING: Block[] = [
  paragraph('Opening clause before any section', { numbering: 1 }),
  paragraph('Sub-clause before any section', { numbering: 2 }),
  { type: 'heading', level: 2, numbering: 0, content: [text('First numbered section')] },
  paragraph('Clause that skips a level', { numbering: 2 }),
  paragraph('Ordinary clause', { numbering: 1 }),
  paragraph('Its sub-clause', { numbering: 2 }),
  { type: 'heading', level: 2, numbering: 0, content: [text('Second numbered section')] },
  paragraph('Clause of the second section', { numbering: 1 }),
];

/**
 * A document built from everything a careless builder or a pasted document
 * could hand the renderer. The casts stand for data from outside the type
 * system (an older model, user input).
 */
export function awkwardDocument(): DocumentModel {
  const controls = 'Control\u0000chars\u0007here\u000B\u000C\u001F and a lone \uD800 surrogate \uDC00 end';
  const longWord = 'x'.repeat(3_000);
  return {
    info: { title: 'Awkward & <odd> \u0001 title', subject: 'Tests', author: 'Example & Co', notForPublication: '<b>exempt</b> & \u0002 secret' },
    blocks: [
      { type: 'pageBreak' },
      { type: 'anchor', name: 'dup_anchor' },
      { type: 'anchor', name: 'dup_anchor' },
      { type: 'anchor', name: 'not a valid name!' },
      ...IRREGULAR_NUMBERING,
      paragraph(controls),
      paragraph(`Long word: ${longWord}`),
      paragraph('Line one\nLine two\r\nLine three\tafter a tab'),
      {
        type: 'paragraph',
        anchor: 'dup_anchor',
        content: [
          { type: 'link', href: 'javascript:alert(1)', content: [{ type: 'text', text: 'script link' }] },
          { type: 'link', anchor: 'no such place!', content: [{ type: 'text', text: ' bad anchor link' }] },
          { type: 'pageRange', from: 'bad name', to: '' },
          { type: 'link', content: [] },
        ],
      },
      { type: 'heading', level: 7 as 1, content: [text('Heading of an unknown level')] },
      { type: 'paragraph', style: 'weird' as 'body', align: 'middle' as 'left', content: [text('Paragraph of an unknown style')] },
      { type: 'table', columnWidths: [Number.NaN, -1], headerRows: [], rows: [] },
      {
        type: 'table',
        caption: 'Ragged \u0003 table',
        columnWidths: [Number.NaN, -1],
        headerRows: [{ cells: [cell('Only header cell')] }],
        rows: [
          { cells: [cell('a'), cell('b'), cell('c'), { content: [paragraph(longWord)], columnSpan: 99 }] },
          { cells: [] },
          { cells: [{ content: [] }, { content: [{ type: 'list', isOrdered: true, items: [[paragraph('in a cell')], []] }] }] },
          { cells: [{ content: [longTable(2, 'Nested table')] }, { content: [{ type: 'pageBreak' }, { type: 'anchor', name: 'in_cell' }] }] },
        ],
      },
      { type: 'keyValue', rows: [] },
      { type: 'keyValue', rows: [{ key: 'Key <&>', value: [] }] },
      { type: 'image', data: new Uint8Array([1, 2, 3]), mediaType: 'image/png', alt: 'Not really a picture', widthMm: 20, heightMm: 20 },
      { type: 'image', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), mediaType: 'image/png', alt: 'Picture with no size', widthMm: 0, heightMm: Number.NaN },
      { type: 'list', isOrdered: false, items: [[], [longTable(1, 'Table as a list item')], [deepList(12)]] },
      { type: 'toFollow', title: '' },
      { type: 'rule' },
      { type: 'pageBreak' },
      { type: 'pageBreak' },
    ],
  };
}

function deepList(depth: number): Block {
  const item: Block[] = [paragraph(`Depth ${depth}`)];
  if (depth > 0) item.push(deepList(depth - 1));
  return { type: 'list', isOrdered: depth % 2 === 0, items: [item] };
}

/** About 300 pages (302 in LibreOffice): a front sheet and 30 reports of numbered paragraphs, lists and a long table. */
export function largePack(): { model: DocumentModel; startsOnOddPage: boolean }[] {
  const reports = Array.from({ length: 30 }, (_, index) => ({
    model: {
      info: { title: `Report ${index + 1}`, subject: 'Large pack', author: 'Example Borough Council' },
      blocks: [
        { type: 'anchor', name: `item_${index + 1}_start` },
        { type: 'heading', level: 1, content: [text(`Report ${index + 1}`)] },
        ...reportBlocks(10, 5, index * 13),
        longTable(30),
        { type: 'anchor', name: `item_${index + 1}_end` },
      ] satisfies Block[],
    },
    startsOnOddPage: true,
  }));
  const agenda: Block[] = reports.map((_, index) => ({
    type: 'paragraph',
    content: [text(`Item ${index + 1}: pages `), { type: 'pageRange', from: `item_${index + 1}_start`, to: `item_${index + 1}_end` }],
  }));
  const title: Block = { type: 'paragraph', style: 'title', content: [text('Large pack')] };
  return [{ model: { info: frontSheet().info, blocks: [title, ...agenda] }, startsOnOddPage: false }, ...reports];
}
