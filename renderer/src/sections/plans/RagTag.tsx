import type { Rag } from '../../../../shared/api/schema';
import { RAG_NAMES, type RagKey } from './plan-words';
import './plans.css';

/** A rating in words beside its swatch, so it never rests on colour alone. */
export function RagTag({ rag }: { rag: RagKey | Rag | null }) {
  const key: RagKey = rag ?? 'unrated';
  return (
    <span className={`plan-rag plan-rag--${key}`}>
      <span className="plan-rag__swatch" aria-hidden="true" />
      {RAG_NAMES[key]}
    </span>
  );
}
