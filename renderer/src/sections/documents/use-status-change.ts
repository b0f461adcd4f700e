import { useState } from 'react';
import type { DocumentStatus } from '../../../../shared/api/methods/documents';
import { useDocumentStore } from '../../stores/document-store';

export type StatusChange = {
  isBusy: boolean;
  /** What the last change did, or why it failed, for a live region. */
  message: { tone: 'info' | 'error'; text: string } | null;
  /** Saves what is typed, then sets the status; true when the status is stored. */
  change: (status: DocumentStatus) => Promise<boolean>;
};

const DONE: Record<DocumentStatus, string> = {
  final: 'Marked as final. It is locked until it is reopened.',
  draft: 'Reopened as a draft: it can be changed again.',
  withdrawn: 'Withdrawn. It can be restored as a draft.',
};

/**
 * Marking final, reopening and withdrawing the open document. What is typed is
 * saved first, so a document is never marked final with changes left out (nor
 * are they refused by the lock a moment later).
 */
export function useStatusChange(): StatusChange {
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusChange['message']>(null);
  const change = async (status: DocumentStatus) => {
    setBusy(true);
    setMessage(null);
    const store = useDocumentStore.getState();
    if (!(await store.saveNow())) {
      setBusy(false);
      setMessage({ tone: 'error', text: 'Your latest changes are not saved yet, so the status was not changed. Save them first (Retry, at the top of the page).' });
      return false;
    }
    useDocumentStore.getState().edit({ status });
    const isSaved = await useDocumentStore.getState().saveNow();
    setBusy(false);
    const { save } = useDocumentStore.getState();
    setMessage(isSaved ? { tone: 'info', text: DONE[status] } : { tone: 'error', text: `The status was not changed: ${save.phase === 'failed' ? save.reason : 'try again.'}` });
    return isSaved;
  };
  return { isBusy, message, change };
}
