import { useEffect, useRef, useState } from 'react';
import { useImportStore } from '../../stores/import-store';
import { isDraftChanged } from './import-draft';

/** "Start again with another report": at once when nothing was changed, after asking when corrections would be lost. */
export function ImportStartAgain() {
  const reset = useImportStore((state) => state.reset);
  const [isAsking, setAsking] = useState(false);
  const startAgain = () => {
    const { found, draft } = useImportStore.getState();
    if (found && draft && isDraftChanged(found, draft)) setAsking(true);
    else reset();
  };
  return (
    <>
      <button type="button" className="button-secondary" onClick={startAgain}>Start again with another report</button>
      {isAsking && <DiscardConfirm onDiscard={reset} onClose={() => { setAsking(false); }} />}
    </>
  );
}

function DiscardConfirm({ onDiscard, onClose }: { onDiscard: () => void; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const fileName = useImportStore((state) => state.file?.fileName ?? 'this report');
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    // Losing corrections cannot be undone, so Enter straight after opening keeps them.
    keep.current?.focus();
    return () => { element.close(); };
  }, []);
  return (
    <dialog ref={dialog} className="pack-dialog" aria-labelledby="import-discard-heading" aria-describedby="import-discard-what" onCancel={onClose}>
      <h2 id="import-discard-heading">Discard your corrections?</h2>
      <p id="import-discard-what">You have changed what was found in {fileName}. Starting again discards those changes; nothing has been saved.</p>
      <div className="pack-actions">
        <button type="button" className="import-button--danger" onClick={onDiscard}>Discard and start again</button>
        <button type="button" className="button-secondary" ref={keep} onClick={onClose}>Keep checking</button>
      </div>
    </dialog>
  );
}
