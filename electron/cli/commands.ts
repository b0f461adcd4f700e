import { parseArgs } from 'node:util';
import { API_METHODS, apiContract } from '../../shared/api/contract';
import type { AppEvent } from '../../shared/api/types';
import { APP_VERSION } from '../../shared/version';
import { invoke } from '../core/api';
import { createCoreContext, type CoreContext } from '../core/context';
import { CoreError, messageOf } from '../core/errors';
import { call, onePositional, UsageError, type CliIo, type Command } from './command-kit';
export type { CliIo } from './command-kit';
import { importCommands } from './import-commands';
import { packCommands, packOptions } from './pack-commands';
import { planCommands, planOptions } from './plan-commands';
import { reportCommands, reportOptions } from './report-commands';
import { calendarCommands } from './calendar-commands';
import { defaultUserDataDir } from '../core/paths';
import { openStartupWorkspace } from '../core/workspace/startup';
import { createDemoWorkspace } from '../core/demo';
import { describeInfo, describeMeetings, describeRecent, describeSearch, describeStatus, table } from './output';

const COMMANDS: Record<string, Command> = {
  info: {
    usage: 'info',
    summary: "Show the app's version and the folders it uses",
    needsWorkspace: false,
    run: async (ctx, args, io) => {
      const info = await call(ctx, 'app/info', {});
      io.out(args.isJson ? JSON.stringify(info, null, 2) : table([
        ['App', `${info.name} ${info.version}`],
        ['Node.js', info.nodeVersion],
        ['User data', info.userDataDir],
        ['Logs', info.logsDir],
      ]));
    },
  },
  status: {
    usage: 'status',
    summary: 'Show the workspace file: path, size, format version',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const status = await call(ctx, 'workspace/status', {});
      io.out(args.isJson ? JSON.stringify(status, null, 2) : describeStatus(status));
    },
  },
  create: {
    usage: 'create FILE',
    summary: 'Create a new, empty workspace file',
    needsWorkspace: false,
    run: async (ctx, args, io) => {
      const status = await call(ctx, 'workspace/create', { path: onePositional(args, 'FILE') });
      io.out(args.isJson ? JSON.stringify(status, null, 2) : `Created ${status.isOpen ? status.path : ''}`);
    },
  },
  copy: {
    usage: 'copy DEST [--overwrite]',
    summary: 'Save a consistent copy of the workspace to DEST',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const saved = await call(ctx, 'workspace/saveCopy', { path: onePositional(args, 'DEST'), overwrite: args.isOverwrite });
      io.out(args.isJson ? JSON.stringify(saved, null, 2) : `Saved a copy to ${saved.path}`);
    },
  },
  demo: {
    usage: 'demo --workspace FILE [--overwrite]',
    summary: 'Write the demo workspace (an invented council) to FILE',
    needsWorkspace: false,
    run: async (ctx, args, io) => {
      if (!args.workspace) throw new UsageError('demo needs --workspace FILE: where to write the demo workspace');
      await createDemoWorkspace(ctx, args.workspace, { overwrite: args.isOverwrite });
      const info = await call(ctx, 'workspace/info', { isFullCheck: true });
      io.out(args.isJson ? JSON.stringify(info, null, 2) : `Created the demo workspace at ${info.path}\n${describeInfo(info)}`);
    },
  },
  'list-meetings': {
    usage: 'list-meetings [COMMITTEE-ID]',
    summary: 'List meetings by date: committee, status and agenda items',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const [committee, ...extra] = args.positionals;
      if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0] ?? ''}"`);
      const committeeId = committee === undefined ? undefined : Number(committee);
      if (committeeId !== undefined && (!Number.isInteger(committeeId) || committeeId < 1)) throw new UsageError(`COMMITTEE-ID must be a committee's number, not "${committee ?? ''}"`);
      const meetings = await call(ctx, 'meetings/list', committeeId === undefined ? {} : { committeeId });
      io.out(args.isJson ? JSON.stringify(meetings, null, 2) : describeMeetings(meetings));
    },
  },
  'workspace-info': {
    usage: 'workspace-info',
    summary: 'Schema version, rows per kind of record and a full integrity check',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const info = await call(ctx, 'workspace/info', { isFullCheck: true });
      io.out(args.isJson ? JSON.stringify(info, null, 2) : describeInfo(info));
    },
  },
  search: {
    usage: 'search QUERY',
    summary: 'Search documents, recommendations, actions, progress, minutes and agenda items',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const text = args.positionals.join(' ');
      if (text.trim() === '') throw new UsageError('search needs some words to look for');
      const results = await call(ctx, 'search/query', { text });
      io.out(args.isJson ? JSON.stringify(results, null, 2) : describeSearch(results));
    },
  },
  recent: {
    usage: 'recent',
    summary: 'List the workspaces opened recently',
    needsWorkspace: false,
    run: async (ctx, args, io) => {
      const recent = await call(ctx, 'workspace/recent', {});
      io.out(args.isJson ? JSON.stringify(recent, null, 2) : describeRecent(recent));
    },
  },
  methods: {
    usage: 'methods',
    summary: 'List every API method (for "call")',
    needsWorkspace: false,
    run: (_ctx, _args, io) => {
      const width = Math.max(...API_METHODS.map((name) => name.length)) + 2;
      io.out(API_METHODS.map((name) => `${name.padEnd(width)}${apiContract[name].summary}`).join('\n'));
      return Promise.resolve();
    },
  },
  call: {
    usage: 'call METHOD [JSON]',
    summary: 'Call any API method with a JSON input; prints the JSON result',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const [method, json] = args.positionals;
      if (!method) throw new UsageError('call needs a METHOD; "methods" lists them');
      if (args.positionals.length > 2) throw new UsageError('call takes a METHOD and one JSON argument; quote the JSON');
      let input: unknown = {};
      if (json !== undefined) {
        try {
          input = JSON.parse(json);
        } catch {
          throw new UsageError(`the input for ${method} is not valid JSON: ${json}`);
        }
      }
      const result = await invoke(ctx, method, input);
      if (!result.ok) throw new CoreError(result.error.code, result.error.message);
      io.out(JSON.stringify(result.value, null, 2));
    },
  },
  ...packCommands,
  ...importCommands,
  ...planCommands,
  ...reportCommands,
  ...calendarCommands,
};

