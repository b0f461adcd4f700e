import { z } from 'zod';
import { method } from '../method';
import { id, pathOn } from '../schema';
import type { IssuedPack } from './records';

export const PACK_EDITIONS = ['public', 'members'] as const;
/** public: exempt items show only their title and exemption notice; members: everything. */
export type PackEdition = (typeof PACK_EDITIONS)[number];
export const PACK_FORMATS = ['pdf', 'docx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];
export const PACK_KINDS = ['main', 'supplementary'] as const;
/** main: the whole agenda; supplementary: the papers of items that were "to follow". */
export type PackKind = (typeof PACK_KINDS)[number];

/** One file a build wrote. */
export type BuiltPackFile = {
  kind: PackKind;
  edition: PackEdition;
  format: PackFormat;
  fileName: string;
  /** Where the file was written; null when it was only stored in the workspace. */
  path: string | null;
  /** Pages of a PDF; null for a Word file, which Word lays out itself. */
  pageCount: number | null;
  size: number;
  sha256: string;
};

/** What a build made, and what the officer should know before sending it. */
export type PackBuildResult = {
  meetingId: number;
  files: BuiltPackFile[];
  /** e.g. "Item 4 (Care leavers’ accommodation) is to follow and has no papers yet." */
  warnings: string[];
  /** Notes on how the pack was made, e.g. "Appendix 2 (performance-summary.pdf) is not tagged by us: it carries no tags of its own." */
  log: string[];
  /** Versions stored in the workspace by packs/issue; empty for a preview build. */
  issued: IssuedPack[];
};

const meetingRef = z.union([id, z.literal('latest')], { error: 'Give a meeting id or "latest".' });
const edition = z.enum([...PACK_EDITIONS, 'both'], { error: 'Choose "public", "members" or "both".' });
const format = z.enum([...PACK_FORMATS, 'both'], { error: 'Choose "pdf", "docx" or "both".' });
const kind = z.enum(PACK_KINDS, { error: 'Choose "main" or "supplementary".' });
const folder = pathOn('folder');

const buildFields = {
  meetingId: meetingRef,
  kind: kind.default('main'),
  edition: edition.default('both'),
  format: format.default('both'),
};

export const packMethods = {
  'packs/list': method<IssuedPack[]>()(z.object({ meetingId: id }).strict(), 'The packs issued for a meeting, newest first (details only, not the files)'),
  'packs/build': method<PackBuildResult>()(
    z.object({ ...buildFields, outDir: folder }).strict(),
    'Build a meeting’s pack (preview) into a folder: PDF and/or Word, public and/or members’ edition',
  ),
  'packs/issue': method<PackBuildResult>()(
    z.object({ ...buildFields, outDir: folder.optional() }).strict(),
    'Build and issue a meeting’s pack: the files are frozen in the workspace as a new version and the agenda issue date is set',
  ),
  'packs/export': method<{ path: string; size: number }>()(
    z.object({ id, outDir: folder, overwrite: z.boolean().default(false) }).strict(),
    'Write an issued pack version back out to a folder, exactly as it was issued',
  ),
  'documents/export': method<BuiltPackFile>()(
    z.object({ id, format: z.enum(PACK_FORMATS), outDir: folder, meetingId: id.optional() }).strict(),
    'Write one generated document on its own as PDF or Word (for a meeting, when it depends on one: minutes, work programme)',
  ),
  'files/open': method<{ path: string }>()(
    z.object({ path: folder, action: z.enum(['open', 'showInFolder'], { error: 'Choose "open" or "showInFolder".' }) }).strict(),
    'Open a pack or export this app wrote in this session, or show it in its folder (desktop app only)',
  ),
  'tasks/cancel': method<{ isCancelled: boolean }>()(
    z.object({ taskId: z.string().min(1).max(100) }).strict(),
    'Cancel a long task (such as a pack build) by the id its progress events carry; nothing half-made is kept',
  ),
} as const;
