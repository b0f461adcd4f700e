import type { ReactNode } from 'react';
import type { ListItem } from '../stores/area-store';
import { EmptyState } from './EmptyState';

type Props = {
  label: string;
  items: readonly ListItem[];
  emptyTitle: string;
  emptyText: ReactNode;
};

/** A section's list of things, or its empty state when there are none yet. */
export function AreaList({ label, items, emptyTitle, emptyText }: Props) {
  if (items.length === 0) return <EmptyState title={emptyTitle}>{emptyText}</EmptyState>;
  return (
    <ul className="area-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>{item.title}</li>
      ))}
    </ul>
  );
}
