import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { api } from '../api/client';
import { showError } from './toast-store';

/** Calls the API for a store: the value, or null after showing the failure as a toast. */
export async function callOrToast<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M> | null> {
  const result = await api.call(method, input);
  if (result.ok) return result.value;
  showError(result.error.message);
  return null;
}
