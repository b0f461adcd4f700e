import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../../../shared/api/errors';
import type { AgendaItemWithPapers, MeetingDetail } from '../../../../shared/api/methods/meetings';
import { api } from '../../api/client';
import { showError } from '../../stores/toast-store';
import { exclusionChange } from './agenda-words';

/** The control to put focus back on once a change has been shown: "up", "down", "edit", … */
export type FocusTarget = { itemId: number; control: string };

export type AgendaActions = {
  meeting: MeetingDetail;
  /** Whether the agenda may change (not minuted, not cancelled). */
  isOpen: boolean;
  /** The item being changed, or "agenda" for a change to the whole agenda. */
  busy: number | 'agenda' | null;
  /** The live region's words. */
  message: string;
  announce: (text: string) => void;
  /**
   * Makes one change: on success the meeting is read again and `done` says
   * what happened (with any move of the exclusion item added); a refusal is
   * shown as a toast and announced. Resolves with the value, or null.
   */
  change: <T>(busy: number | 'agenda', call: () => Promise<ApiResult<T>>, done: (value: T, after: MeetingDetail) => string, focus?: FocusTarget) => Promise<T | null>;
  /** Puts the agenda in a new order (the exclusion item then finds its own place). */
  reorder: (item: AgendaItemWithPapers, ids: number[], focus?: FocusTarget) => Promise<void>;
};

export const AgendaContext = createContext<AgendaActions | null>(null);

/** The agenda's actions, from the builder around the component. */
export function useAgenda(): AgendaActions {
  const actions = useContext(AgendaContext);
  if (actions === null) throw new Error('useAgenda is used outside the agenda builder.');
  return actions;
}

/** The builder's state and its one way of changing the agenda. */
export function useAgendaActions(meeting: MeetingDetail, reload: () => Promise<MeetingDetail | null>): AgendaActions {
  const [busy, setBusy] = useState<number | 'agenda' | null>(null);
  const [message, setMessage] = useState('');
  const pendingFocus = useRef<FocusTarget | null>(null);

  // The same words twice must be heard twice: clear, then set on the next frame.
  const announce = useCallback((text: string) => {
    setMessage('');
    requestAnimationFrame(() => { setMessage(text); });
  }, []);

  // A moved row may be re-created; once the new agenda is shown, focus goes back to the control used.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const row = document.querySelector(`[data-agenda-item="${target.itemId}"]`);
    const wanted = row?.querySelector<HTMLElement>(`[data-focus="${target.control}"]`);
    const usable = wanted && !(wanted as HTMLButtonElement).disabled ? wanted : row?.querySelector<HTMLElement>('[data-focus]:not(:disabled)');
    (usable ?? row?.querySelector<HTMLElement>('h3'))?.focus();
  }, [meeting]);

  const change = useCallback(async <T,>(target: number | 'agenda', call: () => Promise<ApiResult<T>>, done: (value: T, after: MeetingDetail) => string, focus?: FocusTarget): Promise<T | null> => {
    setBusy(target);
    const result = await call();
    if (!result.ok) {
      setBusy(null);
      showError(result.error.message);
      announce(result.error.message);
      return null;
    }
    pendingFocus.current = focus ?? null;
    const after = await reload();
    setBusy(null);
    if (after) announce(`${done(result.value, after)}${exclusionChange(meeting, after)}`);
    return result.value;
  }, [announce, meeting, reload]);

  const reorder = useCallback(async (item: AgendaItemWithPapers, ids: number[], focus?: FocusTarget) => {
    await change(item.id, () => api.call('agendaItems/reorder', { meetingId: meeting.id, ids }), (_value, after) => {
      const index = after.agendaItems.findIndex((one) => one.id === item.id);
      return `“${item.title}” is now item ${index + 1} of ${after.agendaItems.length}.`;
    }, focus);
  }, [change, meeting.id]);

  const isOpen = meeting.status !== 'minuted' && meeting.status !== 'cancelled';
  return { meeting, isOpen, busy, message, announce, change, reorder };
}
