import { useEffect, useState } from 'react';
import type { ApiInput } from '../../../../shared/api/contract';
import type { DocumentSummary } from '../../../../shared/api/methods/documents';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../../stores/workspace-store';

export type DocumentListRead = {
  /** The latest list; the one before stays on screen while a new search is on its way, so the table does not flicker. */
  value: DocumentSummary[] | null;
  /** True until the list for the current input has arrived. */
  isLoading: boolean;
  error: string | null;
};

/** How long typing must pause before the search runs. */
export const SEARCH_DELAY_MS = 300;

/** `value`, once it has stayed the same for `delayMs`. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => { setSettled(value); }, delayMs);
    return () => { clearTimeout(timer); };
  }, [value, delayMs]);
  return settled;
}

/** `documents/list` for the open workspace, read again when the input changes; null reads nothing. */
export function useDocumentList(input: ApiInput<'documents/list'> | null): DocumentListRead {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const json = input === null ? null : JSON.stringify(input);
  const key = `${workspacePath ?? ''}\n${json}`;
  const [state, setState] = useState<{ key: string | null; value: DocumentSummary[] | null; error: string | null }>({ key: null, value: null, error: null });
  useEffect(() => {
    if (workspacePath === null || json === null) return;
    let isCurrent = true;
    void api.call('documents/list', JSON.parse(json) as ApiInput<'documents/list'>).then((result) => {
      if (!isCurrent) return;
      setState((before) => (result.ok ? { key, value: result.value, error: null } : { key, value: before.value, error: result.error.message }));
    });
    return () => { isCurrent = false; };
  }, [workspacePath, json, key]);
  return { value: state.value, isLoading: state.key !== key, error: state.key === key ? state.error : null };
}
