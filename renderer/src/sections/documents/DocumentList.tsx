import { useState } from 'react';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentSummary } from '../../../../shared/api/methods/documents';
import { EmptyState } from '../../components/EmptyState';
import { hashFor } from '../../sections';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { changedWords, KIND_NAMES, KIND_PLURALS, STATUS_NAMES, usedWords } from './document-words';
import './documents.css';

/** Every document of the workspace, most recently changed first, with a filter by kind. */
export function DocumentList() {
  const documents = useWorkspaceRead('documents/list', {});
  const [kind, setKind] = useState<DocumentKind | 'all'>('all');
  if (documents.isLoading) return <p className="hint">Loading the documents…</p>;
  const all = documents.value ?? [];
  if (all.length === 0) {
    return (
      <EmptyState title="No documents yet">
        <p>Reports you write here, minutes of meetings and generated papers such as action plans are listed here, ready to go into a meeting pack.</p>
      </EmptyState>
    );
  }
  const kinds = DOCUMENT_KINDS.filter((candidate) => all.some((document) => document.kind === candidate));
  const shown = kind === 'all' ? all : all.filter((document) => document.kind === kind);
  return (
    <>
      <div className="doc-filter" role="group" aria-label="Show documents of one kind">
        <FilterChip label={`All (${all.length})`} isPressed={kind === 'all'} onPress={() => { setKind('all'); }} />
        {kinds.map((candidate) => (
          <FilterChip
            key={candidate}
            label={`${KIND_PLURALS[candidate]} (${all.filter((document) => document.kind === candidate).length})`}
            isPressed={kind === candidate}
            onPress={() => { setKind(candidate); }}
          />
        ))}
      </div>
      <ul className="doc-list" aria-label={kind === 'all' ? 'All documents' : KIND_PLURALS[kind]}>
        {(kind === 'all' || kinds.includes(kind) ? shown : all).map((document) => (
          <DocumentRow key={document.id} document={document} />
        ))}
      </ul>
    </>
  );
}

function FilterChip({ label, isPressed, onPress }: { label: string; isPressed: boolean; onPress: () => void }) {
  return (
    <button type="button" className="chip" aria-pressed={isPressed} onClick={onPress}>
      {label}
    </button>
  );
}

function DocumentRow({ document }: { document: DocumentSummary }) {
  return (
    <li className="doc-list__row">
      <a className="doc-list__title" href={hashFor('documents', document.id)}>{document.title}</a>
      <span className="doc-list__meta">
        <span className="doc-list__kind">{KIND_NAMES[document.kind]}</span>
        <span className={`doc-status doc-status--${document.status}`}>{STATUS_NAMES[document.status]}</span>
        <span>{changedWords(document.updatedAt)}</span>
        {document.usedByPaperCount > 0 && <span>{usedWords(document.usedByPaperCount)}</span>}
        {document.author && <span>By {document.author}</span>}
      </span>
    </li>
  );
}
