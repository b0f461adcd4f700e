// TipTap loads with the first text shown, not with the app shell (as LazyRichTextEditor).
import { lazy, Suspense, type ComponentProps } from 'react';

const ReadOnlyText = lazy(() => import('./ReadOnlyText').then((module) => ({ default: module.ReadOnlyText })));

/** ReadOnlyText, loaded on first use. */
export function LazyReadOnlyText(props: ComponentProps<typeof ReadOnlyText>) {
  return (
    <Suspense fallback={<p className="hint" role="status">Loading the text…</p>}>
      <ReadOnlyText {...props} />
    </Suspense>
  );
}
