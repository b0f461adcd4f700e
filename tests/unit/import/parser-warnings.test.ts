// Short invented reports, each missing or bending one thing: what the parser
// leaves empty, and what it tells the officer to check.
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../electron/core/import/parser/index';
import type { SourceLine } from '../../../electron/core/import/source-text';
import { sourceOf } from './source-of';

const TABLE = [
  'Judgement\tGrade',
  'The impact of leaders on social work practice with children and families\tGood',
  'The experiences and progress of children who need help and protection\tRequires improvement to be good',
  'The experiences and progress of children in care and care leavers\tGood',
  'Overall effectiveness\tGood',
].join('\n');

const parse = (text: string) => parseInspection(sourceOf(text));

describe('fields that are missing are empty and flagged, never guessed', () => {
  const parsed = parse(`Inspection of Eastmoor local authority children's services\n\n${TABLE}\n\nWhat needs to improve?\n\n- The quality of plans for children in need.\n`);

  it('keeps what is there', () => {
    expect(parsed.localAuthority.value).toBe('Eastmoor');
    expect(parsed.framework.value).toBe('ILACS');
    expect(parsed.overall.value).toBe('good');
    expect(parsed.recommendations.map((recommendation) => recommendation.text)).toEqual(['The quality of plans for children in need.']);
  });

  it('leaves dates, publication and lead inspector null with a warning each', () => {
    for (const field of [parsed.inspectionStart, parsed.inspectionEnd, parsed.published, parsed.leadInspector]) {
      expect(field).toEqual({ value: null, source: null });
    }
    expect(parsed.warnings).toEqual([
      'The inspection dates were not found: enter them by hand.',
      'The publication date is not stated in the report: add it if you know it.',
      'The lead inspector was not found: enter the name by hand.',
    ]);
  });

  it('says when there is no judgement table, and so no overall grade', () => {
    const noTable = parse('Inspection of Eastmoor local authority children’s services\nInspection dates: 6 to 17 May 2019\n\nWhat needs to improve?\n\n- Plans.\n');
    expect(noTable.judgements).toEqual([]);
    expect(noTable.overall).toEqual({ value: null, source: null });
    expect(noTable.warnings).toContain('The judgement table was not found: add the judgements by hand.');
    expect(noTable.warnings).toContain('The overall effectiveness grade was not found: choose it by hand.');
    // Its dates and title still tell the framework.
    expect(noTable.framework).toEqual({ value: 'ILACS', source: { page: 1, line: 1 } });
  });

  it('says when there are no recommendations', () => {
    const noList = parse(`Inspection of Eastmoor local authority children's services\nInspection dates: 6 to 17 May 2019\n\n${TABLE}\n\nMain findings\n\nLeaders know their service well.\n`);
    expect(noList.recommendations).toEqual([]);
    expect(noList.warnings).toContain(
      'No recommendations were found (no numbered or bulleted list under a heading such as "Recommendations" or "What needs to improve"): add them by hand.',
    );
  });
});

