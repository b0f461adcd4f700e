// "Label: value" lines of a report's title block, in the three shapes readers
// give them: "Lead inspector: Jo Bloggs", a two-cell row, or the label alone
// with its value on the next line.
import { nextContent, type Line } from './lines';

/** A labelled value and the line it was read from. */
export type Labelled = { value: string; label: Line; line: Line };

type Matcher = { whole: RegExp; inline: RegExp };

function matcherOf(label: RegExp, needsColon: boolean): Matcher {
  // A bare space may separate a label from a value the caller checks (a date, a name), not from free text.
  const separator = needsColon ? ':' : ':|\\s[–—-]\\s|\\s';
  return {
    whole: new RegExp(`^(?:${label.source})\\s*[:–—-]?$`, 'i'),
    inline: new RegExp(`^(?:${label.source})\\s*(?:${separator})\\s*(\\S.*)$`, 'i'),
  };
}

function valueOf(lines: Line[], line: Line, { whole, inline }: Matcher): Labelled | null {
  if (line.isBlank) return null;
  if (line.cells !== null && whole.test(line.cells[0] ?? '')) {
    return { value: line.cells.slice(1).join(' '), label: line, line };
  }
  if (whole.test(line.text)) {
    const next = nextContent(lines, line.index);
    if (next === null || next.index - line.index > 3) return null;
    return { value: next.text, label: line, line: next };
  }
  const match = inline.exec(line.text);
  return match?.[1] === undefined ? null : { value: match[1].trim(), label: line, line };
}

/**
 * Every line of `lines` carrying `label`, with its value: after a colon on
 * the same line, in the next cell, or on the next line when the label stands alone.
 */
export function findLabelled(lines: Line[], label: RegExp, needsColon = false): Labelled[] {
  const matcher = matcherOf(label, needsColon);
  const found: Labelled[] = [];
  for (const line of lines) {
    const value = valueOf(lines, line, matcher);
    if (value !== null) found.push(value);
  }
  return found;
}
