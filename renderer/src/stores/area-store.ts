import { create } from 'zustand';

/** What every list in the UI shows about one row before it is opened. */
export type ListItem = {
  id: string;
  title: string;
};

export type AreaState<Item extends ListItem> = {
  items: readonly Item[];
  selectedId: string | null;
  select: (id: string | null) => void;
};

/**
 * Each area of the app (committees, meetings, …) owns one store: its list and
 * what is selected in it. Later features add their loading and editing here.
 */
export function createAreaStore<Item extends ListItem>() {
  return create<AreaState<Item>>()((set) => ({
    items: [],
    selectedId: null,
    select: (id) => { set({ selectedId: id }); },
  }));
}

export const useCommitteesStore = createAreaStore<ListItem>();
export const useMeetingsStore = createAreaStore<ListItem>();
export const useInspectionsStore = createAreaStore<ListItem>();
export const useDocumentsStore = createAreaStore<ListItem>();
