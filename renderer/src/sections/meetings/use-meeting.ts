import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../../../shared/api/methods/meetings';
import { callOrToast } from '../../stores/call';
import { usePackStore } from '../../stores/pack-store';
import { useWorkspaceStore } from '../../stores/workspace-store';

export type MeetingRead = {
  detail: MeetingDetail | null;
  isLoading: boolean;
  /** Reads the meeting again and shows it; resolves with what was read (null when it failed, and a toast said why). */
  reload: () => Promise<MeetingDetail | null>;
};

/**
 * One meeting with its agenda, read again after each change the page makes
 * (and after a pack is issued, which sets the issue date); the last one read
 * stays on screen meanwhile, so the page never flashes.
 */
export function useMeeting(meetingId: number): MeetingRead {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const issueCount = usePackStore((state) => state.issueCount);
  const [state, setState] = useState<{ detail: MeetingDetail | null; isLoading: boolean }>({ detail: null, isLoading: true });
  // Only the newest read may land: a slow earlier one must not overwrite a later change.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    const detail = await callOrToast('meetings/get', { id: meetingId });
    if (ticket === latest.current) setState((before) => ({ detail: detail ?? before.detail, isLoading: false }));
    return detail;
  }, [meetingId]);

  useEffect(() => {
    if (workspacePath === null) return;
    void reload();
  }, [workspacePath, issueCount, reload]);

  return { ...state, reload };
}
