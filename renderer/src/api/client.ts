import type { ApiBridge } from '../../../shared/api/bridge';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { isApiError, type ApiResult } from '../../../shared/api/errors';
import type { AppEvent } from '../../../shared/api/types';
import { createHttpBridge } from './http-bridge';

export type ApiClient = {
  /** Calls one method; never throws — failures come back as `{ ok: false, error }`. */
  call: <M extends ApiMethod>(method: M, input: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
  onEvent: (listener: (event: AppEvent) => void) => () => void;
  door: 'electron' | 'web';
};

declare global {
  // An interface, not a type: only interfaces merge into the DOM's Window.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: ApiBridge;
  }
}

/** One client for the whole UI: IPC inside Electron, HTTP behind the browser host. */
export function createApiClient(bridge: ApiBridge = window.api ?? createHttpBridge()): ApiClient {
  return {
    door: window.api ? 'electron' : 'web',
    call: async (method, input) => {
      let reply: unknown;
      try {
        reply = await bridge.invoke(method, input);
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
      }
      return asResult(reply);
    },
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

function asResult<T>(reply: unknown): ApiResult<T> {
  if (typeof reply === 'object' && reply !== null) {
    const candidate = reply as { ok?: unknown; value?: unknown; error?: unknown };
    if (candidate.ok === true) return { ok: true, value: candidate.value as T };
    if (candidate.ok === false && isApiError(candidate.error)) return { ok: false, error: candidate.error };
  }
  return { ok: false, error: { code: 'internal', message: 'The app sent a reply the screen could not read. Reload and try again.' } };
}

export const api = createApiClient();
