// Why a file could not be written, in words a person can act on. The same
// failure reaches us as an errno from Node (ENOSPC) or as a generic SQLite
// code from a backup ("unable to open database file"), so a vague code is
// made precise by asking the folder itself.
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from './errors';

/** What stopped a write, when it is something the user can fix by freeing space or choosing another folder. */
export type WriteProblem = 'disk_full' | 'quota' | 'read_only' | 'no_permission';

const PROBLEM_BY_CODE: Record<string, WriteProblem> = {
  ENOSPC: 'disk_full',
  SQLITE_FULL: 'disk_full',
  EDQUOT: 'quota',
  EROFS: 'read_only',
  SQLITE_READONLY: 'read_only',
  EACCES: 'no_permission',
  EPERM: 'no_permission',
};

/** Codes that say only "it failed": the folder is asked why. */
const VAGUE_CODE = /^(SQLITE_CANTOPEN|SQLITE_IOERR|SQLITE_READONLY|SQLITE_FULL)/;

/** The problem behind a failed write into `folder`, or null when it is none of the known ones. */
export function writeProblemOf(error: unknown, folder: string): WriteProblem | null {
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : '';
  if (VAGUE_CODE.test(code)) return probeFolder(folder) ?? PROBLEM_BY_CODE[code] ?? null;
  return PROBLEM_BY_CODE[code] ?? null;
}

/**
 * A sentence saying why `file` could not be written and what to do, ending
 * without a full stop so the caller can add what was kept safe.
 */
export function describeWriteProblem(error: unknown, file: string): string {
  const folder = path.dirname(file);
  switch (writeProblemOf(error, folder)) {
    case 'disk_full':
      return `The disk is full, so ${file} could not be written. Free some space on it, or choose another folder`;
    case 'quota':
      return `Your disk quota is used up, so ${file} could not be written. Free some space, or choose another folder`;
    case 'read_only':
      return `The folder ${folder} is read-only, so ${path.basename(file)} could not be written there. Choose another folder`;
    case 'no_permission':
      return `You do not have permission to write in ${folder}, so ${path.basename(file)} could not be written. Choose another folder`;
    case null:
      return `Could not write ${file}: ${messageOf(error)}. Try another folder`;
  }
}

/** Asks the folder whether it can be written to and has room; null when it seems fine. */
function probeFolder(folder: string): WriteProblem | null {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EROFS') return 'read_only';
    if (code === 'EACCES' || code === 'EPERM') return 'no_permission';
    return null;
  }
  try {
    const space = fs.statfsSync(folder);
    // A block or two is not room for a file: SQLite and the file system need more than that.
    if (space.bavail * space.bsize < 64 * 1024) return 'disk_full';
  } catch {
    // Some file systems cannot say how much room is left; the original error stands.
  }
  return null;
}
