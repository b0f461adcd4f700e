// API calls made from forms: a failure comes back as a message to show beside
// the form (and, when the engine names a field, beside that field), so what
// the user typed stays on screen.
import type { ApiInput, ApiMethod, ApiOutput } from '../../../../shared/api/contract';
import { api } from '../../api/client';

export type FormFailure = { ok: false; message: string; field: string | null };
export type FormResult<T> = { ok: true; value: T } | FormFailure;

// The engine writes "dueDate: Give a date as YYYY-MM-DD…" when one field is at fault.
const FIELD_PREFIX = /^([a-z][a-zA-Z]*)(?:\.[\w.]+)?: (.+)$/s;

/** Calls one method for a form; never throws. */
export async function callForForm<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<FormResult<ApiOutput<M>>> {
  const result = await api.call(method, input);
  if (result.ok) return { ok: true, value: result.value };
  return failureOf(result.error.message);
}

/** Splits an engine message into the field it names (if any) and a sentence for people. */
export function failureOf(message: string): FormFailure {
  const match = FIELD_PREFIX.exec(message);
  if (!match?.[1] || !match[2]) return { ok: false, message, field: null };
  const text = match[2];
  return { ok: false, message: text.charAt(0).toUpperCase() + text.slice(1), field: match[1] };
}

/** The message for one field, when the failure names it. */
export function errorFor(failure: FormFailure | null, field: string): string | null {
  return failure?.field === field ? failure.message : null;
}

/** The message for the form as a whole: any failure not shown beside one of `fields`. */
export function formError(failure: FormFailure | null, fields: readonly string[]): string | null {
  if (failure === null) return null;
  return failure.field !== null && fields.includes(failure.field) ? null : failure.message;
}
