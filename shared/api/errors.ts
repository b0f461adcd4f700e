/** Every failure that crosses a door has this shape and nothing else. */
export type ApiError = {
  code: ApiErrorCode;
  message: string;
};

/** Stable, machine-readable reasons; the message is for people. */
export const API_ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'workspace_invalid',
  'workspace_newer',
  'workspace_locked',
  'no_workspace',
  'io_error',
  'cancelled',
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Narrows an unknown value to the error shape (used where results are parsed from JSON). */
export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.message === 'string' &&
    typeof candidate.code === 'string' &&
    (API_ERROR_CODES as readonly string[]).includes(candidate.code)
  );
}
