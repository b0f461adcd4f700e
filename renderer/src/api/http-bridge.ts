import type { ApiBridge } from '../../../shared/api/bridge';
import type { AppEvent } from '../../../shared/api/types';

const UNREACHABLE = {
  ok: false,
  error: { code: 'io_error', message: 'Cannot reach Scrutiny Pack Builder. Check that "npm run web" is still running, then reload the page.' },
} as const;

const UNAUTHORISED = {
  ok: false,
  error: { code: 'io_error', message: 'This page has lost its access token. Open the address printed by "npm run web" again.' },
} as const;

/** The same two calls as the Electron preload, over HTTP and server-sent events (browser host). */
export function createHttpBridge(): ApiBridge {
  return {
    invoke: async (method, input) => {
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ method, input }),
        });
      } catch {
        return UNREACHABLE;
      }
      if (response.status === 401 || response.status === 403) return UNAUTHORISED;
      try {
        return (await response.json()) as unknown;
      } catch {
        return UNREACHABLE;
      }
    },
    onEvent: (listener) => {
      const source = new EventSource('/api/events');
      source.onmessage = (message: MessageEvent<string>) => {
        try {
          listener(JSON.parse(message.data) as AppEvent);
        } catch {
          // A damaged frame is dropped; the next one carries the current state.
        }
      };
      return () => { source.close(); };
    },
  };
}
