import { create } from 'zustand';
import type { ActionPlanView } from '../../../shared/api/methods/action-plans';
import { api } from '../api/client';

type PlanState = {
  planId: number | null;
  /** The plan as last loaded; kept on screen while a reload is under way, so the page does not flash. */
  view: ActionPlanView | null;
  isLoading: boolean;
  loadError: string | null;
  /** The day the plan is shown as at (YYYY-MM-DD); empty means today. */
  asAt: string;
  /** Actions updated after this day are highlighted; empty for none. */
  since: string;
  isShowingArchived: boolean;
  /** Goes up after every change, so open progress logs read their history again. */
  revision: number;
  /** The last change made, for screen readers (a live region on the page reads it). */
  announcement: string;
  announce: (message: string) => void;
  open: (planId: number) => Promise<void>;
  reload: () => Promise<void>;
  setAsAt: (asAt: string) => Promise<void>;
  setSince: (since: string) => Promise<void>;
  setShowingArchived: (isShowing: boolean) => Promise<void>;
};

let latestRequest = 0;

/** The plan open on the plan page, how it is being viewed (as at, changes since, archived shown) and its reloads. */
export const usePlanStore = create<PlanState>()((set, get) => ({
  planId: null,
  view: null,
  isLoading: false,
  loadError: null,
  asAt: '',
  since: '',
  isShowingArchived: false,
  revision: 0,
  announcement: '',
  announce: (message) => {
    // The same words twice in a row must still be read out, so the text changes.
    set({ announcement: get().announcement === message ? `${message}\u00a0` : message });
  },
  open: async (planId) => {
    if (get().planId !== planId) set({ planId, view: null, asAt: '', since: '', isShowingArchived: false, loadError: null });
    await get().reload();
  },
  reload: async () => {
    const { planId, asAt, since, isShowingArchived } = get();
    if (planId === null) return;
    const request = ++latestRequest;
    set({ isLoading: true });
    const result = await api.call('actionPlans/get', {
      id: planId,
      ...(asAt === '' ? {} : { asAt }),
      ...(since === '' ? {} : { since }),
      ...(isShowingArchived ? { includeArchived: true } : {}),
    });
    // An older reply arriving after a newer one must not replace it.
    if (request !== latestRequest) return;
    if (result.ok) set({ view: result.value, isLoading: false, loadError: null, revision: get().revision + 1 });
    else set({ isLoading: false, loadError: result.error.message });
  },
  setAsAt: async (asAt) => {
    set({ asAt });
    await get().reload();
  },
  setSince: async (since) => {
    set({ since });
    await get().reload();
  },
  setShowingArchived: async (isShowing) => {
    set({ isShowingArchived: isShowing });
    await get().reload();
  },
}));
