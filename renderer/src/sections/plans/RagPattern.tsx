import type { RagKey } from './plan-words';

/** Fill colours that pass 3:1 against white; the patterns tell them apart for people who do not see the colours. */
export const RAG_COLOURS: Record<RagKey, string> = {
  red: '#d4351c',
  amber: '#d97d00',
  green: '#00703c',
  complete: '#1d70b8',
  unrated: '#6f777b',
};

/** `fill` for an SVG shape painted with a pattern. */
export function patternFill(id: string): string {
  return `url(#${id})`;
}

/** A rating's fill: red diagonal stripes, amber dots, green solid, complete cross-hatched, not rated vertical stripes. */
export function RagPattern({ id, rag }: { id: string; rag: RagKey }) {
  const colour = RAG_COLOURS[rag];
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={colour} />
      {rag === 'red' && <path d="M-2 2 L2 -2 M0 8 L8 0 M6 10 L10 6" stroke="#ffffff" strokeWidth="1.6" />}
      {rag === 'amber' && <circle cx="4" cy="4" r="1.6" fill="#ffffff" />}
      {rag === 'complete' && <path d="M0 4 H8 M4 0 V8" stroke="#ffffff" strokeWidth="1" />}
      {rag === 'unrated' && <path d="M2 0 V8 M6 0 V8" stroke="#ffffff" strokeWidth="1" />}
    </pattern>
  );
}
