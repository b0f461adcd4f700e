import { useEffect, useId, useRef, useState } from 'react';
import type { MeetingDetail, MeetingStatus } from '../../../../shared/api/methods/meetings';
import { longDate } from '../../../../shared/format/dates';
import { api } from '../../api/client';
import { hashFor } from '../../sections';
import { showError } from '../../stores/toast-store';

type Props = { meeting: MeetingDetail; reload: () => Promise<MeetingDetail | null> };

/** The steps a meeting can take from where it is; minuted is the end of the road. */
const STEPS: Partial<Record<MeetingStatus, { to: MeetingStatus; label: string }>> = {
  // Issuing the pack does this too; the button is for an agenda that went out another way.
  draft: { to: 'issued', label: 'Mark agenda as issued' },
  issued: { to: 'held', label: 'Mark as held' },
  held: { to: 'issued', label: 'Back to agenda issued' },
};

/** Mark as held, cancel (with a note for the public notice), reinstate, or delete a meeting that never went out. */
export function MeetingStatusActions({ meeting, reload }: Props) {
  const [dialog, setDialog] = useState<'cancel' | 'delete' | null>(null);
  const [isBusy, setBusy] = useState(false);
  const step = STEPS[meeting.status];
  const isCancellable = meeting.status === 'draft' || meeting.status === 'issued';
  const isDeletable = meeting.status === 'draft' || meeting.status === 'cancelled';

  const run = async (work: () => ReturnType<typeof api.call>) => {
    setBusy(true);
    const result = await work();
    if (!result.ok) showError(result.error.message);
    else await reload();
    setBusy(false);
    return result.ok;
  };

  return (
    <>
      {step && (
        <button type="button" className="button-secondary" disabled={isBusy} onClick={() => void run(() => api.call('meetings/setStatus', { id: meeting.id, status: step.to }))}>
          {step.label}
        </button>
      )}
      {isCancellable && <button type="button" className="button-secondary" disabled={isBusy} onClick={() => { setDialog('cancel'); }}>Cancel meeting…</button>}
      {meeting.status === 'cancelled' && (
        <button type="button" className="button-secondary" disabled={isBusy} onClick={() => void run(() => api.call('meetings/reinstate', { id: meeting.id }))}>Reinstate meeting</button>
      )}
      {isDeletable && <button type="button" className="button-secondary button-secondary--danger" disabled={isBusy} onClick={() => { setDialog('delete'); }}>Delete meeting…</button>}
      {dialog === 'cancel' && (
        <CancelDialog
          meeting={meeting}
          onClose={() => { setDialog(null); }}
          onCancel={async (note) => (await run(() => api.call('meetings/cancel', { id: meeting.id, note }))) && setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDialog
          meeting={meeting}
          onClose={() => { setDialog(null); }}
          onDelete={async () => {
            const result = await api.call('meetings/delete', { id: meeting.id });
            if (!result.ok) {
              showError(result.error.message);
              setDialog(null);
              return;
            }
            window.location.hash = hashFor('meetings');
          }}
        />
      )}
    </>
  );
}

/** A modal that opens at once with focus on its safe choice, and closes on Escape. */
function useModal(onClose: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const safe = useRef<HTMLButtonElement & HTMLTextAreaElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    safe.current?.focus();
    return () => { element.close(); };
  }, []);
  return { dialog, safe, onCancel: onClose };
}

function CancelDialog({ meeting, onClose, onCancel }: { meeting: MeetingDetail; onClose: () => void; onCancel: (note: string) => Promise<unknown> }) {
  const { dialog, safe, onCancel: escape } = useModal(onClose);
  const [note, setNote] = useState('');
  const noteId = useId();
  return (
    <dialog ref={dialog} className="pack-dialog" aria-labelledby={`${noteId}-heading`} onCancel={escape}>
      <h2 id={`${noteId}-heading`}>Cancel the meeting of {longDate(meeting.meetingDate)}?</h2>
      <p>The meeting stays on record, marked as cancelled today. Its agenda and papers are kept; reinstate it if it goes ahead after all.</p>
      <div className="plan-field">
        <label htmlFor={noteId}>Note for the public notice</label>
        <p id={`${noteId}-hint`} className="hint">For example: Cancelled as the Chair is unwell. The items move to the next meeting.</p>
        <textarea ref={safe} id={noteId} rows={3} value={note} aria-describedby={`${noteId}-hint`} onChange={(event) => { setNote(event.target.value); }} />
      </div>
      <div className="pack-actions">
        <button type="button" className="button-danger" onClick={() => void onCancel(note)}>Cancel the meeting</button>
        <button type="button" className="button-secondary" onClick={onClose}>Keep the meeting</button>
      </div>
    </dialog>
  );
}

function DeleteDialog({ meeting, onClose, onDelete }: { meeting: MeetingDetail; onClose: () => void; onDelete: () => Promise<void> }) {
  const { dialog, safe, onCancel } = useModal(onClose);
  const headingId = useId();
  return (
    <dialog ref={dialog} className="pack-dialog" aria-labelledby={headingId} onCancel={onCancel}>
      <h2 id={headingId}>Delete the meeting of {longDate(meeting.meetingDate)}?</h2>
      <p>Its agenda goes with it; the documents and files on it stay in the workspace, and its work programme items go back to be scheduled. This cannot be undone.</p>
      <div className="pack-actions">
        <button type="button" className="button-danger" onClick={() => void onDelete()}>Delete the meeting</button>
        <button ref={safe} type="button" className="button-secondary" onClick={onClose}>Keep it</button>
      </div>
    </dialog>
  );
}
