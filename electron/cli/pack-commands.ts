// build-pack and issue-pack: the pack builder from the command line, with
// the same checks and the same engine as the app.
import type { PackBuildResult } from '../../shared/api/methods/packs';
import { formatFileSize } from '../../shared/format/sizes';
import { call, UsageError, type CommandArgs, type Command } from './command-kit';
import { columns } from './output';

/** The options only the pack commands take. */
export const packOptions = {
  meeting: { type: 'string' },
  edition: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  supplementary: { type: 'boolean', default: false },
  document: { type: 'string' },
} as const;

const PACK_USAGE = '--meeting ID|latest [--edition public|members|both] [--format pdf|docx|both] [--supplementary]';

export const packCommands: Record<string, Command> = {
  'build-pack': {
    usage: `build-pack ${PACK_USAGE} --out DIR`,
    summary: 'Build a meeting’s pack (a preview) into DIR; prints the files, page counts and warnings',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const outDir = stringOption(args, 'out');
      if (outDir === undefined) throw new UsageError('build-pack needs --out DIR: the folder to write the pack into');
      const result = await call(ctx, 'packs/build', { ...packRequest(args), outDir });
      io.out(args.isJson ? JSON.stringify(result, null, 2) : describeBuild(result, 'Built'));
    },
  },
  'issue-pack': {
    usage: `issue-pack ${PACK_USAGE} [--out DIR]`,
    summary: 'Issue a meeting’s pack: keep the files in the workspace as a new version (and write them to DIR)',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const outDir = stringOption(args, 'out');
      const result = await call(ctx, 'packs/issue', { ...packRequest(args), ...(outDir === undefined ? {} : { outDir }) });
      io.out(args.isJson ? JSON.stringify(result, null, 2) : describeBuild(result, 'Issued'));
    },
  },
  'export-document': {
    usage: 'export-document --document ID [--format pdf|docx|both] [--meeting ID] --out DIR',
    summary: 'Write one generated document on its own (a report, minutes, action plan…) as PDF and/or Word',
    needsWorkspace: true,
    run: async (ctx, args, io) => {
      const outDir = stringOption(args, 'out');
      if (outDir === undefined) throw new UsageError('export-document needs --out DIR: the folder to write into');
      const id = positiveNumber(stringOption(args, 'document'), '--document');
      const meeting = stringOption(args, 'meeting');
      const format = stringOption(args, 'format') ?? 'pdf';
      const formats = format === 'both' ? ['pdf', 'docx'] : [format];
      const files = [];
      for (const each of formats) {
        files.push(await call(ctx, 'documents/export', { id, format: each, outDir, ...(meeting === undefined ? {} : { meetingId: positiveNumber(meeting, '--meeting') }) }));
      }
      io.out(args.isJson ? JSON.stringify(files, null, 2) : columns(files.map((file) => [file.path ?? file.fileName, file.pageCount === null ? 'pages set by Word' : `${file.pageCount} pages`, formatFileSize(file.size)])));
    },
  },
};

function positiveNumber(value: string | undefined, option: string): number {
  if (value === undefined) throw new UsageError(`give ${option} ID (list-meetings and "call documents/list" show the ids)`);
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${option} must be a number, not "${value}"`);
  return number;
}

function packRequest(args: CommandArgs): Record<string, unknown> {
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument "${args.positionals[0] ?? ''}"`);
  const meeting = stringOption(args, 'meeting');
  if (meeting === undefined) throw new UsageError('give the meeting: --meeting ID (see list-meetings) or --meeting latest');
  const meetingId = meeting === 'latest' ? 'latest' : Number(meeting);
  if (meetingId !== 'latest' && (!Number.isInteger(meetingId) || meetingId < 1)) throw new UsageError(`--meeting must be a meeting's number or "latest", not "${meeting}"`);
  return {
    meetingId,
    kind: args.options.supplementary === true ? 'supplementary' : 'main',
    edition: stringOption(args, 'edition') ?? 'both',
    format: stringOption(args, 'format') ?? 'both',
  };
}

function stringOption(args: CommandArgs, name: string): string | undefined {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
}

function describeBuild(result: PackBuildResult, verb: string): string {
  const rows = result.files.map((file) => [
    file.path ?? file.fileName,
    `${file.edition} ${file.kind === 'supplementary' ? 'supplement' : 'pack'}`,
    file.pageCount === null ? 'pages set by Word' : `${file.pageCount} pages`,
    formatFileSize(file.size),
  ]);
  const lines = [`${verb} ${result.files.length} file${result.files.length === 1 ? '' : 's'}:`, columns(rows)];
  for (const pack of result.issued) lines.push(`Stored ${pack.fileName} as version ${pack.version} (${pack.edition}, ${pack.format.toUpperCase()}).`);
  if (result.warnings.length > 0) lines.push('', 'Warnings:', ...result.warnings.map((warning) => `  - ${warning}`));
  if (result.log.length > 0) lines.push('', 'Notes:', ...result.log.map((line) => `  - ${line}`));
  return lines.join('\n');
}
