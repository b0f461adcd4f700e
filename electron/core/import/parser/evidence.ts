// Paragraphs that end "(Recommendation)": the report's own link from its
// findings to a recommendation, kept as evidence for the action plan.
import type { ParsedInspection } from '../../../../shared/api/methods/imports';
import { endsSentence, isHeadingAt, joinLines, refOf, stopsShort, typicalLineLength, type Line } from './lines';

const MARK = /\(\s*recommendations?\s*\)[.;]?$/i;

/** Every paragraph ending "(Recommendation)", its text without that mark, from where the paragraph starts. */
export function findEvidence(lines: Line[]): ParsedInspection['evidence'] {
  const evidence: ParsedInspection['evidence'] = [];
  const width = typicalLineLength(lines);
  for (const line of lines) {
    if (!MARK.test(line.text)) continue;
    // Back to the paragraph's start: its list marker (numbered paragraphs), a
    // blank line, a heading or table, or a short line ending the paragraph before.
    const parts: Line[] = [line];
    for (let i = line.index - 1; i >= 0 && line.marker === null; i -= 1) {
      const previous = lines[i];
      if (previous === undefined || previous.isBlank || previous.cells !== null || isHeadingAt(lines, previous, width) || MARK.test(previous.text)) break;
      if (endsSentence(previous.text) && stopsShort(previous.text, width)) break;
      parts.unshift(previous);
      if (previous.marker !== null) break;
    }
    const first = parts[0] ?? line;
    const text = joinLines(parts.map((part) => part.text)).replace(MARK, '').trim();
    if (text !== '') evidence.push({ text, source: refOf(first) });
  }
  return evidence;
}
