import { useState } from 'react';
import type { FormResult } from './plan-call';

type Props = {
  /** What is removed, in words for the buttons' screen-reader names: "action “Weekly huddles”". */
  what: string;
  isArchived: boolean;
  /** Absent for things that have no history to keep (measures): those are only deleted. */
  onArchive?: (isArchived: boolean) => Promise<FormResult<unknown>>;
  onDelete: () => Promise<FormResult<unknown>>;
};

/**
 * Archive (or restore), and delete after asking. Deleting anything with
 * progress history is refused by the engine: its message is shown with
 * "Archive instead", so nothing is lost.
 */
export function RemoveControls({ what, isArchived, onArchive, onDelete }: Props) {
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'busy'>('idle');
  const [problem, setProblem] = useState<string | null>(null);

  const archive = async (isArchiving: boolean) => {
    if (!onArchive) return;
    setPhase('busy');
    const result = await onArchive(isArchiving);
    setPhase('idle');
    setProblem(result.ok ? null : result.message);
  };
  const remove = async () => {
    setPhase('busy');
    const result = await onDelete();
    setPhase('idle');
    setProblem(result.ok ? null : result.message);
  };

  if (isArchived) {
    return (
      <span className="plan-remove">
        <button type="button" className="button-secondary button-secondary--small" disabled={phase === 'busy'} onClick={() => void archive(false)}>
          Restore<span className="visually-hidden"> {what}</span>
        </button>
        {problem && <span role="alert" className="plan-field__error">{problem}</span>}
      </span>
    );
  }
  if (phase === 'confirming') {
    return (
      <span className="plan-remove plan-remove--confirm" role="group" aria-label={`Delete ${what}?`}>
        <span>Delete for good?</span>
        <button type="button" className="button-secondary button-secondary--small button-secondary--danger" autoFocus onClick={() => void remove()}>
          Delete<span className="visually-hidden"> {what}</span>
        </button>
        <button type="button" className="button-secondary button-secondary--small" onClick={() => { setPhase('idle'); }}>Keep it</button>
      </span>
    );
  }
  return (
    <span className="plan-remove">
      {onArchive && (
        <button type="button" className="button-secondary button-secondary--small" disabled={phase === 'busy'} onClick={() => void archive(true)}>
          Archive<span className="visually-hidden"> {what}</span>
        </button>
      )}
      <button type="button" className="button-secondary button-secondary--small" disabled={phase === 'busy'} onClick={() => { setProblem(null); setPhase('confirming'); }}>
        Delete…<span className="visually-hidden"> {what}</span>
      </button>
      {problem && (
        <span role="alert" className="plan-remove__refused">
          <span className="plan-field__error">{problem}</span>
          {onArchive && /archive/i.test(problem) && (
            <button type="button" className="button-secondary button-secondary--small" onClick={() => void archive(true)}>
              Archive instead<span className="visually-hidden"> {what}</span>
            </button>
          )}
        </span>
      )}
    </span>
  );
}
