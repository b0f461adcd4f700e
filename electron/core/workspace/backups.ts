import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile, BackupList } from '../../../shared/api/types';
import type { CoreContext } from '../context';
import Database from 'better-sqlite3';
import { CoreError, messageOf } from '../errors';
import { describeWriteFailure, temporaryPathBeside } from '../files';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Rolling backups kept per workspace: a week of working days and then some. */
export const BACKUPS_KEPT = 7;
const BACKUP_EXTENSION = '.backup.scrutiny';

/** Each workspace gets its own folder under the user data folder, named after it and its path. */
export function backupFolderFor(userDataDir: string, workspacePath: string): string {
  const name = path.basename(workspacePath).replace(/\.scrutiny$/i, '').replace(/[^\p{L}\p{N} ._-]+/gu, '_').slice(0, 60);
  const pathHash = createHash('sha256').update(path.resolve(workspacePath)).digest('hex').slice(0, 8);
  return path.join(userDataDir, 'backups', `${name}-${pathHash}`);
}

/** The backups of the open workspace, newest first. */
export function listBackups(ctx: CoreContext): BackupList {
  const { path: workspacePath } = ctx.workspace.current();
  const folder = backupFolderFor(ctx.userDataDir, workspacePath);
  return { folder, backups: readBackups(folder) };
}

function readBackups(folder: string): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(BACKUP_EXTENSION))
    .map((name) => {
      const file = path.join(folder, name);
      const stat = fs.statSync(file);
      return { path: file, fileName: name, sizeBytes: stat.size, createdAt: timeFromName(name) ?? stat.mtime.toISOString() };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The moment a backup was taken, from its name (written from the app's clock, unlike the file's time). */
function timeFromName(name: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})-(\d{2})-(\d{2})-(\d{2})/.exec(name);
  return match ? `${match[1] ?? ''}T${match[2] ?? ''}:${match[3] ?? ''}:${match[4] ?? ''}.000Z` : null;
}

/** Takes a backup now (SQLite's online backup: work can go on), then keeps only the newest few. */
export async function backupNow(ctx: CoreContext): Promise<BackupFile> {
  const { db, path: workspacePath } = ctx.workspace.current();
  const folder = backupFolderFor(ctx.userDataDir, workspacePath);
  const stamp = ctx.now().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const target = path.join(folder, `${stamp}${BACKUP_EXTENSION}`);
  const temporary = temporaryPathBeside(target);
  const task = ctx.startTask('Backing up the workspace', 1);
  try {
    fs.mkdirSync(folder, { recursive: true });
    await db.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        task.step(totalPages - remainingPages, totalPages);
        return 512;
      },
    });
    verifyBackup(temporary, workspacePath);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof CoreError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw damaged(workspacePath, messageOf(error));
    throw describeWriteFailure(error, target, 'The workspace is unchanged');
  } finally {
    task.finish();
  }
  for (const old of readBackups(folder).slice(BACKUPS_KEPT)) fs.rmSync(old.path, { force: true });
  ctx.log.info(`Backed up ${workspacePath} to ${target}`);
  return { path: target, fileName: path.basename(target), sizeBytes: fs.statSync(target).size, createdAt: ctx.now().toISOString() };
}

/**
 * Checks a fresh backup page by page (SQLite's quick check). The backup holds
 * the workspace's pages as they are, so this is also the regular check of the
 * workspace itself, which opens without one when it was closed cleanly.
 */
function verifyBackup(file: string, workspacePath: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const first = (copy.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[])[0]?.quick_check ?? 'no answer';
    if (first !== 'ok') throw damaged(workspacePath, first);
  } finally {
    copy.close();
  }
}

function damaged(workspacePath: string, detail: string): CoreError {
  return new CoreError('workspace_invalid', `${workspacePath} failed its check while being backed up (${detail}). Save a copy of your recent work, then open your latest backup; the backups already kept are unchanged.`);
}

/** A backup when the newest is a day old or there is none; failures are logged, never thrown (it runs in the background). */
export async function backupIfDue(ctx: CoreContext): Promise<BackupFile | null> {
  try {
    const newest = listBackups(ctx).backups[0];
    if (newest && ctx.now().getTime() - Date.parse(newest.createdAt) < DAY_MS) return null;
    return await backupNow(ctx);
  } catch (error) {
    ctx.log.error('The automatic backup failed', error);
    return null;
  }
}

/** Checks hourly whether a backup is due, for doors that stay open (desktop window, browser host). */
export function scheduleRollingBackups(ctx: CoreContext): () => void {
  void backupIfDue(ctx);
  const timer = setInterval(() => void backupIfDue(ctx), 60 * 60 * 1000);
  timer.unref();
  return () => { clearInterval(timer); };
}
