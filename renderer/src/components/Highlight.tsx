import type { Highlighted } from '../../../shared/api/methods/search';

/** Text with its matched words in <mark>: built from plain segments, so nothing in the text can become markup. */
export function Highlight({ segments }: { segments: Highlighted }) {
  return (
    <>
      {segments.map((segment, index) => (segment.isMatch ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}
