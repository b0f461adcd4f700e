import { useEffect } from 'react';
import { hashFor } from '../../sections';
import { hasUnsavedChanges, useDocumentStore } from '../../stores/document-store';
import { showError } from '../../stores/toast-store';

/**
 * Saves when the author leaves the document page, and asks first when saving
 * has been failing: going to another page of the app keeps the changes in
 * memory (and tries again), but closing the window would lose them.
 */
export function useLeaveGuard(documentId: number): void {
  useEffect(() => {
    const page = hashFor('documents', documentId);
    const onHashChange = () => {
      if (window.location.hash === page) return;
      const state = useDocumentStore.getState();
      if (state.documentId !== documentId) return;
      if (state.save.phase === 'failed' && state.unsaved.length > 0) {
        const title = state.draft?.title.trim() ?? '';
        const isLeaving = window.confirm(
          `Your latest changes to ${title ? `“${title}”` : 'this document'} are not saved: ${state.save.reason}\n\nLeave the document anyway? Your changes are kept until you close the app, and saving is tried again when you come back.`,
        );
        if (!isLeaving) {
          window.location.hash = page;
          return;
        }
      }
      void state.saveNow();
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const state = useDocumentStore.getState();
      if (!hasUnsavedChanges(state)) return;
      void state.saveNow();
      event.preventDefault();
    };
    // Capture runs before the router's own listener, which takes this page away.
    window.addEventListener('hashchange', onHashChange, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('hashchange', onHashChange, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the page saves what is left; if that fails the author must hear of it, as the save line is gone.
      const state = useDocumentStore.getState();
      void state.saveNow().then((isSaved) => {
        const after = useDocumentStore.getState();
        if (!isSaved && after.save.phase === 'failed') showError(`Your latest changes to “${after.draft?.title.trim() || 'a document'}” are not saved: ${after.save.reason} Open the document again to retry.`);
      });
    };
  }, [documentId]);
}
