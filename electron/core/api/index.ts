import type { z } from 'zod';
import { apiContract, isApiMethod, type ApiMethod } from '../../../shared/api/contract';
import type { ApiErrorCode, ApiResult } from '../../../shared/api/errors';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { appHandlers } from './app';
import type { Handler } from './handler';
import { peopleHandlers } from './people';
import { searchHandlers } from './search';
import { committeeHandlers } from './committees';
import { workProgrammeHandlers } from './work-programme';
import { meetingHandlers } from './meetings';
import { minuteHandlers } from './minutes';
import { inspectionHandlers } from './inspections';
import { actionPlanHandlers } from './action-plans';
import { documentHandlers } from './documents';
import { attachmentHandlers } from './attachments';
import { settingsHandlers } from './settings';
import { recordHandlers } from './records';
import { packHandlers } from './packs';
import { importHandlers } from './imports';
import { progressReportHandlers } from './progress-reports';
import { calendarHandlers } from './calendar';
import { dashboardHandlers } from './dashboard';
import { workspaceHandlers } from './workspace';

/** Every method of the contract and the function that serves it. */
export const handlers: { [M in ApiMethod]: Handler<M> } = {
  ...appHandlers,
  ...workspaceHandlers,
  ...peopleHandlers,
  ...searchHandlers,
  ...committeeHandlers,
  ...workProgrammeHandlers,
  ...meetingHandlers,
  ...minuteHandlers,
  ...inspectionHandlers,
  ...actionPlanHandlers,
  ...documentHandlers,
  ...attachmentHandlers,
  ...settingsHandlers,
  ...recordHandlers,
  ...packHandlers,
  ...importHandlers,
  ...progressReportHandlers,
  ...calendarHandlers,
  ...dashboardHandlers,
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
    const constraint = describeConstraint(error);
    if (constraint) return failure(constraint.code, constraint.message);
    ctx.log.error(`Unexpected failure in ${method}`, error);
    return failure('internal', `Something went wrong in ${method}. The details are in the log file in ${ctx.logsDir}.`);
  }
}

/** A rule the database enforces that a service did not check first: still a clear answer, never a crash. */
function describeConstraint(error: unknown): { code: ApiErrorCode; message: string } | null {
  const code = (error as { code?: unknown }).code;
  switch (code) {
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return { code: 'conflict', message: 'That refers to something that does not exist, or is still in use elsewhere. Reload and try again.' };
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return { code: 'conflict', message: 'That would create a duplicate of something that already exists.' };
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return { code: 'invalid_input', message: `A value is not allowed here (${error instanceof Error ? error.message : 'check failed'}).` };
    case 'SQLITE_FULL':
      return { code: 'io_error', message: 'The disk is full, so nothing was saved. Free some space and try again.' };
    case 'SQLITE_BUSY':
      return { code: 'workspace_locked', message: 'The workspace is busy with another task. Try again in a moment.' };
    default:
      return null;
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
