import { useEffect, useRef } from 'react';

type Props = { title: string; onConfirm: () => void; onCancel: () => void };

/** Asks before a document is marked final, saying what the lock means and how to undo it. */
export function MarkFinalConfirm({ title, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    confirm.current?.focus();
    return () => { element.close(); };
  }, []);
  return (
    <dialog ref={dialog} className="doc-dialog doc-dialog--final" aria-labelledby="doc-final-heading" aria-describedby="doc-final-question" onCancel={(event) => { event.preventDefault(); onCancel(); }}>
      <h2 id="doc-final-heading">Mark “{title}” as final?</h2>
      <p id="doc-final-question">A final document is locked: its title, cover sheet and text cannot be changed until it is reopened as a draft.</p>
      <p className="hint">Reopening is always possible, and is kept in the workspace’s history. Your latest typing is saved first.</p>
      <div className="doc-dialog__actions">
        <button ref={confirm} type="button" onClick={onConfirm}>Mark as final</button>
        <button type="button" className="button-secondary" onClick={onCancel}>Cancel</button>
      </div>
    </dialog>
  );
}
