// The pack use cases behind packs/build, packs/issue and packs/export:
// build into a folder (a preview), issue (freeze the files in the workspace
// as a new version and mark the agenda issued), and write an issued version
// back out exactly as it was sent.
import type { ApiParsedInput } from '../../../shared/api/contract';
import { PACK_EDITIONS, PACK_FORMATS, type BuiltPackFile, type PackBuildResult, type PackEdition, type PackFormat } from '../../../shared/api/methods/packs';
import { writeNewFileInFolder } from '../attachments/export-file';
import { publicEditionBlocker } from '../domain/pack-plan';
import { CoreError } from '../errors';
import { replaceFileInFolder, stageFilesInFolder, type StagedFiles } from '../files';
import { getIssuedPackData } from '../repositories/packs';
import { getMeeting, latestMeetingId, updateMeeting } from '../repositories/meetings';
import type { MeetingDetail } from '../../../shared/api/methods/meetings';
import { getMeetingService, readableDate } from './meetings';
import { buildPack, type BuiltFile } from './pack-build';
import { recordIssuedPack } from './records';
import { audit, found, inTransaction, todayOf, type ServiceContext, type TaskProgress } from './unit-of-work';

type BuildInput = ApiParsedInput<'packs/build'>;
type IssueInput = ApiParsedInput<'packs/issue'>;

/** Builds a preview of a meeting's pack into a folder, replacing earlier previews of the same name. */
export async function buildPackService(ctx: ServiceContext, input: BuildInput, progress: TaskProgress = {}): Promise<PackBuildResult> {
  const meeting = getMeetingService(ctx, meetingIdOf(ctx, input.meetingId));
  refuseUnfitPack(meeting, input, 'building');
  const issueDate = meeting.agendaIssueDate ?? todayOf(ctx);
  const built = await buildPack(ctx, { meeting, kind: input.kind, editions: editionsOf(input.edition), formats: formatsOf(input.format), issueDate }, progress);
  progress.signal?.throwIfAborted();
  const files = writeFiles(input.outDir, built.files);
  return { meetingId: meeting.id, files, warnings: built.warnings, log: built.log, issued: [] };
}

/**
 * Builds and issues a pack: every file is stored in the workspace as the next
 * version in one transaction (all or none), the agenda issue date is set to
 * today for a main pack and a draft meeting becomes issued.
 */
export async function issuePackService(ctx: ServiceContext, input: IssueInput, progress: TaskProgress = {}): Promise<PackBuildResult> {
  const meeting = getMeetingService(ctx, meetingIdOf(ctx, input.meetingId));
  refuseUnfitPack(meeting, input, 'issuing');
  if (meeting.status === 'held' || meeting.status === 'minuted') {
    throw new CoreError('conflict', `This meeting has been ${meeting.status === 'held' ? 'held' : 'minuted'}, so its pack is on record as issued. Earlier versions can still be exported from the list of issued packs.`);
  }
  const issueDate = input.kind === 'main' ? todayOf(ctx) : (meeting.agendaIssueDate ?? todayOf(ctx));
  const built = await buildPack(ctx, { meeting, kind: input.kind, editions: editionsOf(input.edition), formats: formatsOf(input.format), issueDate }, progress);
  progress.signal?.throwIfAborted();
  // The files go to disk under temporary names before the issue is recorded,
  // so a full disk or a wrong folder refuses the whole issue, not half of it.
  const staged = input.outDir === undefined ? null : stageFilesInFolder(input.outDir, built.files.map((file) => ({ fileName: file.fileName, content: file.bytes })));
  const issued = recordIssue(ctx, staged, () => inTransaction(ctx, () => {
    const current = found(getMeeting(ctx.db, meeting.id), 'meeting', meeting.id);
    const packs = built.files.map((file) => recordIssuedPack(ctx, { meetingId: meeting.id, kind: file.kind, edition: file.edition, format: file.format, fileName: file.fileName, data: Buffer.from(file.bytes), pageCount: file.pageCount }));
    if (input.kind === 'main') {
      updateMeeting(ctx.db, meeting.id, { agendaIssueDate: issueDate, status: current.status === 'draft' ? 'issued' : undefined }, ctx.now().toISOString());
      audit(ctx, 'issue', 'meeting', meeting.id, `${meeting.committeeName}, ${meeting.meetingDate}: agenda issued on ${issueDate}`);
    }
    return packs;
  }));
  const paths = staged?.commit() ?? null;
  const files = built.files.map((file, index) => describe(file, paths?.[index] ?? null));
  return { meetingId: meeting.id, files, warnings: built.warnings, log: built.log, issued };
}

/** Records an issue whose files are staged: if recording fails, the staged files go too. */
function recordIssue<T>(ctx: ServiceContext, staged: StagedFiles | null, record: () => T): T {
  try {
    return record();
  } catch (error) {
    staged?.discard();
    throw error;
  }
}

/** Writes an issued version back out under its issued name (never replacing a file unless asked). */
export function exportIssuedPack(ctx: ServiceContext, input: ApiParsedInput<'packs/export'>): { path: string; size: number } {
  const pack = found(getIssuedPackData(ctx.db, input.id), 'issued pack', input.id);
  const target = input.overwrite ? replaceFileInFolder(input.outDir, pack.fileName, pack.data) : writeNewFileInFolder(input.outDir, pack.fileName, pack.data);
  return { path: target, size: pack.data.length };
}

/** A cancelled meeting has no pack; the public edition waits for every exempt item's ground. */
function refuseUnfitPack(meeting: MeetingDetail, input: BuildInput | IssueInput, action: 'building' | 'issuing'): void {
  if (meeting.status === 'cancelled') {
    const when = meeting.cancelledOn === null ? '' : ` on ${readableDate(meeting.cancelledOn)}`;
    throw new CoreError('conflict', `The meeting of ${readableDate(meeting.meetingDate)} was cancelled${when}, so no pack can be built or issued for it. Reinstate the meeting first if it is going ahead.`);
  }
  if (!editionsOf(input.edition).includes('public')) return;
  const blocker = publicEditionBlocker(meeting, input.kind, action);
  if (blocker !== null) throw new CoreError('conflict', blocker);
}

function meetingIdOf(ctx: ServiceContext, ref: number | 'latest'): number {
  if (ref !== 'latest') return ref;
  const latest = latestMeetingId(ctx.db);
  if (latest === null) throw new CoreError('not_found', 'This workspace has no meetings yet, so there is no latest meeting. Create a meeting first.');
  return latest;
}

const editionsOf = (edition: PackEdition | 'both'): PackEdition[] => (edition === 'both' ? [...PACK_EDITIONS] : [edition]);
const formatsOf = (format: PackFormat | 'both'): PackFormat[] => (format === 'both' ? [...PACK_FORMATS] : [format]);

function writeFiles(outDir: string, files: readonly BuiltFile[]): BuiltPackFile[] {
  return files.map((file) => describe(file, replaceFileInFolder(outDir, file.fileName, file.bytes)));
}

function describe(file: BuiltFile, target: string | null): BuiltPackFile {
  return { kind: file.kind, edition: file.edition, format: file.format, fileName: file.fileName, path: target, pageCount: file.pageCount, size: file.bytes.length, sha256: file.sha256 };
}

