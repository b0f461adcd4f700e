import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { CoreError } from './errors';
import { describeWriteProblem } from './io-errors';

/**
 * Writes a file so that readers see the old content or the new, never half:
 * a temporary file beside it, flushed, then renamed over the final name.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = writeTemporaryFile(path.dirname(file), content);
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes `fileName` into `folder` (made if missing), replacing an earlier
 * file of that name atomically; a name that would land outside the folder, a
 * folder that is a file, and a failed write each say what to do. Returns the
 * path written. For exports the user rebuilds (packs, documents, CSV).
 */
export function replaceFileInFolder(folder: string, fileName: string, content: Uint8Array): string {
  const target = targetInFolder(folder, fileName);
  try {
    writeFileAtomically(target, content);
  } catch (error) {
    throw describeWriteFailure(error, target, 'Any earlier file of that name is unchanged');
  }
  return target;
}

/** Files written under temporary names, waiting to take their final names (or to be thrown away). */
export type StagedFiles = {
  /** Renames every file into place, replacing earlier files of those names; returns the final paths in order. */
  commit: () => string[];
  discard: () => void;
};

/**
 * Writes every file into `folder` under a temporary name first, so a caller
 * can record the files somewhere else (the workspace) only once they are all
 * safely on disk, and then give them their names. A failure part-way removes
 * what was written and says what to do; no earlier file is touched.
 */
export function stageFilesInFolder(folder: string, files: readonly { fileName: string; content: Uint8Array }[]): StagedFiles {
  const targets = files.map((file) => targetInFolder(folder, file.fileName));
  const temporaries: string[] = [];
  const discard = () => {
    for (const temporary of temporaries.splice(0)) fs.rmSync(temporary, { force: true });
  };
  files.forEach((file, index) => {
    try {
      fs.mkdirSync(folder, { recursive: true });
      temporaries.push(writeTemporaryFile(folder, file.content));
    } catch (error) {
      discard();
      throw describeWriteFailure(error, targets[index] ?? file.fileName, 'Nothing was written and any earlier files are unchanged');
    }
  });
  return {
    commit: () => {
      temporaries.forEach((temporary, index) => { fs.renameSync(temporary, targets[index] ?? temporary); });
      temporaries.length = 0;
      return targets;
    },
    discard,
  };
}

/** The path of `fileName` in `folder`, refused when the name would leave the folder or the folder is a file. */
function targetInFolder(folder: string, fileName: string): string {
  const target = path.resolve(folder, fileName);
  if (path.dirname(target) !== path.resolve(folder)) {
    throw new CoreError('invalid_input', `The name ${fileName} would write outside ${folder}, so nothing was written.`);
  }
  if (fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() === false) {
    throw new CoreError('io_error', `${path.resolve(folder)} is a file, not a folder. Choose a folder to write into; nothing was written.`);
  }
  return target;
}

/**
 * Writes content to a new temporary file in `folder` and flushes it to disk,
 * ready to be renamed or linked into place; removes it again if writing fails.
 */
export function writeTemporaryFile(folder: string, content: string | Uint8Array): string {
  const temporary = temporaryPathIn(folder);
  try {
    const handle = fs.openSync(temporary, 'wx');
    try {
      fs.writeFileSync(handle, content);
      fs.fsyncSync(handle);
    } finally {
      fs.closeSync(handle);
    }
    return temporary;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** A name in the same folder as `file` (so a rename is atomic) that no one else will pick. */
export function temporaryPathBeside(file: string): string {
  return temporaryPathIn(path.dirname(file));
}

// Which computer and process wrote a temporary file is in its name, so one
// left by a process that was killed mid-write (power cut, crash, task
// manager) can be told from one still being written, and removed.
const HOST_TAG = createHash('sha256').update(os.hostname()).digest('hex').slice(0, 4);
const TEMPORARY_NAME = /^\.spb-([0-9a-f]{4})-(\d+)-[0-9a-f]{12}\.partial$/;
// Names from before the process was recorded: only their age tells they are abandoned.
const UNOWNED_TEMPORARY_NAME = /^\.spb-[0-9a-f]{12}\.partial$/;
const UNOWNED_TEMPORARY_MAX_AGE_MS = 24 * 60 * 60 * 1000;

// Short on purpose: the final name may already use all 255 bytes a name can have.
function temporaryPathIn(folder: string): string {
  removeAbandonedTemporaries(folder);
  return path.join(folder, `.spb-${HOST_TAG}-${process.pid}-${randomBytes(6).toString('hex')}.partial`);
}

/**
 * Removes the temporary files in `folder` that a process of this computer
 * left behind when it died before giving them their final names. Files of a
 * running process, or of another computer sharing the folder, are left alone.
 * Never fails: tidying up must not stop the write that triggered it.
 */
function removeAbandonedTemporaries(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    try {
      if (isAbandonedTemporary(folder, name)) fs.rmSync(path.join(folder, name), { force: true });
    } catch {
      // Another process may have removed it first, or the folder is read-only.
    }
  }
}

function isAbandonedTemporary(folder: string, name: string): boolean {
  const match = TEMPORARY_NAME.exec(name);
  if (match) return match[1] === HOST_TAG && !isRunning(Number(match[2]));
  if (!UNOWNED_TEMPORARY_NAME.test(name)) return false;
  const modified = fs.statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs;
  return modified !== undefined && Date.now() - modified > UNOWNED_TEMPORARY_MAX_AGE_MS;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: unknown }).code !== 'ESRCH';
  }
}

/** Turns a failed write into a message that says what went wrong and what to do. */
export function describeWriteFailure(error: unknown, file: string, reassurance: string): CoreError {
  return new CoreError('io_error', `${describeWriteProblem(error, file)}. ${reassurance}.`);
}
