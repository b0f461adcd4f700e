import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_AN_INSPECTION, parseInspection } from '../../../electron/core/import/parser/index';
import type { SourceLine, SourceText } from '../../../electron/core/import/source-text';
import type { ParsedInspection, SourceRef } from '../../../shared/api/methods/imports';
import { asPrintedPages } from './printed-pages';
import { sourceOf } from './source-of';
import { hasSeeds, seedText } from '../../helpers/seeds';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');

const seed = seedText;
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const found = <T>(value: T, page: number, line: number) => ({ value, source: { page, line } });
const notFound = { value: null, source: null };
const at = (page: number, line: number): SourceRef => ({ page, line });

/** The seed's own numbered list under its "Recommendations" heading, read line by line: the oracle. */
function listedRecommendations(text: string): string[] {
  const lines = text.split('\n');
  const items: string[] = [];
  for (const line of lines.slice(lines.indexOf('Recommendations') + 1)) {
    const item = /^\d+\. (.*)$/.exec(line);
    if (item?.[1] !== undefined) items.push(item[1]);
    else if (items.length > 0 && line.trim() !== '') break;
  }
  return items;
}

/** The source line a reference points at. */
function lineAt(source: SourceText, ref: SourceRef | null | undefined): SourceLine | undefined {
  return source.lines.find((line) => ref != null && line.page === ref.page && line.line === ref.line);
}

const SEED_JUDGEMENTS = [
  { ref: '1', area: 'Children who need help and protection', grade: 'requires_improvement' },
  { ref: '2', area: 'Children looked after and achieving permanence', grade: 'requires_improvement' },
  { ref: '2.1', area: 'Adoption performance', grade: 'good' },
  { ref: '2.2', area: 'Experiences and progress of care leavers', grade: 'requires_improvement' },
  { ref: '3', area: 'Leadership, management and governance', grade: 'good' },
];

const withoutSources = (parsed: ParsedInspection) => ({
  judgements: parsed.judgements.map(({ ref, area, grade }) => ({ ref, area, grade })),
  recommendations: parsed.recommendations.map(({ number, text }) => ({ number, text })),
});

