import { useId, useRef, useState } from 'react';
import type { MinuteEntryWithDecisions } from '../../../../../shared/api/methods/minutes';
import { useMinutesEditing } from './minutes-context';

type Props = {
  entry: MinuteEntryWithDecisions;
  index: number;
  count: number;
  onMove: (entryId: number, toIndex: number) => Promise<boolean>;
};

/** Public excluded, moving by keyboard, and deleting (asked first: the decisions go too). */
export function EntryTools({ entry, index, count, onMove }: Props) {
  const { run, announce } = useMinutesEditing();
  const id = useId();
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const [isBusy, setBusy] = useState(false);
  const [isConfirming, setConfirming] = useState(false);

  const move = async (delta: -1 | 1) => {
    setBusy(true);
    await onMove(entry.id, index + delta);
    setBusy(false);
    // The minute moved in the page: focus goes back to a button of its that still works.
    requestAnimationFrame(() => {
      const preferred = delta === -1 ? up.current : down.current;
      const other = delta === -1 ? down.current : up.current;
      (preferred && !preferred.disabled ? preferred : other)?.focus();
    });
  };
  const setExcluded = async (isPublicExcluded: boolean) => {
    const saved = await run('minutes/updateEntry', { id: entry.id, isPublicExcluded });
    if (saved !== null) announce(`Minute ${entry.reference} ${isPublicExcluded ? 'is marked public excluded' : 'is no longer marked public excluded'}.`);
  };
  const remove = async () => {
    const deleted = await run('minutes/deleteEntry', { id: entry.id });
    if (deleted === null) return;
    const moved = deleted.renumbered > 0 ? ` ${deleted.renumbered} later ${deleted.renumbered === 1 ? 'reference was' : 'references were'} renumbered.` : '';
    announce(`Minute ${entry.reference} “${entry.heading}” deleted; the references after it closed up.${moved}`);
    requestAnimationFrame(() => { document.getElementById('minutes-entries-heading')?.focus(); });
  };
  const decisions = entry.decisions.length;

  return (
    <div className="minutes-entry__tools">
      <span className="minutes-check">
        <input type="checkbox" id={`${id}-excluded`} checked={entry.isPublicExcluded} onChange={(event) => void setExcluded(event.target.checked)} />
        <label htmlFor={`${id}-excluded`}>Public excluded</label>
      </span>
      <span className="minutes-entry__moves">
        <button ref={up} type="button" className="button-secondary button-secondary--small" disabled={isBusy || index === 0} onClick={() => void move(-1)}>
          Move up<span className="visually-hidden"> minute {entry.reference}</span>
        </button>
        <button ref={down} type="button" className="button-secondary button-secondary--small" disabled={isBusy || index >= count - 1} onClick={() => void move(1)}>
          Move down<span className="visually-hidden"> minute {entry.reference}</span>
        </button>
        {!isConfirming && (
          <button type="button" className="button-secondary button-secondary--small button-secondary--danger" onClick={() => { setConfirming(true); }}>
            Delete<span className="visually-hidden"> minute {entry.reference}</span>
          </button>
        )}
      </span>
      {isConfirming && (
        <div className="minutes-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Delete minute {entry.reference}{decisions > 0 ? ` with its ${decisions === 1 ? 'decision' : `${decisions} decisions`} and their follow-ups` : ''}? The references after it close up.
          </p>
          <button type="button" className="button-danger button-secondary--small" onClick={() => void remove()}>Delete minute</button>
          <button type="button" className="button-secondary button-secondary--small" onClick={() => { setConfirming(false); }}>Keep it</button>
        </div>
      )}
    </div>
  );
}
