import { createContext, useContext } from 'react';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../../shared/api/contract';
import type { MeetingDetail } from '../../../../../shared/api/methods/meetings';
import type { Minutes } from '../../../../../shared/api/methods/minutes';

/** What every part of the minutes editor shares. */
export type MinutesEditing = {
  meeting: MeetingDetail;
  minutes: Minutes;
  /** Approved minutes: nothing can be changed, and no control to change them is shown. */
  isLocked: boolean;
  /**
   * Makes a change: the value, or null when it was refused (a toast said
   * why). The minutes are read again afterwards unless `reload` is false.
   */
  run: <M extends ApiMethod>(method: M, input: ApiInput<M>, options?: { reload?: boolean }) => Promise<ApiOutput<M> | null>;
  /** Says something through the editor's live region, for screen readers. */
  announce: (message: string) => void;
};

export const MinutesContext = createContext<MinutesEditing | null>(null);

/** The editing context; only used inside MinutesEditor. */
export function useMinutesEditing(): MinutesEditing {
  const editing = useContext(MinutesContext);
  if (editing === null) throw new Error('useMinutesEditing is used outside the minutes editor.');
  return editing;
}
