import { useEffect, useId, useState } from 'react';
import { SEARCH_KINDS, type SearchHit, type SearchKind } from '../../../shared/api/methods/search';
import { EmptyState } from '../components/EmptyState';
import { Highlight } from '../components/Highlight';
import { SectionPage } from '../components/SectionPage';
import { hashFor } from '../sections';
import { useSearchStore } from '../stores/search-store';

const KIND_LABELS: Record<SearchKind, string> = {
  document: 'Documents',
  recommendation: 'Recommendations',
  action: 'Actions',
  progress_update: 'Progress updates',
  minute_entry: 'Minutes',
  decision: 'Decisions',
  agenda_item: 'Agenda items',
};

const DEBOUNCE_MS = 150;

/** Search results for the words in the address, grouped by kind, updating as the words change. */
export function SearchSection({ query }: { query: string }) {
  const { results, isSearching, search } = useSearchStore();
  const [text, setText] = useState(query);
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const fieldId = useId();

  useEffect(() => {
    const timer = setTimeout(() => void search(text, kinds), DEBOUNCE_MS);
    return () => { clearTimeout(timer); };
  }, [text, kinds, search]);

  const toggle = (kind: SearchKind) => { setKinds((current) => (current.includes(kind) ? current.filter((k) => k !== kind) : [...current, kind])); };
  const groups = SEARCH_KINDS.map((kind) => [kind, results?.hits.filter((hit) => hit.kind === kind) ?? []] as const).filter(([, hits]) => hits.length > 0);
  const total = results ? Object.values(results.countsByKind).reduce((sum, count) => sum + count, 0) : 0;

  return (
    <SectionPage title="Search" intro="Documents, recommendations, actions, progress updates, minutes, decisions and agenda items.">
      <div className="search-page__field">
        <label htmlFor={fieldId}>Search for</label>
        <input id={fieldId} type="search" value={text} onChange={(event) => { setText(event.target.value); }} autoComplete="off" />
      </div>
      {results && (
        <div className="search-page__filters" role="group" aria-label="Show only">
          {SEARCH_KINDS.filter((kind) => (results.countsByKind[kind] ?? 0) > 0).map((kind) => (
            <button key={kind} type="button" className="chip" aria-pressed={kinds.includes(kind)} onClick={() => { toggle(kind); }}>
              {KIND_LABELS[kind]} ({results.countsByKind[kind]})
            </button>
          ))}
        </div>
      )}
      <p className="search-page__status" role="status">
        {isSearching ? 'Searching…' : results ? `${total} ${total === 1 ? 'match' : 'matches'} for “${results.query}”` : ''}
      </p>
      {results && groups.length === 0 && !isSearching && (
        <EmptyState title="Nothing found">
          <p>Try fewer or shorter words: each word matches the start of a word, so “assess” finds “assessments”.</p>
        </EmptyState>
      )}
      {groups.map(([kind, hits]) => (
        <section key={kind} className="search-group" aria-labelledby={`group-${kind}`}>
          <h2 id={`group-${kind}`}>{KIND_LABELS[kind]}</h2>
          <ol className="search-hits">
            {hits.map((hit) => <SearchHitItem key={`${hit.kind}-${hit.id}`} hit={hit} />)}
          </ol>
        </section>
      ))}
    </SectionPage>
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  const title = hit.title.length > 0 && hit.title.some((segment) => segment.text.trim() !== '') ? <Highlight segments={hit.title} /> : KIND_LABELS[hit.kind];
  return (
    <li className="search-hit">
      {hit.target ? <a href={hashFor(hit.target.section, hit.target.recordKind, hit.target.recordId)}>{title}</a> : <span>{title}</span>}
      {hit.context && <span className="search-hit__context">{hit.context}</span>}
      <p className="search-hit__snippet"><Highlight segments={hit.snippet} /></p>
    </li>
  );
}
