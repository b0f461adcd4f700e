import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useMinutesEditing } from './minutes-context';

/** A minute with no agenda item (a chair's announcement, an urgent item), added at the end. */
export function AddEntryForm() {
  const { meeting, run, announce } = useMinutesEditing();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [heading, setHeading] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (heading.trim() === '') {
      setError('Give the minute a heading, for example “Chair’s announcements”.');
      input.current?.focus();
      return;
    }
    setBusy(true);
    const added = await run('minutes/addEntry', { meetingId: meeting.id, heading: heading.trim() });
    setBusy(false);
    if (added === null) return;
    setHeading('');
    setError(null);
    const moved = added.renumbered > 0 ? ` ${added.renumbered} later ${added.renumbered === 1 ? 'reference was' : 'references were'} renumbered.` : '';
    announce(`Minute ${added.reference} “${added.heading}” added at the end.${moved}`);
  };

  return (
    <form className="minutes-add" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id}>Add a minute</label>
      <p id={`${id}-hint`} className="hint">For something not on the agenda, such as the chair’s announcements. It goes at the end; move it where it belongs.</p>
      {error && <p id={`${id}-error`} className="minutes-error">{error}</p>}
      <div className="minutes-add__row">
        <input
          ref={input}
          id={id}
          type="text"
          value={heading}
          maxLength={300}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid={error !== null}
          onChange={(event) => { setHeading(event.target.value); }}
        />
        <button type="submit" className="button-secondary" disabled={isBusy}>Add minute</button>
      </div>
    </form>
  );
}
