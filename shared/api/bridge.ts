import type { AppEvent } from './types';

/**
 * What the Electron preload exposes as `window.api`; the browser host offers
 * the same two calls over HTTP and server-sent events.
 */
export type ApiBridge = {
  invoke: (method: string, input: unknown) => Promise<unknown>;
  onEvent: (listener: (event: AppEvent) => void) => () => void;
};

export const IPC_INVOKE_CHANNEL = 'api:invoke';
export const IPC_EVENT_CHANNEL = 'api:event';
