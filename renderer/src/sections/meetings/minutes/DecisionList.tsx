import { useId, useRef, useState, type SyntheticEvent } from 'react';
import type { MinuteEntryWithDecisions } from '../../../../../shared/api/methods/minutes';
import { DecisionItem } from './DecisionItem';
import { useMinutesEditing } from './minutes-context';

/** The minute's numbered decisions ("Decision" when there is one, as printed), and a box for the next. */
export function DecisionList({ entry }: { entry: MinuteEntryWithDecisions }) {
  const { isLocked } = useMinutesEditing();
  const count = entry.decisions.length;
  if (isLocked && count === 0) return null;
  return (
    <div className="minutes-decisions">
      {count > 0 && <h5>{count === 1 ? 'Decision' : 'Decisions'}</h5>}
      {count > 0 && (
        <ol className="minutes-decision-list" aria-label={`Decisions of minute ${entry.reference}`}>
          {entry.decisions.map((decision, index) => (
            <DecisionItem key={decision.id} entry={entry} decision={decision} index={index} />
          ))}
        </ol>
      )}
      {!isLocked && <AddDecision entry={entry} />}
    </div>
  );
}

function AddDecision({ entry }: { entry: MinuteEntryWithDecisions }) {
  const { run, announce } = useMinutesEditing();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Write the decision first, for example “To note the report.”');
      box.current?.focus();
      return;
    }
    setBusy(true);
    const added = await run('minutes/addDecision', { minuteEntryId: entry.id, text: text.trim() });
    setBusy(false);
    if (added === null) return;
    setText('');
    setError(null);
    announce(`Decision ${added.position} added to minute ${entry.reference}.`);
    box.current?.focus();
  };

  return (
    <form className="minutes-add-decision" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={id}>New decision<span className="visually-hidden"> for minute {entry.reference}</span></label>
      {error && <p id={`${id}-error`} className="minutes-error">{error}</p>}
      <div className="minutes-add-decision__row">
        <textarea
          ref={box}
          id={id}
          rows={2}
          value={text}
          maxLength={10_000}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => { setText(event.target.value); }}
        />
        <button type="submit" className="button-secondary" disabled={isBusy}>
          Add decision<span className="visually-hidden"> to minute {entry.reference}</span>
        </button>
      </div>
    </form>
  );
}
