import type { MeetingDetail, MeetingSummary } from '../../../../shared/api/methods/meetings';
import { useWorkspaceRead, type Loaded } from '../../hooks/use-workspace-read';
import { useWorkspaceStore } from '../../stores/workspace-store';

/** Every meeting of the open workspace, by date; none when no workspace is open. */
export function useMeetingList(): Loaded<MeetingSummary[]> {
  const isOpen = useWorkspaceStore((state) => state.status?.isOpen === true);
  const loaded = useWorkspaceRead('meetings/list', {});
  return isOpen ? loaded : { isLoading: false, value: [] };
}

/** One meeting with its agenda; `revision` reloads it (after a pack is issued, its issue date changes) while the page keeps showing it. */
export function useMeetingDetail(id: number, revision: number): Loaded<MeetingDetail> {
  return useWorkspaceRead('meetings/get', { id }, revision);
}
