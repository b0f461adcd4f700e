import type { ApiMethod, ApiOutput } from '../../shared/api/contract';
import { invoke } from '../core/api';
import type { CoreContext } from '../core/context';
import { CoreError } from '../core/errors';

export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether progress lines may be redrawn in place (a terminal). */
  isInteractive: boolean;
};

export type CommandArgs = {
  positionals: string[];
  isJson: boolean;
  isOverwrite: boolean;
  workspace: string | undefined;
  /** Every option as parsed, for commands with options of their own. */
  options: Readonly<Record<string, string | boolean | undefined>>;
};

export type Command = {
  usage: string;
  summary: string;
  needsWorkspace: boolean;
  run: (ctx: CoreContext, args: CommandArgs, io: CliIo) => Promise<void>;
};

/** Thrown for a mistake in how the command was typed: exit code 2 rather than 1. */
export class UsageError extends Error {}

/** Calls an API method through the same door checks as every other caller; failures throw. */
export async function call<M extends ApiMethod>(ctx: CoreContext, method: M, input: unknown): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new CoreError(result.error.code, result.error.message);
  return result.value as ApiOutput<M>;
}

export function onePositional(args: CommandArgs, name: string): string {
  const [value, ...extra] = args.positionals;
  if (value === undefined) throw new UsageError(`missing ${name}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
  return value;
}