/** Runs one command line; returns the process exit code (0 ok, 1 failed, 2 mistyped). */
export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let ctx: CoreContext | null = null;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        overwrite: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        ...packOptions,
        ...planOptions,
        ...reportOptions,
      },
    });
    const [name, ...rest] = positionals;
    if (values.version) {
      io.out(APP_VERSION);
      return 0;
    }
    if (values.help || name === undefined || name === 'help') {
      io.out(helpText());
      return name === undefined && !values.help ? 2 : 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"; run with --help to list the commands`);

    ctx = createCoreContext({ door: 'cli', userDataDir: defaultUserDataDir(env), emit: progressPrinter(io) });
    if (command.needsWorkspace) {
      await openStartupWorkspace(ctx, values.workspace ? { kind: 'file', path: values.workspace } : { kind: 'demo' });
    }
    await command.run(ctx, { positionals: rest, isJson: values.json, isOverwrite: values.overwrite, workspace: values.workspace, options: values }, io);
    return 0;
  } catch (error) {
    const isParseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ?? false;
    const message = isParseError ? `${firstSentence(messageOf(error))}; run with --help to list the options` : messageOf(error);
    io.err(`scrutiny-pack: ${oneLine(message)}`);
    return error instanceof UsageError || isParseError ? 2 : 1;
  } finally {
    ctx?.workspace.close();
  }
}

function progressPrinter(io: CliIo) {
  return (event: AppEvent) => {
    if (event.type !== 'progress' || !io.isInteractive) return;
    const percent = event.total > 0 ? Math.round((event.done / event.total) * 100) : 0;
    io.err(event.isFinished ? `${event.label}: done` : `${event.label}: ${percent}%`);
  };
}

function helpText(): string {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length)) + 2;
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage.padEnd(width)}${command.summary}`);
  return [
    `Scrutiny Pack Builder ${APP_VERSION} — command line`,
    '',
    'Usage: scrutiny-pack <command> [options]   (or: npm run cli -- <command> [options])',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --workspace FILE  the workspace to use (default: the demo workspace in your user data folder)',
    '  --json            print results as JSON',
    '  --help, -h        show this help',
    '  --version, -v     print the version',
  ].join('\n');
}

/** Node's argument errors go on to explain "--" at length; the first sentence is the point. */
function firstSentence(text: string): string {
  return text.split(/\.\s/)[0]?.replace(/\.$/, '') ?? text;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
