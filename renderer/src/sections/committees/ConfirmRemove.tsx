import { useState } from 'react';
import { useFocusReturn } from '../plans/FormParts';
import type { FormResult } from '../plans/plan-call';

type Props = {
  /** What is removed, for screen readers: the buttons say "Remove Councillor Tom Haverley". */
  name: string;
  /** Asked before removing: "Take off this year?". */
  question: string;
  /** On success the row goes, and whoever owns the list puts focus somewhere that still exists. */
  onRemove: () => Promise<FormResult<unknown>>;
};

/** Remove…, then the question with Remove / Keep: a slip of the mouse takes nothing away. */
export function ConfirmRemove({ name, question, onRemove }: Props) {
  const [phase, setPhase] = useState<'idle' | 'confirming' | 'busy'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [askRef, requestAskFocus] = useFocusReturn<HTMLButtonElement>();
  const remove = async () => {
    setPhase('busy');
    const result = await onRemove();
    if (!result.ok) {
      setPhase('idle');
      setProblem(result.message);
    }
  };
  if (phase === 'idle') {
    return (
      <>
        <button ref={askRef} type="button" className="button-secondary button-secondary--small button-secondary--danger" onClick={() => { setProblem(null); setPhase('confirming'); }}>
          Remove…<span className="visually-hidden"> {name}</span>
        </button>
        {problem && <span role="alert" className="plan-field__error">{problem}</span>}
      </>
    );
  }
  return (
    <span className="plan-remove plan-remove--confirm" role="group" aria-label={`Remove ${name}?`}>
      <span>{question}</span>
      <button type="button" className="button-secondary button-secondary--small button-secondary--danger" autoFocus disabled={phase === 'busy'} onClick={() => void remove()}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="button-secondary button-secondary--small" disabled={phase === 'busy'} onClick={() => { setPhase('idle'); requestAskFocus(); }}>
        Keep<span className="visually-hidden"> {name}</span>
      </button>
    </span>
  );
}
