import { create } from 'zustand';
import type { AppInfo, RecentWorkspace, WorkspaceStatus } from '../../../shared/api/types';
import { callOrToast } from './call';

type WorkspaceState = {
  info: AppInfo | null;
  status: WorkspaceStatus | null;
  recent: readonly RecentWorkspace[];
  /** Loads app info, the open workspace and the recent list. */
  load: () => Promise<void>;
  setStatus: (status: WorkspaceStatus) => void;
  open: (path: string) => Promise<boolean>;
  create: (path: string) => Promise<boolean>;
};

/** The workspace file this window works on, and the app around it. */
export const useWorkspaceStore = create<WorkspaceState>()((set, get) => ({
  info: null,
  status: null,
  recent: [],
  load: async () => {
    const [info, status, recent] = await Promise.all([
      callOrToast('app/info', {}),
      callOrToast('workspace/status', {}),
      callOrToast('workspace/recent', {}),
    ]);
    set({ info, status, recent: recent ?? [] });
  },
  setStatus: (status) => {
    set({ status });
    void callOrToast('workspace/recent', {}).then((recent) => { if (recent) set({ recent }); });
  },
  open: async (path) => {
    const status = await callOrToast('workspace/open', { path });
    if (status) get().setStatus(status);
    return status !== null;
  },
  create: async (path) => {
    const status = await callOrToast('workspace/create', { path });
    if (status) get().setStatus(status);
    return status !== null;
  },
}));
