import { useId, useState } from 'react';
import type { MinuteEntry } from '../../../../../shared/api/methods/minutes';
import type { RichText } from '../../../../../shared/api/schema';
import { LazyRichTextEditor as RichTextEditor } from '../../../components/editor/LazyRichTextEditor';
import { RichTextView } from '../../plans/RichTextView';
import { saveWords } from '../../documents/document-words';
import { useMinutesEditing } from './minutes-context';
import { useAutosave } from './use-autosave';

/** What was said on the item, in the rich-text editor, saved as it is typed. */
export function DiscussionField({ entry }: { entry: MinuteEntry }) {
  const { isLocked, run } = useMinutesEditing();
  const id = useId();
  const label = `Discussion of minute ${entry.reference}`;
  // The editor keeps its own text: later readings of the minutes must not reset what is being typed.
  const [initial] = useState(entry.discussion);
  const autosave = useAutosave<RichText>(async (discussion) => (await run('minutes/updateEntry', { id: entry.id, discussion }, { reload: false })) !== null);

  if (isLocked) {
    if (entry.discussion.content.length === 0) return null;
    return (
      <div className="minutes-discussion-text" role="group" aria-label={label}>
        <RichTextView doc={entry.discussion} />
      </div>
    );
  }
  return (
    <div className="minutes-discussion" onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget)) void autosave.flush(); }}>
      <div className="minutes-discussion__bar">
        <span className="minutes-discussion__label" aria-hidden="true">Discussion</span>
        <p className={`minutes-save minutes-save--${autosave.save.phase}`} role="status" aria-live="polite">
          {autosave.save.phase === 'unchanged' ? '' : saveWords(autosave.save)}
        </p>
        {autosave.save.phase === 'failed' && (
          <button type="button" className="button-secondary button-secondary--small" onClick={() => void autosave.flush()}>Retry</button>
        )}
      </div>
      <p id={`${id}-hint`} className="visually-hidden">Saved as you type.</p>
      <RichTextEditor value={initial} onChange={autosave.change} label={label} variant="compact" describedBy={`${id}-hint`} />
    </div>
  );
}