describe('warnings about what was found', () => {
  it('recommendation numbers that skip', () => {
    const parsed = parse('Inspection dates: 6 to 17 May 2019\n\nRecommendations\n\n1. Do one thing.\n2. Do another.\n4. Do a fourth.\n\nSummary\n');
    expect(parsed.recommendations.map((recommendation) => recommendation.number)).toEqual([1, 2, 4]);
    expect(parsed.warnings).toContain('The recommendation numbers are not consecutive (1, 2, 4): check for a missing or misread recommendation.');
  });

  it('dates that cannot be read', () => {
    const parsed = parse(`Inspection of Eastmoor local authority children's services\nInspection dates: 31 to 33 March 2023\n\n${TABLE}\n`);
    expect(parsed.inspectionStart).toEqual({ value: null, source: null });
    expect(parsed.warnings).toContain('The inspection dates "31 to 33 March 2023" (page 1, line 2) could not be read as dates: enter them by hand.');
    expect(parsed.warnings).not.toContain('The inspection dates were not found: enter them by hand.');
    const unpublished = parse(`Inspection dates: 6 to 17 May 2019\nPublished: to follow\n\n${TABLE}\n`);
    expect(unpublished.warnings).toContain('The publication date "to follow" (page 1, line 2) could not be read as a date: enter it by hand.');
  });

  it('an overall row that differs from the sentence above the table', () => {
    const parsed = parse(`Inspection dates: 6 to 17 May 2019\n\nChildren’s services in Eastmoor are inadequate\n${TABLE}\n`);
    expect(parsed.overall).toEqual({ value: 'good', source: { page: 1, line: 8 } });
    expect(parsed.warnings).toContain(
      'The overall grade in the judgement table (good, page 1, line 8) differs from the sentence above it (inadequate, page 1, line 3): check which is right.',
    );
  });

  it('an overall grade outside the range of the table', () => {
    const parsed = parse(`Inspection dates: 6 to 17 May 2019\n\n${TABLE.replace(/\tGood$/gm, '\tInadequate').replace('Overall effectiveness\tInadequate', 'Overall effectiveness\tOutstanding')}\n`);
    expect(parsed.overall.value).toBe('outstanding');
    expect(parsed.warnings).toContain(
      'The overall grade (outstanding, page 1, line 7) disagrees with the judgement table, whose grades run from requires improvement to be good to inadequate: check it.',
    );
  });

  it('a list with no bullets or numbers: each paragraph one item, and a warning', () => {
    const parsed = parse(`Inspection dates: 6 to 17 May 2019\n\n${TABLE}\n\nAreas for improvement\n\nThe timeliness of assessments.\n\nThe quality of supervision.\n\nMain findings\n\n1. Leaders know their service.\n`);
    expect(parsed.recommendations.map((recommendation) => recommendation.text)).toEqual(['The timeliness of assessments.', 'The quality of supervision.']);
    expect(parsed.warnings).toContain('The points under "Areas for improvement" (page 1) have no bullets or numbers: check where each recommendation starts and ends.');
  });
});

