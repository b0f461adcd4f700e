import { useId, useRef, type ReactNode } from 'react';
import { DOCUMENT_STATUSES, type DocumentKind, type DocumentStatus } from '../../../../shared/api/methods/documents';
import type { DocumentFacets } from './document-facets';
import { isFiltered, useDocumentFilters } from './document-filters';
import { KIND_NAMES, STATUS_NAMES } from './document-words';

const ANY = 'any';

/** The search box and the filters above the documents table; every control labelled, each change applied at once. */
export function DocumentFilterBar({ facets }: { facets: DocumentFacets }) {
  const id = useId();
  const filters = useDocumentFilters();
  const search = useRef<HTMLInputElement>(null);
  const clear = () => {
    filters.clear();
    // The Clear button goes once nothing is filtered; the search box is where to start again.
    search.current?.focus();
  };
  return (
    <search className="doc-finder" aria-label="Search and filter documents">
      <div className="doc-finder__search">
        <label htmlFor={`${id}-search`}>Search documents</label>
        <input
          ref={search}
          id={`${id}-search`}
          type="search"
          value={filters.text}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => { filters.set({ text: event.target.value }); }}
        />
        <p id={`${id}-search-hint`} className="hint">Words in the title, the text, the cover sheet or the author’s name.</p>
      </div>
      <div className="doc-finder__filters">
        <Filter label="Kind" value={filters.kind ?? ANY} onChange={(value) => { filters.set({ kind: value === ANY ? null : (value as DocumentKind) }); }}>
          <option value={ANY}>Any kind</option>
          {facets.kinds.map((kind) => <option key={kind} value={kind}>{KIND_NAMES[kind]}</option>)}
        </Filter>
        <Filter label="Status" value={filters.status ?? ANY} onChange={(value) => { filters.set({ status: value === ANY ? null : (value as DocumentStatus) }); }}>
          <option value={ANY}>Any status</option>
          {DOCUMENT_STATUSES.map((status) => <option key={status} value={status}>{STATUS_NAMES[status]}</option>)}
        </Filter>
        <Filter label="Author" value={filters.author === null ? ANY : `by:${filters.author}`} onChange={(value) => { filters.set({ author: value === ANY ? null : value.slice(3) }); }}>
          <option value={ANY}>Anyone</option>
          {facets.authors.map((author) => <option key={author.value} value={`by:${author.value}`}>{author.label}</option>)}
        </Filter>
        <Filter label="Committee" value={filters.committeeId === null ? ANY : String(filters.committeeId)} onChange={(value) => { filters.set({ committeeId: value === ANY ? null : Number(value) }); }}>
          <option value={ANY}>Any committee</option>
          {facets.committees.map((committee) => <option key={committee.value} value={committee.value}>{committee.label}</option>)}
        </Filter>
        <Filter label="Meeting" value={filters.meetingId === null ? ANY : String(filters.meetingId)} onChange={(value) => { filters.set({ meetingId: value === ANY ? null : Number(value) }); }}>
          <option value={ANY}>Any meeting</option>
          {facets.meetings.map((meeting) => <option key={meeting.value} value={meeting.value}>{meeting.label}</option>)}
        </Filter>
        {isFiltered(filters) && (
          <button type="button" className="button-secondary doc-finder__clear" onClick={clear}>Clear search and filters</button>
        )}
      </div>
    </search>
  );
}

type FilterProps = { label: string; value: string; onChange: (value: string) => void; children: ReactNode };

function Filter({ label, value, onChange, children }: FilterProps) {
  const id = useId();
  return (
    <div className="doc-finder__filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => { onChange(event.target.value); }}>{children}</select>
    </div>
  );
}
