import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { MeetingSummary } from '../../../../../shared/api/methods/meetings';
import type { WorkProgrammeItem } from '../../../../../shared/api/methods/work-programme';
import { callOrToast } from '../../../stores/call';
import { useWorkspaceStore } from '../../../stores/workspace-store';

export type ProgrammeData = { meetings: MeetingSummary[]; items: WorkProgrammeItem[] };

export type ProgrammeState = {
  /** null while the first read is under way or when it failed (a toast said why). */
  data: ProgrammeData | null;
  isLoading: boolean;
  /** Reads both lists again; resolves, with the page already updated, with what is now on screen (null if the read failed). */
  reload: () => Promise<ProgrammeData | null>;
};

async function readProgramme(committeeId: number): Promise<ProgrammeData | null> {
  const [meetings, items] = await Promise.all([callOrToast('meetings/list', { committeeId }), callOrToast('workProgramme/list', { committeeId })]);
  return meetings && items ? { meetings, items } : null;
}

/**
 * The committee's meetings and work programme items, read together so a
 * group never shows items of a meeting the board does not know yet.
 */
export function useProgrammeData(committeeId: number): ProgrammeState {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const key = `${workspacePath ?? ''}|${committeeId}`;
  const [loaded, setLoaded] = useState<{ key: string; data: ProgrammeData | null } | null>(null);

  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void readProgramme(committeeId).then((data) => { if (isCurrent) setLoaded({ key, data }); });
    return () => { isCurrent = false; };
  }, [committeeId, key, workspacePath]);

  const reload = useCallback(async () => {
    const data = await readProgramme(committeeId);
    // A failed reload keeps the board as it was (the toast says why) rather than emptying it.
    // Flushed at once so the caller can put focus on the moved row in its new place.
    if (data) flushSync(() => { setLoaded({ key, data }); });
    return data;
  }, [committeeId, key]);

  const isCurrent = loaded?.key === key;
  return { data: isCurrent ? loaded.data : null, isLoading: workspacePath !== null && !isCurrent, reload };
}
