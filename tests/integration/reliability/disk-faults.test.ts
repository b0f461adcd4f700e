// Exporting to a full disk and to a read-only folder (real tmpfs mounts):
// every export says what is wrong and what to do, writes nothing to the
// workspace, and leaves the earlier exports in that folder byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import { backupFolderFor } from '../../../electron/core/workspace/backups';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { makeTempDir } from '../../helpers/temp';
import { snapshotOf } from '../../helpers/workspace';
import { folderState } from './folder-state';
import { canChmodBlockWrites, fillDisk, mountTmpfs, remountReadOnly, unmount } from './mounts';

const dir = makeTempDir('disk-faults');
const mounted: string[] = [];
let ctx: CoreContext;
let ids: { meeting: number; report: number; plan: number; attachment: number; issuedPack: number };

async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const result = await invoke(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value as ApiOutput<M>;
}

/** Every way the app writes a file into a folder the user chose, named as a person would. */
function exportsInto(folder: string): { name: string; run: () => Promise<ApiResult<unknown>> }[] {
  const to = <M extends ApiMethod>(method: M, input: ApiInput<M>) => () => invoke(ctx, method, input);
  return [
    // One edition or format each is enough to take every path through the writers, and rendering is the slow part.
    { name: 'pack preview (packs/build)', run: to('packs/build', { meetingId: ids.meeting, edition: 'public', format: 'pdf', outDir: folder }) },
    { name: 'pack issue (packs/issue)', run: to('packs/issue', { meetingId: ids.meeting, edition: 'both', format: 'docx', outDir: folder }) },
    { name: 'issued pack, replacing (packs/export)', run: to('packs/export', { id: ids.issuedPack, outDir: folder, overwrite: true }) },
    { name: 'issued pack, as a new file (packs/export)', run: to('packs/export', { id: ids.issuedPack, outDir: folder }) },
    { name: 'document as PDF (documents/export)', run: to('documents/export', { id: ids.report, format: 'pdf', outDir: folder }) },
    { name: 'document as Word (documents/export)', run: to('documents/export', { id: ids.report, format: 'docx', outDir: folder }) },
    { name: 'plan as CSV (actionPlans/exportCsv)', run: to('actionPlans/exportCsv', { id: ids.plan, outDir: folder }) },
    { name: 'plan as Excel (actionPlans/exportXlsx)', run: to('actionPlans/exportXlsx', { id: ids.plan, outDir: folder }) },
    { name: 'attached file (attachments/export)', run: to('attachments/export', { id: ids.attachment, folder }) },
    { name: 'copy of the workspace (workspace/saveCopy)', run: to('workspace/saveCopy', { path: path.join(folder, 'copy.scrutiny'), overwrite: true }) },
  ];
}

/**
 * The earlier exports, as the officer made them before the disk filled up or
 * went read-only: made once into a plain folder, then copied byte for byte
 * into each folder under test (rendering every pack twice more costs time).
 */
let earlierExports: string;

async function exportEverything(folder: string): Promise<void> {
  for (const { name, run } of exportsInto(folder)) {
    const result = await run();
    if (!result.ok) throw new Error(`The earlier export of the ${name} failed: ${result.error.message}`);
  }
}

function copyEarlierExports(folder: string): void {
  for (const name of fs.readdirSync(earlierExports)) fs.copyFileSync(path.join(earlierExports, name), path.join(folder, name));
}

/** Every export is refused with `message`; the workspace and every file already in the folder stay exactly as they were. */
async function expectEveryExportRefused(folder: string, message: RegExp): Promise<number> {
  const earlier = folderState(folder);
  expect(Object.keys(earlier)).toEqual(expect.arrayContaining(fs.readdirSync(earlierExports)));
  let refused = 0;
  for (const { name, run } of exportsInto(folder)) {
    const before = snapshotOf(ctx.workspace.current().db);
    const result = await run();
    expect(result, name).toMatchObject({ ok: false, error: { code: 'io_error' } });
    if (!result.ok) expect(result.error.message, name).toMatch(message);
    expect(snapshotOf(ctx.workspace.current().db) === before, `${name}: the workspace changed`).toBe(true);
    expect(folderState(folder), `${name}: the folder changed`).toEqual(earlier);
    refused += 1;
  }
  return refused;
}

function mountOrNull(folder: string, sizeBytes: number): string | null {
  if (!mountTmpfs(folder, sizeBytes)) return null;
  mounted.push(folder);
  return folder;
}

const DISK_FULL = /^The disk is full, so .+ could not be written\. Free some space on it, or choose another folder\. .+\.$/;
const READ_ONLY = /^The folder .+ is read-only, so .+ could not be written there\. Choose another folder\. .+\.$/;
const NO_PERMISSION = /^You do not have permission to write in .+\. Choose another folder\. .+\.$/;

