import { useCallback, useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../../stores/workspace-store';

export type LiveRead<T> = {
  /** The latest answer; kept on screen while a reload is on its way, so lists do not flicker. */
  value: T | null;
  isLoading: boolean;
  /** Why the latest read failed, shown where the answer would be. */
  error: string | null;
  reload: () => void;
  /** Puts a value the engine just returned (after a change) on screen without asking again. */
  set: (value: T) => void;
};

/** One API read for a page that also changes what it reads: reload after a change, or set the engine's answer directly. */
export function useLiveRead<M extends ApiMethod>(method: M, input: ApiInput<M>): LiveRead<ApiOutput<M>> {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const json = JSON.stringify(input);
  const key = `${workspacePath ?? ''}\n${method}\n${json}`;
  const [revision, setRevision] = useState(0);
  const [state, setState] = useState<{ key: string; value: ApiOutput<M> | null; error: string | null }>({ key: '', value: null, error: null });
  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void api.call(method, JSON.parse(json) as ApiInput<M>).then((result) => {
      if (!isCurrent) return;
      setState((before) => (result.ok ? { key, value: result.value, error: null } : { key, value: before.key === key ? before.value : null, error: result.error.message }));
    });
    return () => { isCurrent = false; };
  }, [workspacePath, method, json, key, revision]);
  const reload = useCallback(() => { setRevision((value) => value + 1); }, []);
  const set = useCallback((value: ApiOutput<M>) => { setState({ key, value, error: null }); }, [key]);
  const isCurrent = state.key === key;
  return { value: isCurrent ? state.value : null, isLoading: !isCurrent, error: isCurrent ? state.error : null, reload, set };
}
