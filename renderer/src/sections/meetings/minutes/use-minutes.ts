import { useCallback, useState } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../../shared/api/contract';
import { api } from '../../../api/client';
import { useWorkspaceRead, type Loaded } from '../../../hooks/use-workspace-read';
import { showError } from '../../../stores/toast-store';
import type { Minutes } from '../../../../../shared/api/methods/minutes';

export type MinutesRead = {
  loaded: Loaded<Minutes>;
  run: <M extends ApiMethod>(method: M, input: ApiInput<M>, options?: { reload?: boolean }) => Promise<ApiOutput<M> | null>;
  reload: () => void;
};

/** A meeting's minutes, read again after each change made through `run`; the last reading stays shown meanwhile. */
export function useMinutes(meetingId: number): MinutesRead {
  const [revision, setRevision] = useState(0);
  const loaded = useWorkspaceRead('minutes/get', { meetingId }, revision);
  const reload = useCallback(() => { setRevision((value) => value + 1); }, []);
  const run = useCallback(
    async <M extends ApiMethod>(method: M, input: ApiInput<M>, options: { reload?: boolean } = {}): Promise<ApiOutput<M> | null> => {
      const result = await api.call(method, input);
      if (!result.ok) showError(result.error.message);
      // A refusal may mean the minutes changed elsewhere (approved, renumbered): read them again either way.
      if (options.reload !== false || !result.ok) reload();
      return result.ok ? result.value : null;
    },
    [reload],
  );
  return { loaded, run, reload };
}
