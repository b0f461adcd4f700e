import type { z } from 'zod';
import { apiContract, isApiMethod, type ApiMethod } from '../../../shared/api/contract';
import type { ApiErrorCode, ApiResult } from '../../../shared/api/errors';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { appHandlers } from './app';
import type { Handler } from './handler';
import { workspaceHandlers } from './workspace';

/** Every method of the contract and the function that serves it. */
export const handlers: { [M in ApiMethod]: Handler<M> } = {
  ...appHandlers,
  ...workspaceHandlers,
};

type AnyHandler = (ctx: CoreContext, input: unknown) => unknown;

/**
 * The one entry point behind every door: checks the method exists, validates
 * the input with the contract's schema, runs the handler and turns any
 * failure into `{ code, message }`. It never throws.
 */
export async function invoke(ctx: CoreContext, method: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return failure('unknown_method', `There is no API method called "${printable(method)}".`);
  }
  const parsed = apiContract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    return failure('invalid_input', `Invalid input for ${method}: ${describeIssues(parsed.error)}`);
  }
  try {
    const handler = handlers[method] as AnyHandler;
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    if (error instanceof CoreError) return failure(error.code, error.message);
    ctx.log.error(`Unexpected failure in ${method}`, error);
    return failure('internal', `Something went wrong in ${method}. The details are in the log file in ${ctx.logsDir}.`);
  }
}

function failure(code: ApiErrorCode, message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function printable(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) as string | undefined) ?? typeof value;
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}
