import { useMemo, useRef, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { facetsOf, sortDocuments } from './document-facets';
import { listInputOf, useDocumentFilters } from './document-filters';
import { documentCountWords } from './document-words';
import { DocumentFilterBar } from './DocumentFilterBar';
import { DocumentTable } from './DocumentTable';
import { SEARCH_DELAY_MS, useDebounced, useDocumentList } from './use-document-list';
import './documents.css';

/** Rows drawn at first: a big workspace has thousands of documents, and nobody reads past the first screens without searching. */
const FIRST_ROWS = 100;

/** Every document of the workspace in a table, with a search box, filters and a sortable order. */
export function DocumentList() {
  const filters = useDocumentFilters();
  const query = useDebounced(filters.text, SEARCH_DELAY_MS);
  // Every document, for the filters' choices; and those the search and filters pick.
  const all = useDocumentList({});
  const input = listInputOf(filters, query);
  const isNarrowed = Object.keys(input).length > 0;
  const found = useDocumentList(isNarrowed ? input : null);
  const shown = isNarrowed ? found : all;
  const [isShowingAll, setShowingAll] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const showAll = () => {
    setShowingAll(true);
    // The button goes; focus moves to the first row that was not shown before.
    requestAnimationFrame(() => { frame.current?.querySelector<HTMLElement>(`tbody tr:nth-child(${FIRST_ROWS + 1}) a`)?.focus(); });
  };
  const facets = useMemo(() => facetsOf(all.value ?? []), [all.value]);
  const sorted = useMemo(() => sortDocuments(shown.value ?? [], filters.sort), [shown.value, filters.sort]);

  if (all.value === null) {
    return all.error ? <p role="alert">The documents could not be listed: {all.error}</p> : <p className="hint">Loading the documents…</p>;
  }
  if (all.value.length === 0) {
    return (
      <EmptyState title="No documents yet">
        <p>Write a committee report with <strong>New report</strong>: it starts from the report template, a cover sheet and numbered sections ready to fill in. Or import an author’s Word report. Minutes, agendas and action-plan papers are listed here too, as they are made.</p>
      </EmptyState>
    );
  }
  const rows = isShowingAll ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <>
      <DocumentFilterBar facets={facets} />
      <p className="doc-count" role="status" aria-live="polite">
        {shown.value === null ? 'Searching…' : documentCountWords(shown.value.length)}
        {shown.value !== null && isNarrowed && <span className="doc-count__of"> of {documentCountWords(all.value.length)}</span>}
      </p>
      {shown.error && <p role="alert" className="doc-problem">The search could not be run: {shown.error}</p>}
      {shown.value !== null && shown.value.length === 0 ? (
        <EmptyState title="No documents match">
          <p>{query.trim() !== '' ? `No document has every word of “${query.trim()}” in its title, text, cover sheet or author’s name` : 'No document matches every filter chosen'}. Try fewer or shorter words, choose “Any” in a filter, or clear the search and filters to see all {documentCountWords(all.value.length)}.</p>
          <button type="button" className="button-secondary" onClick={() => { filters.clear(); }}>Clear search and filters</button>
        </EmptyState>
      ) : (
        <div ref={frame} className={shown.isLoading ? 'doc-table-frame doc-table-frame--loading' : 'doc-table-frame'} aria-busy={shown.isLoading}>
          <DocumentTable documents={rows} sort={filters.sort} onSort={(sort) => { filters.set({ sort }); }} caption={isNarrowed ? 'Documents found' : 'All documents'} />
          {rows.length < sorted.length && (
            <button type="button" className="button-secondary doc-more" onClick={showAll}>
              Show all {documentCountWords(sorted.length)}
            </button>
          )}
        </div>
      )}
    </>
  );
}
