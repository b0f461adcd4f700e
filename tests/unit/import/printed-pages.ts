// Test-only: a text as a PDF reader would hand it over. Every paragraph is
// wrapped into printed lines of a given width, blank lines are gone, and
// pages break every so many lines with a running head and a page number, so
// recommendations and paragraphs fall across page breaks wherever they may.

export type PrintOptions = {
  /** Characters per printed line. */
  width: number;
  /** Printed lines per page, before the running head and the page number. */
  linesPerPage?: number;
  runningHead?: string;
};

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** The text re-laid as printed pages (form feeds between them). Table rows (tabs) stay whole. */
export function asPrintedPages(text: string, options: PrintOptions): string {
  const { width, linesPerPage = 44, runningHead = 'Inspection report: running head' } = options;
  const printed: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    if (line.includes('\t')) printed.push(line);
    else printed.push(...wrap(line.replace(/<\/?p>/g, ''), width));
  }
  const pages: string[][] = [];
  for (let at = 0; at < printed.length; at += linesPerPage) pages.push(printed.slice(at, at + linesPerPage));
  return pages
    .map((page, index) => [...(index > 0 ? [runningHead] : []), ...page, `Page ${String(index + 1)} of ${String(pages.length)}`].join('\n'))
    .join('\n\f');
}
