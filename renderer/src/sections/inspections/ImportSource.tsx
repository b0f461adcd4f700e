import { memo, useEffect, useMemo, useRef } from 'react';
import type { InspectionImport, SourceLineView } from '../../../../shared/api/methods/imports';
import { useImportStore } from '../../stores/import-store';
import { countOf, sourcePhrase } from './inspection-words';

const FORMAT_NAMES: Record<InspectionImport['format'], string> = { pdf: 'PDF', docx: 'Word document', text: 'text' };

/** The report as read, page by page, scrolled to where the focused field was found. */
export function ImportSource({ found }: { found: InspectionImport }) {
  const shown = useImportStore((state) => state.shown);
  const scroller = useRef<HTMLDivElement>(null);
  const source = shown?.source ?? null;
  const lineId = source ? sourceLineId(source.page, source.line) : null;

  useEffect(() => {
    const box = scroller.current;
    const line = lineId ? document.getElementById(lineId) : null;
    if (!box || !line) return;
    // Only the pane scrolls: scrollIntoView would also move the form the officer is typing in.
    const top = line.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    // At once, not smoothly: a jump across pages would otherwise take long enough to lose the reader.
    box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3) });
  }, [lineId]);

  return (
    <section className="import-source" aria-labelledby="import-source-heading">
      <h3 id="import-source-heading">The report as read</h3>
      <p className="import-source__meta">
        {found.fileName} · {FORMAT_NAMES[found.format]}, {countOf(found.pageCount, 'page')}. Grey lines are page furniture (running heads, page numbers) and were left out.
      </p>
      <p className="import-source__shown">
        {shown === null
          ? 'Move to a field to see where it was found.'
          : source
            ? `Showing ${shown.label}: ${sourcePhrase(source)}.`
            : `${capitalise(shown.label)} was not found in the report.`}
      </p>
      {/* Focusable, so the text can be scrolled from the keyboard. */}
      <div ref={scroller} className="import-source__text" tabIndex={0} role="group" aria-label={`Text of ${found.fileName}`}>
        <SourcePages lines={found.lines} />
        {lineId && <Highlighter lineId={lineId} />}
      </div>
    </section>
  );
}

/** The element id of one source line. */
export function sourceLineId(page: number, line: number): string {
  return `import-line-${page}-${line}`;
}

/** All the lines, rendered once per import: a focus change only moves the highlight. */
const SourcePages = memo(function SourcePages({ lines }: { lines: SourceLineView[] }) {
  const pages = useMemo(() => {
    const byPage = new Map<number, SourceLineView[]>();
    for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
    return [...byPage.entries()];
  }, [lines]);
  return (
    <>
      {pages.map(([page, pageLines]) => (
        <div key={page} className="import-page">
          <p className="import-page__number">Page {page}</p>
          {pageLines.map((line) => (
            <div key={line.line} id={sourceLineId(line.page, line.line)} className={line.isFurniture ? 'import-line import-line--furniture' : 'import-line'}>
              <span className="import-line__number" aria-hidden="true">{line.line}</span>
              <span className="import-line__text">
                {line.text || '\u00a0'}
                {line.isFurniture && <span className="visually-hidden"> (page furniture, left out)</span>}
              </span>
            </div>
          ))}
        </div>
      ))}
    </>
  );
});

/** Marks the shown line by class, outside React's tree of lines, so thousands of lines are not re-rendered. */
function Highlighter({ lineId }: { lineId: string }) {
  useEffect(() => {
    const line = document.getElementById(lineId);
    line?.classList.add('import-line--shown');
    return () => { line?.classList.remove('import-line--shown'); };
  }, [lineId]);
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
