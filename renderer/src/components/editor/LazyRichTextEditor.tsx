// The editor (TipTap and ProseMirror, about half the app's script) loads when
// the first text is opened for editing, not with the app shell that every
// start waits for.
import { lazy, Suspense, type ComponentProps } from 'react';

const RichTextEditor = lazy(() => import('./RichTextEditor').then((module) => ({ default: module.RichTextEditor })));

type Props = ComponentProps<typeof RichTextEditor>;

/** RichTextEditor, loaded on first use; until then a line saying so holds its place. */
export function LazyRichTextEditor(props: Props) {
  return (
    <Suspense fallback={<p className="hint" role="status">Loading the editor…</p>}>
      <RichTextEditor {...props} />
    </Suspense>
  );
}
