// Reads an Ofsted inspection of local authority children's services (SIF or
// ILACS) from the lines a reader produced. Pure and synchronous: every field
// comes with the page and line it was read from, or is null with a warning;
// nothing is guessed. Where a document carries a report inside another (a
// council report with the inspection as an appendix), the report proper
// starts at the title block above its inspection dates, and lists and tables
// from there on are preferred.
import type { ParsedInspection, SourceRef } from '../../../../shared/api/methods/imports';
import type { SourceText } from '../source-text';
import { findEvidence } from './evidence';
import { findFramework } from './framework';
import { findJudgementTables, type JudgementTable } from './judgements';
import { prepareLines, type Line } from './lines';
import { findInspectionDates, findLeadInspector, findLocalAuthority, findPublished, findTitle, titleBlock } from './metadata';
import { findOverall, judgementsOf } from './overall';
import { findRecommendationSections, recommendationsOf, type RecommendationSection } from './recommendations';

/** The warning for a document with none of an inspection report's parts. */
export const NOT_AN_INSPECTION =
  'This does not look like an Ofsted inspection report: no judgements, recommendations or inspection dates were found.';

function chooseTable(tables: JudgementTable[], regionStart: number): JudgementTable | null {
  const ranked = [...tables].sort(
    (a, b) =>
      Number(b.first.index >= regionStart) - Number(a.first.index >= regionStart) ||
      Number(b.isNumbered) - Number(a.isNumbered) ||
      b.rows.length - a.rows.length ||
      a.first.index - b.first.index,
  );
  return ranked[0] ?? null;
}

function chooseSection(sections: RecommendationSection[], regionStart: number, warnings: string[]): RecommendationSection | null {
  const inRegion = sections.filter((section) => section.heading.index >= regionStart);
  const pool = inRegion.length > 0 ? inRegion : sections;
  // Paragraphs under a heading count only when no heading has a real list under it.
  const marked = pool.filter((section) => !section.isUnmarked);
  const chosen = marked.find((section) => !section.isLeadIn) ?? marked[0] ?? pool[0] ?? null;
  for (const other of marked) {
    if (other === chosen) continue;
    warnings.push(
      `Further points are listed under "${other.heading.text.replace(/:$/, '')}" (page ${other.heading.page}, line ${other.heading.line}); they were not taken as recommendations: add any that are.`,
    );
  }
  return chosen;
}

/** Where the report proper starts: its title or authority line above the inspection dates, else the dates. */
function reportStart(lines: Line[], anchor: Line | null, refs: (SourceRef | null)[]): number {
  if (anchor === null) return 0;
  const indexes = refs.flatMap((ref) => {
    const line = ref === null ? undefined : lines.find((candidate) => candidate.page === ref.page && candidate.line === ref.line);
    return line !== undefined && line.index <= anchor.index ? [line.index] : [];
  });
  return Math.min(anchor.index, ...indexes);
}

/** Whether the result has any part of an inspection report (judgements, inspection dates, a lead inspector). */
export function looksLikeInspection(parsed: ParsedInspection): boolean {
  return parsed.judgements.length > 0 || parsed.inspectionStart.value !== null || parsed.leadInspector.value !== null;
}

/** Reads an inspection report's fields, judgements, recommendations and evidence from its source lines. */
export function parseInspection(source: SourceText): ParsedInspection {
  const lines = prepareLines(source);
  const warnings: string[] = [];
  const fieldWarnings: string[] = [];

  const dates = findInspectionDates(lines, warnings);
  const block = titleBlock(lines, dates.anchor);
  const title = findTitle(lines, block, dates.anchor !== null);
  const tables = findJudgementTables(lines);
  const blockStart = dates.anchor === null ? 0 : (block[0]?.index ?? dates.anchor.index);
  const localAuthority = findLocalAuthority(block, title, chooseTable(tables, blockStart)?.overallSentence?.line ?? null);
  const regionStart = reportStart(lines, dates.anchor, [title.source, localAuthority.source]);
  const region: Line[] = lines.slice(regionStart);
  const table = chooseTable(tables, regionStart);
  // Without dated title block, the report's lists follow its judgement table
  // (a cover report's own recommendations come before it).
  const listStart = dates.anchor === null && table !== null ? table.first.index : regionStart;
  const published = findPublished(region.length > 0 ? region : lines, warnings);
  const leadInspector = findLeadInspector(region);
  const framework = findFramework(table, title, dates.start, warnings);
  const overall = findOverall(table, region, warnings);
  const judgements = judgementsOf(table, warnings);
  const section = chooseSection(findRecommendationSections(lines), listStart, warnings);
  const recommendations = section === null ? [] : recommendationsOf(section, warnings);

  if (localAuthority.value === null) fieldWarnings.push('The local authority was not found: enter it by hand.');
  if (title.value === null) fieldWarnings.push('The report title was not found: enter it by hand.');
  if (framework.value === null) fieldWarnings.push('The inspection framework (SIF or ILACS) could not be told: choose it by hand.');
  if (dates.start.value === null && !warnings.some((warning) => warning.startsWith('The inspection dates'))) {
    fieldWarnings.push('The inspection dates were not found: enter them by hand.');
  }
  if (published.value === null) fieldWarnings.push('The publication date is not stated in the report: add it if you know it.');
  if (leadInspector.value === null) fieldWarnings.push('The lead inspector was not found: enter the name by hand.');
  if (overall.value === null) fieldWarnings.push('The overall effectiveness grade was not found: choose it by hand.');
  if (table === null) fieldWarnings.push('The judgement table was not found: add the judgements by hand.');
  if (section === null) {
    fieldWarnings.push('No recommendations were found (no numbered or bulleted list under a heading such as "Recommendations" or "What needs to improve"): add them by hand.');
  }

  const parsed: ParsedInspection = {
    localAuthority,
    title,
    framework,
    inspectionStart: dates.start,
    inspectionEnd: dates.end,
    published,
    leadInspector,
    overall,
    judgements,
    recommendations,
    evidence: findEvidence(lines),
    warnings: [...fieldWarnings, ...warnings],
  };
  if (!looksLikeInspection(parsed)) {
    parsed.warnings =
      recommendations.length === 0
        ? [NOT_AN_INSPECTION]
        : [
            `This does not look like an Ofsted inspection report: no judgements or inspection dates were found, only a list under "${section?.heading.text ?? ''}". Check you chose the right file before using these as recommendations.`,
          ];
  }
  return parsed;
}
