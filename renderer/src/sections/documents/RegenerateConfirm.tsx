import { useEffect, useRef, type RefObject } from 'react';
import type { ReportSection } from '../../../../shared/api/methods/progress-reports';

type Props = { sections: readonly ReportSection[]; returnFocusTo: RefObject<HTMLElement | null>; onReplace: () => void; onKeep: () => void };

/** Asks before the author's own changes to drafted sections are replaced; keeping them is the safe answer, so it has the focus. */
export function RegenerateConfirm({ sections, returnFocusTo, onReplace, onKeep }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const returnTo = returnFocusTo.current;
    element.showModal();
    keep.current?.focus();
    return () => {
      element.close();
      returnTo?.focus();
    };
  }, [returnFocusTo]);
  const count = sections.length;
  return (
    <dialog ref={dialog} className="doc-dialog" aria-labelledby="doc-dialog-heading" aria-describedby="doc-dialog-question" onCancel={(event) => { event.preventDefault(); onKeep(); }}>
      <h2 id="doc-dialog-heading">Replace your changes?</h2>
      <p id="doc-dialog-question">
        {count} {count === 1 ? 'section has' : 'sections have'} your changes: {sections.map((section) => `“${section.heading}”`).join(', ')}. Replace {count === 1 ? 'it' : 'them'} with a fresh draft?
      </p>
      <p className="hint">A fresh draft is written from the plan and its progress updates as they stand. What you wrote in {count === 1 ? 'that section' : 'those sections'} is replaced; Undo in the text cannot bring it back.</p>
      <div className="doc-dialog__actions">
        <button type="button" className="button-secondary button-danger" onClick={onReplace}>Replace with a fresh draft</button>
        <button ref={keep} type="button" className="button-secondary" onClick={onKeep}>Keep mine</button>
      </div>
    </dialog>
  );
}