// Mounting needs root (CI runs as root). Without it, a chmod 0555 folder stands in for read-only.
const fullFolder = mountOrNull(path.join(dir, 'full'), 8 * 1024 * 1024);
const readOnlyFolder = mountOrNull(path.join(dir, 'read-only'), 8 * 1024 * 1024);
const chmodFolder = readOnlyFolder === null && canChmodBlockWrites ? path.join(dir, 'no-permission') : null;

beforeAll(async () => {
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-24T10:00:00Z') });
  await createDemoWorkspace(ctx, path.join(dir, 'demo.scrutiny'));
  const meeting = (await call('meetings/list', {})).find((candidate) => candidate.meetingDate === '2026-12-01');
  const report = (await call('documents/list', {})).find((document) => document.kind === 'report');
  const [plan] = await call('actionPlans/list', {});
  const [attachment] = await call('attachments/list', {});
  if (!meeting || !report || !plan || !attachment) throw new Error('The demo workspace has changed: no December meeting, report, plan or attachment.');
  const [issuedPack] = await call('packs/list', { meetingId: meeting.id });
  if (!issuedPack) throw new Error('The demo workspace has no issued pack for the December meeting.');
  ids = { meeting: meeting.id, report: report.id, plan: plan.id, attachment: attachment.id, issuedPack: issuedPack.id };
  earlierExports = path.join(dir, 'earlier-exports');
  fs.mkdirSync(earlierExports);
  await exportEverything(earlierExports);
}, 90_000);

afterAll(() => {
  ctx.workspace.close();
  for (const folder of mounted.reverse()) unmount(folder);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('exporting to a full disk', () => {
  it.skipIf(fullFolder === null)('refuses every export with “The disk is full…”, and keeps the workspace and the earlier exports byte for byte (needs root to mount a tmpfs)', async () => {
    const folder = fullFolder ?? '';
    copyEarlierExports(folder);
    fillDisk(folder);
    expect(await expectEveryExportRefused(folder, DISK_FULL)).toBe(10);
  }, 60_000);

  it.skipIf(fullFolder === null)('refuses a backup with the same message and keeps the earlier backup (needs root to mount a tmpfs)', async () => {
    const folder = backupFolderFor(ctx.userDataDir, ctx.workspace.current().path);
    if (mountOrNull(folder, 4 * 1024 * 1024) === null) throw new Error(`Could not mount a tmpfs on ${folder}`);
    const earlier = await call('workspace/backupNow', {});
    fillDisk(folder);
    const before = snapshotOf(ctx.workspace.current().db);
    const files = folderState(folder);
    // The clock stands still, so the new backup has the earlier one's name: a failure must not have replaced it.
    const result = await invoke(ctx, 'workspace/backupNow', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error' } });
    if (!result.ok) expect(result.error.message).toMatch(DISK_FULL);
    expect(snapshotOf(ctx.workspace.current().db) === before).toBe(true);
    expect(folderState(folder)).toEqual(files);
    expect(await call('workspace/backups', {})).toMatchObject({ backups: [{ path: earlier.path, sizeBytes: earlier.sizeBytes }] });
    unmount(folder);
  }, 30_000);
});

describe('exporting to a read-only folder', () => {
  it.skipIf(readOnlyFolder === null)('refuses every export with “…is read-only… Choose another folder”, and keeps the workspace and the earlier exports byte for byte', async () => {
    const folder = readOnlyFolder ?? '';
    copyEarlierExports(folder);
    remountReadOnly(folder);
    expect(await expectEveryExportRefused(folder, READ_ONLY)).toBe(10);
  }, 60_000);

  it.skipIf(readOnlyFolder === null)('refuses a backup into a read-only folder and keeps the earlier backup', async () => {
    const folder = backupFolderFor(ctx.userDataDir, ctx.workspace.current().path);
    if (mountOrNull(folder, 4 * 1024 * 1024) === null) throw new Error(`Could not mount a tmpfs on ${folder}`);
    const earlier = await call('workspace/backupNow', {});
    remountReadOnly(folder);
    const before = snapshotOf(ctx.workspace.current().db);
    const files = folderState(folder);
    const result = await invoke(ctx, 'workspace/backupNow', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'io_error' } });
    if (!result.ok) expect(result.error.message).toMatch(READ_ONLY);
    expect(snapshotOf(ctx.workspace.current().db) === before).toBe(true);
    expect(folderState(folder)).toEqual(files);
    expect(await call('workspace/backups', {})).toMatchObject({ backups: [{ path: earlier.path }] });
    unmount(folder);
  }, 30_000);

  it.skipIf(chmodFolder === null)('without root: refuses every export into a folder without write permission (chmod 0555)', async () => {
    const folder = chmodFolder ?? '';
    fs.mkdirSync(folder, { recursive: true });
    copyEarlierExports(folder);
    fs.chmodSync(folder, 0o555);
    try {
      expect(await expectEveryExportRefused(folder, NO_PERMISSION)).toBe(10);
    } finally {
      fs.chmodSync(folder, 0o755);
    }
  }, 60_000);
});
