// Calls the engine from inside the page, as the app itself does (same origin,
// the session cookie): for setting up what the demo lacks and for checking
// what an end-to-end step stored.
import type { Page } from 'playwright-core';

export type PageReply<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The raw answer, for tests about refusals. */
export function attemptFromPage<T>(page: Page, method: string, input: unknown): Promise<PageReply<T>> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch('/api/invoke', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ method: name, input: body }) });
      return (await response.json()) as PageReply<T>;
    },
    [method, input] as const,
  );
}

/** The value, or a failure naming the method and the engine's message. */
export async function callFromPage<T>(page: Page, method: string, input: unknown): Promise<T> {
  const reply = await attemptFromPage<T>(page, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}
