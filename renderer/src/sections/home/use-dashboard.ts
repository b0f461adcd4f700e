import type { DashboardSummary } from '../../../../shared/api/methods/dashboard';
import { useWorkspaceRead } from '../../hooks/use-workspace-read';
import { useWorkspaceStore } from '../../stores/workspace-store';

/** The summary of the open workspace; null while loading, or when it could not be loaded (a toast says why). */
export type LoadedSummary = { isLoading: boolean; isOpen: boolean; value: DashboardSummary | null };

/** Today's summary, loaded each time the page is shown and again when another workspace is opened. */
export function useDashboard(): LoadedSummary {
  const isOpen = useWorkspaceStore((state) => state.status?.isOpen === true);
  return { ...useWorkspaceRead('dashboard/summary', {}), isOpen };
}
