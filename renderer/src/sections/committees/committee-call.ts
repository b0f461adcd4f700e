// Form calls for the committee pages: like plans' callForForm, but a refusal
// by the contract's schema ("Invalid input for committees/create: minutePrefix:
// Use letters…") is also put beside the field it names.
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { failureOf, type FormResult } from '../plans/plan-call';

/** Calls one method for a form; never throws. The first problem the engine names is the one shown. */
export async function callForCommitteeForm<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<FormResult<ApiOutput<M>>> {
  const result = await api.call(method, input);
  if (result.ok) return { ok: true, value: result.value };
  const detail = result.error.message.replace(/^Invalid input for [^:]+: /, '');
  return failureOf(detail.split('; ')[0] ?? detail);
}
