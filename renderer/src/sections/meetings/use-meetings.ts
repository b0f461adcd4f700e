import { useEffect, useState } from 'react';
import type { MeetingDetail, MeetingSummary } from '../../../../shared/api/methods/meetings';
import { callOrToast } from '../../stores/call';
import { useWorkspaceStore } from '../../stores/workspace-store';

export type Loaded<T> = { isLoading: true; value: null } | { isLoading: false; value: T | null };

/** The open workspace's path: what a loaded list belongs to, so opening another workspace reloads it. */
function useWorkspacePath(): string | null {
  return useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
}

/** Every meeting of the open workspace, by date. */
export function useMeetingList(): Loaded<MeetingSummary[]> {
  const workspacePath = useWorkspacePath();
  const [loaded, setLoaded] = useState<{ key: string | null; value: MeetingSummary[] | null } | null>(null);
  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void callOrToast('meetings/list', {}).then((value) => { if (isCurrent) setLoaded({ key: workspacePath, value }); });
    return () => { isCurrent = false; };
  }, [workspacePath]);
  if (workspacePath === null) return { isLoading: false, value: [] };
  return loaded?.key === workspacePath ? { isLoading: false, value: loaded.value } : { isLoading: true, value: null };
}

/** One meeting with its agenda; `revision` reloads it (after a pack is issued, its issue date changes). */
export function useMeetingDetail(id: number, revision: number): Loaded<MeetingDetail> {
  const workspacePath = useWorkspacePath();
  const key = `${workspacePath ?? ''}#${id}`;
  const [loaded, setLoaded] = useState<{ key: string; value: MeetingDetail | null } | null>(null);
  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void callOrToast('meetings/get', { id }).then((value) => { if (isCurrent) setLoaded({ key, value }); });
    return () => { isCurrent = false; };
  }, [workspacePath, id, key, revision]);
  if (workspacePath === null) return { isLoading: false, value: null };
  // A reload after an issue keeps showing the meeting it replaces, so the page does not flash.
  return loaded?.key === key ? { isLoading: false, value: loaded.value } : { isLoading: true, value: null };
}
