import { useEffect, useState } from 'react';
import type { ReportSection } from '../../../../shared/api/methods/progress-reports';
import { api } from '../../api/client';
import { useDocumentStore } from '../../stores/document-store';

export type PanelMessage = { tone: 'info' | 'error'; text: string };

type PlanSections = {
  sections: ReportSection[] | null;
  loadError: string | null;
  isBusy: boolean;
  message: PanelMessage | null;
  /** Sections the author changed, kept by the last update: the question to ask. */
  keptChanged: ReportSection[];
  /** Drafts the sections again (all, or the given ones); `overwriteChanged` replaces the author's changes too. */
  update: (keys?: string[], overwriteChanged?: boolean) => Promise<void>;
  dismissQuestion: () => void;
};

/** The drafted sections of a progress report and "Update from the plan", saving the author's typing first. */
export function usePlanSections(documentId: number): PlanSections {
  const savedAt = useDocumentStore((state) => (state.save.phase === 'saved' ? state.save.at.getTime() : null));
  const [loaded, setLoaded] = useState<{ sections: ReportSection[] | null; error: string | null }>({ sections: null, error: null });
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [keptChanged, setKeptChanged] = useState<ReportSection[]>([]);

  const [reloads, setReloads] = useState(0);
  // Each save can change a section's state (as drafted → changed by you), so the list is read again after it.
  useEffect(() => {
    let isCurrent = true;
    void api.call('progressReports/sections', { documentId }).then((result) => {
      if (isCurrent) setLoaded(result.ok ? { sections: result.value, error: null } : { sections: null, error: result.error.message });
    });
    return () => { isCurrent = false; };
  }, [documentId, savedAt, reloads]);

  const update = async (keys?: string[], overwriteChanged?: boolean) => {
    setBusy(true);
    setMessage(null);
    setKeptChanged([]);
    const store = useDocumentStore.getState();
    if (!(await store.saveNow())) {
      setMessage({ tone: 'error', text: 'Your latest changes could not be saved, so nothing was drafted again. Save them first (Retry, at the top of the page).' });
      setBusy(false);
      return;
    }
    const result = await api.call('progressReports/regenerate', { documentId, ...(keys ? { keys } : {}), ...(overwriteChanged ? { overwriteChanged } : {}) });
    setBusy(false);
    if (!result.ok) {
      setMessage({ tone: 'error', text: `The sections could not be drafted again: ${result.error.message}` });
      return;
    }
    const count = result.value.replaced.length;
    // Reloading the text resets its undo history and caret, so only when something changed.
    if (count > 0) useDocumentStore.getState().replaceBody(result.value.document);
    setMessage({ tone: 'info', text: count === 0 ? 'No section needed drafting again.' : `${count} ${count === 1 ? 'section was' : 'sections were'} drafted again from the plan.` });
    setKeptChanged(result.value.keptChanged);
    setReloads((count) => count + 1);
  };

  return { sections: loaded.sections, loadError: loaded.error, isBusy, message, keptChanged, update, dismissQuestion: () => { setKeptChanged([]); } };
}
