import { useDocumentStore } from '../../stores/document-store';
import { saveWords } from './document-words';

/** The save line: read out politely as it changes, with a way to try again when a save failed. */
export function SaveStatus() {
  const save = useDocumentStore((state) => state.save);
  const saveNow = useDocumentStore((state) => state.saveNow);
  const isFailed = save.phase === 'failed';
  return (
    <div className={`doc-save doc-save--${save.phase}`}>
      <p className="doc-save__text" role="status" aria-live="polite">{saveWords(save)}</p>
      {isFailed && (
        <button type="button" className="button-secondary" onClick={() => { void saveNow(); }}>
          Retry
        </button>
      )}
      {isFailed && <p className="doc-save__kept">Your changes are kept here until they are saved.</p>}
    </div>
  );
}
