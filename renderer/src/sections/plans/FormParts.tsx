import { useEffect, useRef } from 'react';
import { formatTime } from '../../../../shared/format/dates';

/** A form's problem that is not about one field, read out when it appears. */
export function FormProblem({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'plan-alert plan-problem' : 'plan-alert'}>
      {message && <p>{message}</p>}
    </div>
  );
}

type ActionsProps = { isBusy: boolean; saveLabel: string; busyLabel?: string; onCancel: () => void };

/** Save and Cancel; Cancel throws away only what this form changed. */
export function FormActions({ isBusy, saveLabel, busyLabel = 'Saving…', onCancel }: ActionsProps) {
  return (
    <div className="plan-form__actions">
      <button type="submit" disabled={isBusy} aria-busy={isBusy}>{isBusy ? busyLabel : saveLabel}</button>
      <button type="button" className="button-secondary" disabled={isBusy} onClick={onCancel}>Cancel</button>
    </div>
  );
}

/** "Saved at 10.05 am.": the saved state, where the form was. */
export function SavedNote({ savedAt }: { savedAt: Date | null }) {
  return (
    <p role="status" className="plan-saved">
      {savedAt && `Saved at ${formatTime(savedAt.getHours(), savedAt.getMinutes())}.`}
    </p>
  );
}

/**
 * Focus for an element that is about to be shown again (the Edit button once
 * its form closes): call the returned `request()` and the next render puts
 * focus on the element given the returned ref.
 */
export function useFocusReturn<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const isPending = useRef(false);
  useEffect(() => {
    if (!isPending.current || !ref.current) return;
    isPending.current = false;
    ref.current.focus();
  });
  const request = () => { isPending.current = true; };
  return [ref, request] as const;
}
