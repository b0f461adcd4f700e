import type { ReactNode } from 'react';

type Props = {
  title: string;
  children: ReactNode;
};

/** What a section shows before anything is in it: what will be here, and how it gets here. */
export function EmptyState({ title, children }: Props) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="empty-state__body">{children}</div>
    </section>
  );
}