describe.skipIf(!hasSeeds)('the SIF seed (a re-inspection report as text)', () => {
  const text = seed('ofsted-sif-2017-manchester.txt');
  const source = sourceOf(text);
  const parsed = parseInspection(source);

  it('reads the title block, each field from its own line', () => {
    expect(parsed.localAuthority).toEqual(found('Manchester City Council', 1, 3));
    expect(parsed.title).toEqual(
      found('Re-inspection of services for children in need of help and protection, children looked after and care leavers', 1, 5),
    );
    expect(parsed.inspectionStart).toEqual(found('2017-10-09', 1, 7));
    expect(parsed.inspectionEnd).toEqual(found('2017-11-02', 1, 7));
    expect(parsed.published).toEqual(found('2017-12-21', 1, 9));
    expect(parsed.leadInspector).toEqual(found('Brenda McLaughlin', 1, 286));
    expect(parsed.framework).toEqual(found('SIF', 1, 12));
    expect(parsed.overall).toEqual(found('requires_improvement', 1, 11));
    expect(parsed.warnings).toEqual([]);
  });

  it('gives the five graded judgements of the table (the overall line heads it), with their lines', () => {
    expect(withoutSources(parsed).judgements).toEqual(SEED_JUDGEMENTS);
    expect(parsed.judgements.map((judgement) => judgement.source)).toEqual([at(1, 12), at(1, 13), at(1, 14), at(1, 15), at(1, 16)]);
  });

  it('gives the twelve recommendations, whole and numbered, each from the line it starts on', () => {
    const expected = listedRecommendations(text);
    expect(expected).toHaveLength(12);
    expect(parsed.recommendations.map((recommendation) => recommendation.text)).toEqual(expected);
    expect(parsed.recommendations.map((recommendation) => recommendation.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const recommendation of parsed.recommendations) {
      expect(lineAt(source, recommendation.source)?.text).toBe(recommendation.text);
    }
    expect(parsed.recommendations[0]?.source).toEqual(at(1, 122));
  });

  it('has no evidence paragraphs, as the seed has none marked "(Recommendation)"', () => {
    expect(parsed.evidence).toEqual([]);
  });
});

describe.skipIf(!hasSeeds)('the board report that carries the same inspection as its appendix', () => {
  const sif = parseInspection(sourceOf(seed('ofsted-sif-2017-manchester.txt')));
  const source = sourceOf(seed('board-report-for-resolution-2018.txt'));
  const parsed = parseInspection(source);

  it('gives the same judgements and the same twelve recommendations, word for word', () => {
    expect(withoutSources(parsed)).toEqual(withoutSources(sif));
    expect(parsed.recommendations).toHaveLength(12);
  });

  it('takes them from the appendix, not from the board’s own recommendations or its summary table', () => {
    expect(parsed.recommendations[0]?.source).toEqual(at(1, 253));
    expect(parsed.judgements[0]?.source).toEqual(at(1, 143));
    expect(parsed.recommendations.some((recommendation) => /\bBoard\b|appendix 1/i.test(recommendation.text))).toBe(false);
  });

  it('without its appendix, still gives the twelve from the list after its summary table, joined across the break in 6', () => {
    const text = seed('board-report-for-resolution-2018.txt');
    const coverText = text.slice(0, text.indexOf('\nManchester City Council\n\nRe-inspection'));
    const cover = sourceOf(coverText);
    const alone = parseInspection(cover);
    expect(withoutSources(alone).recommendations).toEqual(withoutSources(sif).recommendations);
    expect(lineAt(cover, alone.recommendations[5]?.source)?.text).toMatch(/and ensure$/);
    // Its summary table has no numbers: the areas are numbered in order.
    expect(withoutSources(alone).judgements).toEqual(SEED_JUDGEMENTS.map((judgement, index) => ({ ...judgement, ref: String(index + 1) })));
    expect(alone.overall.value).toBe('requires_improvement');
    expect(alone.inspectionStart.value).toBe('2017-10-09');
    expect(alone.warnings).toContain('The lead inspector was not found: enter the name by hand.');
    expect(alone.warnings).toContain('The inspection dates were read from a sentence (page 1, line 7), not from an "Inspection dates" line: check them.');
  });

  it('reads the appendix’s title block and raises nothing', () => {
    expect(parsed.localAuthority).toEqual(found('Manchester City Council', 1, 134));
    expect(parsed.inspectionStart.value).toBe('2017-10-09');
    expect(parsed.published.value).toBe('2017-12-21');
    expect(parsed.overall).toEqual(found('requires_improvement', 1, 142));
    expect(parsed.framework.value).toBe('SIF');
    expect(parsed.warnings).toEqual([]);
  });
});

describe.skipIf(!hasSeeds)('the seeds as other readers hand them over', () => {
  const sif = withoutSources(parseInspection(sourceOf(seed('ofsted-sif-2017-manchester.txt'))));

  for (const name of ['ofsted-sif-2017-manchester.txt', 'board-report-for-resolution-2018.txt']) {
    it(`${name}: without blank lines, and with table cells run together`, () => {
      expect(withoutSources(parseInspection(sourceOf(seed(name), { dropBlankLines: true })))).toEqual(sif);
      expect(withoutSources(parseInspection(sourceOf(seed(name).replace(/\t+/g, ' '))))).toEqual(sif);
    });

    for (const width of [60, 75, 92, 101]) {
      it(`${name}: as printed pages ${String(width)} characters wide, with running heads and page numbers`, () => {
        const printed = parseInspection(sourceOf(asPrintedPages(seed(name), { width, runningHead: 'Ofsted re-inspection: Manchester' })));
        expect(withoutSources(printed)).toEqual(sif);
        expect(printed.overall.value).toBe('requires_improvement');
        // Only page breaks inside a recommendation are worth a warning.
        for (const warning of printed.warnings) expect(warning).toMatch(/^Recommendation \d+ runs across a page break/);
      });
    }
  }
});

describe('reports in layouts the seeds do not show (invented councils)', () => {
  it('ILACS 2018–2022: a Judgement/Grade table and unpunctuated bullets under a question heading', () => {
    const parsed = parseInspection(sourceOf(fixture('ilacs-2019-wexcombe.txt')));
    expect(parsed).toEqual({
      localAuthority: found('Wexcombe', 1, 1),
      title: found("Inspection of Wexcombe local authority children's services", 1, 1),
      framework: found('ILACS', 1, 11),
      inspectionStart: found('2019-03-11', 1, 3),
      inspectionEnd: found('2019-03-22', 1, 3),
      published: notFound,
      leadInspector: found('Harriet Quill', 1, 5),
      overall: found('requires_improvement', 1, 11),
      judgements: [
        { ref: '1', area: 'The impact of leaders on social work practice with children and families', grade: 'requires_improvement', source: at(1, 8) },
        { ref: '2', area: 'The experiences and progress of children who need help and protection', grade: 'good', source: at(1, 9) },
        { ref: '3', area: 'The experiences and progress of children in care and care leavers', grade: 'requires_improvement', source: at(1, 10) },
      ],
      recommendations: [
        {
          number: 1,
          text: 'The timeliness and quality of permanence planning for children in care, including the use of family group conferences before proceedings',
          source: at(1, 19),
        },
        { number: 2, text: 'The consistency of supervision, so that it challenges drift and records why decisions are made', source: at(1, 20) },
        {
          number: 3,
          text: 'The range of homes available to older children in care, including those who need to live close to their schools',
          source: at(1, 21),
        },
        { number: 4, text: 'The accuracy of performance information used by managers to check the progress of plans for care leavers', source: at(1, 22) },
      ],
      evidence: [],
      warnings: [
        'The publication date is not stated in the report: add it if you know it.',
        'Further points are listed under "What needs to improve in this area of social work practice" (page 2, line 10); they were not taken as recommendations: add any that are.',
      ],
    });
  });

  it('ILACS 2023+: a Markdown table with a care leavers row, numbered points wrapped with their cross-references', () => {
    const parsed = parseInspection(sourceOf(fixture('ilacs-2024-harrowfield.txt')));
    expect(parsed).toEqual({
      localAuthority: found('Harrowfield', 1, 1),
      title: found('Inspection of Harrowfield local authority children’s services', 1, 1),
      framework: found('ILACS', 1, 13),
      inspectionStart: found('2024-01-29', 1, 3),
      inspectionEnd: found('2024-02-09', 1, 3),
      published: found('2024-04-04', 1, 5),
      leadInspector: found('Tomasz Brennan', 1, 4),
      overall: found('requires_improvement', 1, 13),
      judgements: [
        { ref: '1', area: 'The impact of leaders on social work practice with children and families', grade: 'good', source: at(1, 9) },
        { ref: '2', area: 'The experiences and progress of children who need help and protection', grade: 'good', source: at(1, 10) },
        { ref: '3', area: 'The experiences and progress of children in care', grade: 'requires_improvement', source: at(1, 11) },
        { ref: '4', area: 'The experiences and progress of care leavers', grade: 'inadequate', source: at(1, 12) },
      ],
      recommendations: [
        {
          number: 1,
          text: 'The quality of pathway plans for care leavers, so that each young person knows who will help them with housing, money and health after they turn 18. (Paragraphs 41, 44 and 47)',
          source: at(1, 19),
        },
        {
          number: 2,
          text: 'The sufficiency of suitable homes for care leavers aged 18 to 21, including emergency accommodation that is safe. (Paragraph 45)',
          source: at(1, 22),
        },
        {
          number: 3,
          text: 'Oversight by managers of children in care who live more than 20 miles from Harrowfield, and the frequency of their social workers’ visits. (Paragraphs 33 and 36)',
          source: at(1, 24),
        },
        { number: 4, text: 'The use of children’s views to shape their care plans and reviews. (Paragraph 30)', source: at(1, 27) },
      ],
      evidence: [],
      warnings: [],
    });
  });

  it('SIF re-inspection: sub-judgements, an inadequate overall sentence, items split by pages, running heads and hyphens', () => {
    const parsed = parseInspection(sourceOf(fixture('sif-reinspection-2017-dunmore.txt')));
    expect(parsed).toEqual({
      localAuthority: found('Dunmore Metropolitan Borough Council', 1, 1),
      title: found('Re-inspection of services for children in need of help and protection, children looked after and care leavers', 1, 3),
      framework: found('SIF', 1, 11),
      inspectionStart: found('2017-10-16', 1, 6),
      inspectionEnd: found('2017-11-09', 1, 6),
      published: found('2018-01-12', 1, 8),
      leadInspector: found('Rosalind Achebe-Hart', 4, 12),
      overall: found('inadequate', 1, 10),
      judgements: [
        { ref: '1', area: 'Children who need help and protection', grade: 'inadequate', source: at(1, 11) },
        { ref: '2', area: 'Children looked after and achieving permanence', grade: 'requires_improvement', source: at(1, 12) },
        { ref: '2.1', area: 'Adoption performance', grade: 'good', source: at(1, 13) },
        { ref: '2.2', area: 'Experiences and progress of care leavers', grade: 'requires_improvement', source: at(1, 14) },
        { ref: '3', area: 'Leadership, management and governance', grade: 'inadequate', source: at(1, 15) },
      ],
      recommendations: [
        {
          number: 1,
          text: 'Ensure that every child referred with a safeguarding concern is seen and assessed within timescales that match the risk to them, and that managers record why any delay was accepted.',
          source: at(2, 5),
        },
        {
          number: 2,
          text: 'Improve the quality of child protection plans so that each one sets out what must change, by when, and who will check that it has.',
          source: at(2, 8),
        },
        {
          number: 3,
          text: 'Make sure that strategy discussions include the police, health services and the referring agency, and that their decisions are recorded the same day.',
          source: at(2, 10),
        },
        {
          number: 4,
          text: 'Improve the quality and timeliness of return home interviews for children who go missing, so that what children say is recorded, analysed and used to reduce the risks that they face. Share the learning from these interviews through the multi-agency exploitation panel and the termly review of high-risk cases.',
          source: at(2, 12),
        },
        {
          number: 5,
          text: 'Ensure that care plans are reviewed on time and that the views of children and their parents are recorded before each review, with clear reasons for any change of plan and a timetable for the next steps that children can understand and challenge.',
          source: at(3, 4),
        },
        {
          number: 6,
          text: 'Increase the number of children looked after who have an independent visitor or an advocate, and monitor the take-up of both services through the corporate parenting',
          source: at(3, 7),
        },
        { number: 7, text: 'Strengthen the assessments of connected carers so that children are placed only where the risks are understood.', source: at(3, 9) },
      ],
      evidence: [
        {
          text: 'Too many children wait too long for an assessment. In the sample seen by inspectors, a third of assessments had taken longer than 45 working days, and in some of these cases the risks to children had increased while they waited.',
          source: at(4, 5),
        },
      ],
      warnings: [
        'Recommendation 4 runs across a page break (pages 2–3): check its text is complete.',
        'Recommendation 6 may be cut: its text stops mid-sentence (page 3, line 8).',
      ],
    });
  });
});

describe('documents that are not inspection reports', () => {
  it('a council letter: nothing found, one clear warning', () => {
    const parsed = parseInspection(sourceOf(fixture('letter-not-a-report.txt')));
    expect(parsed.warnings).toEqual([NOT_AN_INSPECTION]);
    expect(parsed.judgements).toEqual([]);
    expect(parsed.recommendations).toEqual([]);
    for (const field of [parsed.title, parsed.framework, parsed.inspectionStart, parsed.inspectionEnd, parsed.leadInspector, parsed.overall]) {
      expect(field).toEqual(notFound);
    }
  });

  it('minutes with a list headed "Recommendations": the list is shown, with a warning that this is no report', () => {
    const parsed = parseInspection(sourceOf(fixture('minutes-not-a-report.txt')));
    expect(parsed.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'Note the annual report of the virtual school.',
      'Ask the head of the virtual school to report on attendance again in December 2022.',
    ]);
    expect(parsed.judgements).toEqual([]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toMatch(/^This does not look like an Ofsted inspection report: no judgements or inspection dates were found, only a list under "Recommendations"/);
  });

  it('an empty document', () => {
    const parsed = parseInspection({ format: 'pdf', pageCount: 1, lines: [], warnings: [] });
    expect(parsed.warnings).toEqual([NOT_AN_INSPECTION]);
  });
});

describe.skipIf(!hasSeeds)('a long report', () => {
  it('finds the same twelve recommendations when the SIF seed is printed as 40 narrow pages with running heads', () => {
    const source = sourceOf(asPrintedPages(seed('ofsted-sif-2017-manchester.txt'), { width: 48, linesPerPage: 38 }));
    expect(source.pageCount).toBeGreaterThanOrEqual(40);
    expect(parseInspection(source).recommendations).toHaveLength(12);
  });
});
