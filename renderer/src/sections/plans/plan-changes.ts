// Changes to the open plan: made through the API, then the plan is read again
// and the change announced, or the failure handed back to the form that asked.
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { usePlanStore } from '../../stores/plan-store';
import { showError } from '../../stores/toast-store';
import { callForForm, type FormResult } from './plan-call';
import { todayIso } from './plan-words';

/** Makes one change; on success reloads the plan and announces `done`. */
export async function changePlan<M extends ApiMethod>(method: M, input: ApiInput<M>, done: string): Promise<FormResult<ApiOutput<M>>> {
  const result = await callForForm(method, input);
  if (result.ok) {
    const store = usePlanStore.getState();
    store.announce(done);
    await store.reload();
  }
  return result;
}

/** The ids in their new order after moving the one at `index` by `delta` places. */
export function movedIds(ids: readonly number[], index: number, delta: -1 | 1): number[] {
  const target = index + delta;
  const moving = ids[index];
  if (moving === undefined || target < 0 || target >= ids.length) return [...ids];
  const rest = ids.filter((_, position) => position !== index);
  return [...rest.slice(0, target), moving, ...rest.slice(target)];
}

/**
 * Moves the item at `index` of an ordered list (entries, actions, measures) by
 * `delta` places through `reorder`, announcing "Action moved to position 2 of 5.";
 * a failure has no form to sit beside, so it shows as a toast.
 */
export async function moveInPlan(
  noun: string,
  ids: readonly number[],
  index: number,
  delta: -1 | 1,
  reorder: (order: number[], done: string) => Promise<FormResult<unknown>>,
): Promise<void> {
  const result = await reorder(movedIds(ids, index, delta), `${noun} moved to position ${String(index + delta + 1)} of ${String(ids.length)}.`);
  if (!result.ok) showError(result.message);
}

/** Whether the plan is shown as it stood on an earlier day, when nothing may be changed. */
export function useIsReadOnly(): boolean {
  return usePlanStore((state) => state.asAt !== '' && state.asAt < todayIso());
}
