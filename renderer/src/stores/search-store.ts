import { create } from 'zustand';
import type { SearchKind, SearchResults } from '../../../shared/api/methods/search';
import { callOrToast } from './call';

type SearchState = {
  query: string;
  kinds: readonly SearchKind[];
  results: SearchResults | null;
  isSearching: boolean;
  /** Runs a search; an answer to an older query that arrives late is dropped. */
  search: (query: string, kinds?: readonly SearchKind[]) => Promise<void>;
};

let latest = 0;

export const useSearchStore = create<SearchState>()((set) => ({
  query: '',
  kinds: [],
  results: null,
  isSearching: false,
  search: async (query, kinds = []) => {
    const ticket = ++latest;
    set({ query, kinds });
    if (query.trim() === '') {
      set({ results: null, isSearching: false });
      return;
    }
    set({ isSearching: true });
    const results = await callOrToast('search/query', { text: query, limit: 100, ...(kinds.length > 0 ? { kinds: [...kinds] } : {}) });
    if (ticket !== latest) return;
    set({ results, isSearching: false });
  },
}));
