import { useEffect, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { callOrToast } from '../stores/call';
import { useWorkspaceStore } from '../stores/workspace-store';

/** A read in progress, or done: null when it failed (a toast said why) or no workspace is open. */
export type Loaded<T> = { isLoading: true; value: null } | { isLoading: false; value: T | null };

/**
 * One API read for the open workspace, made again when the workspace, the
 * input or `revision` changes; failures are shown as a toast and give null.
 */
export function useWorkspaceRead<M extends ApiMethod>(method: M, input: ApiInput<M>, revision = 0): Loaded<ApiOutput<M>> {
  const workspacePath = useWorkspaceStore((state) => (state.status?.isOpen ? state.status.path : null));
  const key = `${workspacePath ?? ''}|${method}|${JSON.stringify(input)}`;
  const latestInput = useRef(input);
  const [loaded, setLoaded] = useState<{ key: string; value: ApiOutput<M> | null } | null>(null);
  useEffect(() => {
    latestInput.current = input;
  });
  useEffect(() => {
    if (workspacePath === null) return;
    let isCurrent = true;
    void callOrToast(method, latestInput.current).then((value) => { if (isCurrent) setLoaded({ key, value }); });
    return () => { isCurrent = false; };
  }, [workspacePath, method, key, revision]);
  if (workspacePath === null) return { isLoading: false, value: null };
  return loaded?.key === key ? { isLoading: false, value: loaded.value } : { isLoading: true, value: null };
}
