import { useId, useRef, useState } from 'react';
import type { Decision, FollowUp, MinuteEntryWithDecisions } from '../../../../../shared/api/methods/minutes';
import { shortDate } from '../../../../../shared/format/dates';
import { FollowUpForm } from './FollowUpForm';
import { useMinutesEditing } from './minutes-context';

type Props = { entry: MinuteEntryWithDecisions; decision: Decision & { followUps: FollowUp[] }; index: number };

const FOLLOW_UP_STATUS: Record<FollowUp['status'], string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

/** One decision: its text (changed in place), its place, and the follow-ups it raised. */
export function DecisionItem({ entry, decision, index }: Props) {
  const { isLocked, run, announce } = useMinutesEditing();
  const id = useId();
  const item = useRef<HTMLLIElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [isRaising, setRaising] = useState(false);
  const count = entry.decisions.length;
  const what = `decision ${decision.position} of minute ${entry.reference}`;

  const focusButton = (label: string) => {
    requestAnimationFrame(() => { item.current?.querySelector<HTMLButtonElement>(`button[data-action="${label}"]`)?.focus(); });
  };
  const save = async () => {
    if (draft === null) return;
    if (draft.trim() === '') return;
    if (draft.trim() !== decision.text && (await run('minutes/updateDecision', { id: decision.id, text: draft.trim() })) === null) return;
    setDraft(null);
    announce(`${capitalise(what)} saved.`);
    focusButton('edit');
  };
  const move = async (delta: -1 | 1) => {
    const ids = entry.decisions.map((other) => other.id).filter((other) => other !== decision.id);
    ids.splice(index + delta, 0, decision.id);
    if ((await run('minutes/reorderDecisions', { minuteEntryId: entry.id, ids })) === null) return;
    announce(`The decision is now number ${index + delta + 1} of minute ${entry.reference}.`);
    // The list is drawn again in the new order; the moved decision keeps focus on its own button.
    requestAnimationFrame(() => { document.getElementById(`minutes-decision-${decision.id}-${delta === -1 ? 'up' : 'down'}`)?.focus(); });
  };
  const remove = async () => {
    if ((await run('minutes/deleteDecision', { id: decision.id })) === null) return;
    announce(`${capitalise(what)} deleted; the decisions after it moved up a number.`);
  };

  return (
    <li ref={item} className="minutes-decision">
      {draft === null ? (
        <p className="minutes-decision__text">{decision.text}</p>
      ) : (
        <div className="minutes-decision__edit">
          <label htmlFor={`${id}-text`} className="visually-hidden">Text of {what}</label>
          <textarea id={`${id}-text`} rows={2} value={draft} maxLength={10_000} onChange={(event) => { setDraft(event.target.value); }} />
          {draft.trim() === '' && <p className="minutes-error">A decision needs words. Type them, or delete the decision.</p>}
        </div>
      )}
      {decision.followUps.length > 0 && (
        <ul className="minutes-follow-ups" aria-label={`Follow-ups of ${what}`}>
          {decision.followUps.map((followUp) => (
            <li key={followUp.id}>
              <span className="minutes-follow-ups__label">Follow-up:</span> {followUp.description}
              {followUp.ownerName ? ` – ${followUp.ownerName}` : ''}
              {followUp.dueDate ? `, by ${shortDate(followUp.dueDate)}` : ''} <span className="tag">{FOLLOW_UP_STATUS[followUp.status]}</span>
              {followUp.isOverdue && <span className="tag tag--warning">Overdue</span>}
            </li>
          ))}
        </ul>
      )}
      {!isLocked && (
        <div className="minutes-decision__tools">
          {draft === null ? (
            <button type="button" data-action="edit" className="button-secondary button-secondary--small" onClick={() => { setDraft(decision.text); }}>
              Edit<span className="visually-hidden"> {what}</span>
            </button>
          ) : (
            <>
              <button type="button" className="button-secondary button-secondary--small" onClick={() => void save()}>Save<span className="visually-hidden"> {what}</span></button>
              <button type="button" className="button-secondary button-secondary--small" onClick={() => { setDraft(null); focusButton('edit'); }}>Cancel</button>
            </>
          )}
          <button id={`minutes-decision-${decision.id}-up`} type="button" className="button-secondary button-secondary--small" disabled={index === 0} onClick={() => void move(-1)}>
            Move up<span className="visually-hidden"> {what}</span>
          </button>
          <button id={`minutes-decision-${decision.id}-down`} type="button" className="button-secondary button-secondary--small" disabled={index >= count - 1} onClick={() => void move(1)}>
            Move down<span className="visually-hidden"> {what}</span>
          </button>
          <button type="button" data-action="follow-up" className="button-secondary button-secondary--small" aria-expanded={isRaising} onClick={() => { setRaising(!isRaising); }}>
            Raise a follow-up<span className="visually-hidden"> from {what}</span>
          </button>
          <button type="button" className="button-secondary button-secondary--small button-secondary--danger" onClick={() => void remove()}>
            Delete<span className="visually-hidden"> {what}</span>
          </button>
        </div>
      )}
      {isRaising && !isLocked && (
        <FollowUpForm decisionId={decision.id} what={what} onDone={() => { setRaising(false); focusButton('follow-up'); }} />
      )}
    </li>
  );
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}
