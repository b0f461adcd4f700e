import { useEffect, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { useWorkspaceStore } from '../../stores/workspace-store';

export type KeptRead<T> = {
  /** The latest answer, kept on screen while the next is on its way (filters change often). */
  value: T | null;
  isLoading: boolean;
  /** Why the latest read failed, shown where the answer would be. */
  error: string | null;
};

/** One API read made again whenever its input changes, keeping the last answer until the new one comes. */
export function useKeptRead<M extends ApiMethod>(method: M, input: ApiInput<M>): KeptRead<ApiOutput<M>> {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const json = JSON.stringify(input);
  const key = `${workspacePath ?? ''}\n${method}\n${json}`;
  const [state, setState] = useState<{ key: string; value: ApiOutput<M> | null; error: string | null }>({ key: '', value: null, error: null });
  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void api.call(method, JSON.parse(json) as ApiInput<M>).then((result) => {
      if (!isCurrent) return;
      setState((before) => (result.ok ? { key, value: result.value, error: null } : { key, value: before.value, error: result.error.message }));
    });
    return () => { isCurrent = false; };
  }, [workspacePath, method, json, key]);
  return { value: state.value, isLoading: state.key !== key, error: state.key === key ? state.error : null };
}
