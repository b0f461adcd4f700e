import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveState } from '../../../stores/document-store';

/** How long typing must pause before the text is saved (as on the document page). */
const AUTOSAVE_DELAY_MS = 1000;

export type Autosave<T> = {
  save: SaveState;
  /** Takes the latest value; it is saved once typing pauses. */
  change: (value: T) => void;
  /** Saves what is waiting now (on leaving the text, or Retry). */
  flush: () => Promise<void>;
};

/**
 * Saves a value as it is typed: after a pause, one save at a time, always the
 * latest value. A failed save keeps the value waiting for Retry, and whatever
 * is still waiting when the text goes away is saved then.
 */
export function useAutosave<T>(send: (value: T) => Promise<boolean>): Autosave<T> {
  const [save, setSave] = useState<SaveState>({ phase: 'unchanged' });
  const waiting = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const sendRef = useRef(send);
  useEffect(() => { sendRef.current = send; });

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    const next = waiting.current;
    if (next === null) return;
    waiting.current = null;
    setSave({ phase: 'saving' });
    const sending = sendRef.current(next.value).then((isSaved) => {
      if (!isSaved) {
        // Typing that went on during the save is newer than the value that failed.
        waiting.current ??= next;
        setSave({ phase: 'failed', reason: 'your text is kept here; try again' });
      } else setSave(waiting.current === null ? { phase: 'saved', at: new Date() } : { phase: 'waiting' });
    });
    inFlight.current = sending;
    await sending;
    inFlight.current = null;
  }, []);

  const change = useCallback((value: T) => {
    waiting.current = { value };
    setSave({ phase: 'waiting' });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => { void flush(); }, AUTOSAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => () => { if (waiting.current !== null) void flush(); }, [flush]);
  return { save, change, flush };
}