describe('layouts of other readers and reports', () => {
  it('a Word file: headings and list markers from styles, a running foot the reader marked, no blank lines', () => {
    const lines: SourceLine[] = [
      { page: 1, line: 1, text: 'Inspection of Northfold local authority children’s services', headingLevel: 1 },
      { page: 1, line: 2, text: 'Inspection dates: 28 November to 9 December 2022' },
      { page: 1, line: 3, text: 'Lead inspector: Ayesha Lomax, His Majesty’s Inspector' },
      { page: 1, line: 4, text: 'Judgement\tGrade', cells: ['Judgement', 'Grade'], isBold: true },
      { page: 1, line: 5, text: 'The impact of leaders\tInadequate', cells: ['The impact of leaders', 'Inadequate'] },
      { page: 1, line: 6, text: 'Help and protection\tInadequate', cells: ['Help and protection', 'Inadequate'] },
      { page: 1, line: 7, text: 'Overall effectiveness\tInadequate', cells: ['Overall effectiveness', 'Inadequate'] },
      { page: 1, line: 8, text: 'What needs to improve', headingLevel: 2 },
      { page: 1, line: 9, text: 'The response to children at risk of exploitation, including', listMarker: '1.' },
      { page: 1, line: 10, text: 'Northfold children’s services inspection 2022', isFurniture: true },
      { page: 2, line: 1, text: 'those missing from education. (Paragraph 12)' },
      { page: 2, line: 2, text: 'Management oversight in the front door:', listMarker: '2.' },
      { page: 2, line: 3, text: 'its timeliness', listMarker: '•' },
      { page: 2, line: 4, text: 'its recording.', listMarker: '•' },
      { page: 2, line: 5, text: 'Main findings', headingLevel: 2 },
      { page: 2, line: 6, text: 'Leaders have not acted quickly enough.', listMarker: '1.' },
    ];
    const parsed = parseInspection({ format: 'docx', pageCount: 2, lines, warnings: [] });
    expect(parsed.inspectionStart.value).toBe('2022-11-28');
    expect(parsed.inspectionEnd.value).toBe('2022-12-09');
    expect(parsed.leadInspector).toEqual({ value: 'Ayesha Lomax', source: { page: 1, line: 3 } });
    expect(parsed.overall.value).toBe('inadequate');
    expect(parsed.judgements.map((judgement) => [judgement.ref, judgement.area])).toEqual([
      ['1', 'The impact of leaders'],
      ['2', 'Help and protection'],
    ]);
    expect(parsed.recommendations).toEqual([
      {
        number: 1,
        text: 'The response to children at risk of exploitation, including those missing from education. (Paragraph 12)',
        source: { page: 1, line: 9 },
      },
      { number: 2, text: 'Management oversight in the front door: its timeliness its recording.', source: { page: 2, line: 2 } },
    ]);
    expect(parsed.warnings).toContain('Recommendation 1 runs across a page break (pages 1–2): check its text is complete.');
  });

  it('a PDF reader that left the bullets in the text, and a table row whose area wrapped', () => {
    const lines: SourceLine[] = [
      { page: 1, line: 1, text: 'Inspection dates: 3 to 14 July 2023' },
      { page: 1, line: 2, text: 'The experiences and progress of children who need help and' },
      { page: 1, line: 3, text: 'protection\tGood', cells: ['protection', 'Good'] },
      { page: 1, line: 4, text: 'The experiences and progress of care leavers\tGood', cells: ['The experiences and progress of care leavers', 'Good'] },
      { page: 1, line: 5, text: 'Overall effectiveness\tGood', cells: ['Overall effectiveness', 'Good'] },
      { page: 1, line: 6, text: 'What needs to improve?', isBold: true },
      { page: 1, line: 7, text: '• The sufficiency of homes for older children' },
      { page: 1, line: 8, text: '• Return home interviews for children who go missing' },
      { page: 1, line: 9, text: 'Main findings', isBold: true },
    ];
    const parsed = parseInspection({ format: 'pdf', pageCount: 1, lines, warnings: [] });
    expect(parsed.judgements.map((judgement) => judgement.area)).toEqual([
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of care leavers',
    ]);
    expect(parsed.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'The sufficiency of homes for older children',
      'Return home interviews for children who go missing',
    ]);
  });

  it('a PDF table whose cells wrapped: the overall sentence over two lines, a grade either side of its area', () => {
    const plain = (line: number, text: string, extra: Partial<SourceLine> = {}): SourceLine => ({ page: 1, line, text, ...extra });
    const row = (line: number, area: string, grade: string): SourceLine => ({ page: 1, line, text: `${area}\t${grade}`, cells: [area, grade] });
    const lines: SourceLine[] = [
      plain(1, 'Inspection dates: 3 to 14 July 2017'),
      plain(2, 'Children’s services in Kellbridge require'),
      plain(3, 'improvement to be good'),
      plain(4, 'Requires'),
      plain(5, 'Children who need help and protection', { listMarker: '1.' }),
      plain(6, 'improvement'),
      row(7, '2. Children looked after and achieving permanence', 'Good'),
      plain(8, '3. Leadership, management and governance'),
      plain(9, 'Good'),
    ];
    const parsed = parseInspection({ format: 'pdf', pageCount: 1, lines, warnings: [] });
    expect(parsed.judgements).toEqual([
      { ref: '1', area: 'Children who need help and protection', grade: 'requires_improvement', source: { page: 1, line: 5 } },
      { ref: '2', area: 'Children looked after and achieving permanence', grade: 'good', source: { page: 1, line: 7 } },
      { ref: '3', area: 'Leadership, management and governance', grade: 'good', source: { page: 1, line: 8 } },
    ]);
    expect(parsed.overall).toEqual({ value: 'requires_improvement', source: { page: 1, line: 2 } });
    expect(parsed.localAuthority).toEqual({ value: 'Kellbridge', source: { page: 1, line: 2 } });
  });

  it('a lead inspector who signs the report rather than being labelled', () => {
    const parsed = parse('Inspection dates: 3 to 14 July 2023\n\nYours sincerely\n\nMarguerite Osei\nHis Majesty’s Inspector\n');
    expect(parsed.leadInspector).toEqual({ value: 'Marguerite Osei', source: { page: 1, line: 5 } });
  });

  it('evidence: a wrapped paragraph ending "(Recommendation)", kept without the mark', () => {
    const parsed = parse(
      'Inspection dates: 3 to 14 July 2023\n\nMain findings\n\n12. Supervision is regular but rarely reflective, and\nmanagers do not record why plans change. (Recommendation)\n13. Visits are timely.\n',
    );
    expect(parsed.evidence).toEqual([
      { text: 'Supervision is regular but rarely reflective, and managers do not record why plans change.', source: { page: 1, line: 5 } },
    ]);
  });
});
