import { useId, useRef, useState, type SyntheticEvent } from 'react';
import { useWorkspaceRead } from '../../../hooks/use-workspace-read';
import { useMinutesEditing } from './minutes-context';
import { attendeeName } from './minutes-words';

type Props = { decisionId: number; what: string; onDone: () => void };

/** What is to be done, by whom and by when: a follow-up tracked until it is reported back. */
export function FollowUpForm({ decisionId, what, onDone }: Props) {
  const { run, announce } = useMinutesEditing();
  const people = useWorkspaceRead('people/list', {});
  const id = useId();
  const description = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [personId, setPersonId] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Say what is to be done.');
      description.current?.focus();
      return;
    }
    setBusy(true);
    const created = await run('followUps/create', {
      decisionId,
      description: text.trim(),
      ...(personId === '' ? { owner: owner.trim() } : { ownerPersonId: Number(personId) }),
      dueDate: dueDate === '' ? null : dueDate,
    });
    setBusy(false);
    if (created === null) return;
    announce(`Follow-up raised from ${what}: ${created.description}.`);
    onDone();
  };

  return (
    <form className="minutes-follow-up-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <p id={`${id}-heading`} className="minutes-follow-up-form__title">Raise a follow-up from {what}</p>
      <div className="minutes-field">
        <label htmlFor={`${id}-what`}>What is to be done</label>
        {error && <p id={`${id}-error`} className="minutes-error">{error}</p>}
        <textarea
          ref={description}
          id={`${id}-what`}
          rows={2}
          value={text}
          maxLength={2000}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => { setText(event.target.value); }}
        />
      </div>
      <div className="minutes-follow-up-form__row">
        <div className="minutes-field">
          <label htmlFor={`${id}-person`}>Who</label>
          <select id={`${id}-person`} value={personId} onChange={(event) => { setPersonId(event.target.value); }}>
            <option value="">Someone not in the list…</option>
            {(people.value ?? []).map((person) => <option key={person.id} value={person.id}>{attendeeName(person)}</option>)}
          </select>
        </div>
        {personId === '' && (
          <div className="minutes-field">
            <label htmlFor={`${id}-owner`}>Name or role <span className="minutes-optional">(optional)</span></label>
            <input id={`${id}-owner`} type="text" value={owner} maxLength={200} onChange={(event) => { setOwner(event.target.value); }} />
          </div>
        )}
        <div className="minutes-field">
          <label htmlFor={`${id}-due`}>Due by <span className="minutes-optional">(optional)</span></label>
          <input id={`${id}-due`} type="date" value={dueDate} onChange={(event) => { setDueDate(event.target.value); }} />
        </div>
      </div>
      <div className="pack-actions">
        <button type="submit" disabled={isBusy}>Raise the follow-up</button>
        <button type="button" className="button-secondary" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
