import fs from 'node:fs';
import path from 'node:path';
import { CoreError } from '../errors';
import { describeWriteFailure, writeTemporaryFile } from '../files';
import { numberedFileName, safeFileName } from './safe-names';

const MAX_COPIES = 1_000;

/**
 * Writes a new file into a folder and returns its path. The name is made safe
 * and the result checked to lie inside the folder; an existing file is never
 * replaced ("report (2).pdf" instead); the content is written to a temporary
 * file beside it, flushed and then linked into place, so the file appears
 * whole or not at all.
 */
export function writeNewFileInFolder(folder: string, fileName: string, data: Buffer): string {
  const target = path.resolve(folder);
  checkFolder(target);
  const name = safeFileName(fileName);
  let temporary: string | null = null;
  try {
    temporary = writeTemporaryFile(target, data);
    return placeWithoutReplacing(target, name, temporary);
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw describeWriteFailure(error, path.join(target, name), 'Nothing was written');
  } finally {
    if (temporary !== null) fs.rmSync(temporary, { force: true });
  }
}

function checkFolder(folder: string): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(folder);
  } catch {
    throw new CoreError('io_error', `The folder ${folder} does not exist. Choose another folder; nothing was written.`);
  }
  if (!stats.isDirectory()) {
    throw new CoreError('io_error', `${folder} is a file, not a folder. Choose a folder to save into; nothing was written.`);
  }
}

/** Links the finished temporary file under the first free name; a name taken meanwhile is skipped, never overwritten. */
function placeWithoutReplacing(folder: string, name: string, temporary: string): string {
  for (let copy = 1; copy <= MAX_COPIES; copy += 1) {
    const candidate = path.join(folder, numberedFileName(name, copy));
    if (path.dirname(candidate) !== folder) {
      throw new CoreError('invalid_input', `The name ${name} would write outside ${folder}, so nothing was written.`);
    }
    try {
      fs.linkSync(temporary, candidate);
      return candidate;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      // Some file systems (FAT, some network shares) have no hard links: check, then rename.
      if (fs.existsSync(candidate)) continue;
      fs.renameSync(temporary, candidate);
      return candidate;
    }
  }
  throw new CoreError('conflict', `${folder} already holds ${MAX_COPIES} files called ${name}. Choose another folder; nothing was written.`);
}
