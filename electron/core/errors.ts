import type { ApiErrorCode } from '../../shared/api/errors';

/** A failure the user can act on: its message says what is wrong and what to do. */
export class CoreError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}

/** The message of anything thrown, for logs and one-line reports. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
