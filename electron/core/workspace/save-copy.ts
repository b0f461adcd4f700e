import fs from 'node:fs';
import path from 'node:path';
import type { SavedCopy } from '../../../shared/api/types';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { describeWriteFailure, temporaryPathBeside } from '../files';

const PAGES_PER_STEP = 256;

/**
 * Writes a consistent copy of the open workspace (SQLite's online backup, so
 * work can go on meanwhile) to a temporary name and renames it into place:
 * a failed copy leaves no half-written file and an earlier copy untouched.
 */
export async function saveWorkspaceCopy(ctx: CoreContext, target: string, options: { overwrite: boolean }): Promise<SavedCopy> {
  const { db, path: source } = ctx.workspace.current();
  const destination = path.resolve(target);
  if (sameFile(destination, source)) {
    throw new CoreError('conflict', 'That is the workspace you have open. Choose another name for the copy.');
  }
  if (!fs.existsSync(path.dirname(destination))) {
    throw new CoreError('not_found', `The folder ${path.dirname(destination)} does not exist. Choose a folder that does.`);
  }
  if (fs.existsSync(destination) && !options.overwrite) {
    throw new CoreError('conflict', `There is already a file at ${destination}. Choose another name, or confirm that it should be replaced.`);
  }

  const temporary = temporaryPathBeside(destination);
  const task = ctx.startTask(`Saving a copy to ${path.basename(destination)}`, 1);
  try {
    await db.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        task.step(totalPages - remainingPages, totalPages);
        return PAGES_PER_STEP;
      },
    });
    fs.renameSync(temporary, destination);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw describeWriteFailure(error, destination, 'The workspace is unchanged');
  } finally {
    task.finish();
  }
  ctx.log.info(`Saved a copy of ${source} to ${destination}`);
  return { path: destination, sizeBytes: fs.statSync(destination).size };
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}
