import { useEffect, useState } from 'react';
import type { DashboardSummary } from '../../../../shared/api/methods/dashboard';
import { callOrToast } from '../../stores/call';
import { useWorkspaceStore } from '../../stores/workspace-store';

/** The summary of the open workspace; null while loading, or when it could not be loaded (a toast says why). */
export type LoadedSummary = { isLoading: boolean; isOpen: boolean; value: DashboardSummary | null };

/** Today's summary, loaded each time the page is shown and again when another workspace is opened. */
export function useDashboard(): LoadedSummary {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const [loaded, setLoaded] = useState<{ key: string; value: DashboardSummary | null } | null>(null);
  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void callOrToast('dashboard/summary', {}).then((value) => { if (isCurrent) setLoaded({ key: workspacePath, value }); });
    return () => { isCurrent = false; };
  }, [workspacePath]);
  if (workspacePath === null) return { isLoading: false, isOpen: false, value: null };
  // A summary of the workspace that was open before is never shown as this one's.
  return loaded?.key === workspacePath ? { isLoading: false, isOpen: true, value: loaded.value } : { isLoading: true, isOpen: true, value: null };
}
