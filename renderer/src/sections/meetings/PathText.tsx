import { Fragment } from 'react';

/** A file path that wraps after its separators rather than in the middle of a name. */
export function PathText({ path, className = 'path' }: { path: string; className?: string }) {
  const parts = path.split(/(?<=[/\\])/);
  return (
    <span className={className}>
      {parts.map((part, index) => (
        // Parts of one path never move, so their place is their identity.
        <Fragment key={index}>{part}{index < parts.length - 1 && <wbr />}</Fragment>
      ))}
    </span>
  );
}
