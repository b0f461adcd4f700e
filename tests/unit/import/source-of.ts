// Test-only: plain text (like the seeds and the fixtures here) as the lines a
// reader would hand the parser, so parser tests need no reader. Form feed →
// new page; tab → table cells; "<b>…</b>" or "**…**" → bold; "#" → heading;
// "- ", "•", "1." → list marker; "<sup>n</sup>" dropped.
import type { SourceLine, SourceText } from '../../../electron/core/import/source-text';

export type SourceOptions = {
  /** Drop blank lines, as a reader that keeps only printed lines would (line numbers stay the file's). */
  dropBlankLines?: boolean;
};

const MARKER = /^(\d{1,3}[.)]|\([a-z]{1,4}\)|[•·▪●–-])\s+(\S.*)$/u;

function lineOf(raw: string, page: number, line: number): SourceLine {
  let text = raw.replace(/<sup>[^<]*<\/sup>/gi, '').replace(/<\/?(p|i|em|span|u)>/gi, '');
  let isBold = false;
  const bold = /^\s*(?:<b>(.*)<\/b>|\*\*(.*)\*\*)\s*$/i.exec(text);
  if (bold !== null) {
    isBold = true;
    text = bold[1] ?? bold[2] ?? '';
  }
  text = text.replace(/<\/?b>|\*\*/gi, '');
  const result: SourceLine = { page, line, text: '' };
  if (isBold) result.isBold = true;
  const heading = /^(#{1,3})\s+(.*)$/.exec(text.trim());
  if (heading?.[1] !== undefined && heading[2] !== undefined) {
    result.headingLevel = heading[1].length as 1 | 2 | 3;
    text = heading[2];
  }
  if (text.includes('\t')) {
    const cells = text.split('\t').map((cell) => cell.replace(/\s+/g, ' ').trim());
    result.cells = cells;
    result.text = cells.join('\t');
    return result;
  }
  text = text.replace(/\s+/g, ' ').trim();
  const marker = MARKER.exec(text);
  if (marker?.[1] !== undefined && marker[2] !== undefined) {
    result.listMarker = marker[1];
    text = marker[2];
  }
  result.text = text;
  return result;
}

/** The text as SourceText: one SourceLine per line, pages split at form feeds. */
export function sourceOf(text: string, options: SourceOptions = {}): SourceText {
  const pages = text.replace(/\r\n?/g, '\n').split('\f');
  const lines: SourceLine[] = [];
  pages.forEach((pageText, pageIndex) => {
    pageText.split('\n').forEach((raw, lineIndex) => {
      const line = lineOf(raw, pageIndex + 1, lineIndex + 1);
      if (options.dropBlankLines === true && line.text.trim() === '' && line.listMarker === undefined) return;
      lines.push(line);
    });
  });
  return { format: 'text', pageCount: pages.length, lines, warnings: [] };
}
