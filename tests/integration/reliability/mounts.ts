// Real file systems that are full or read-only, for the disk fault tests: a
// small tmpfs (root only). Root ignores folder permissions, so chmod proves
// nothing there; a read-only mount refuses root too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const isRoot = process.getuid?.() === 0;

/** Mounts a tmpfs of `sizeBytes` on `folder` (made if missing); false when this process may not mount. */
export function mountTmpfs(folder: string, sizeBytes: number): boolean {
  fs.mkdirSync(folder, { recursive: true });
  if (!isRoot) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0755`, 'tmpfs', folder], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Makes a mounted tmpfs read-only, as a write-protected drive or a read-only share is. */
export function remountReadOnly(folder: string): void {
  execFileSync('mount', ['-o', 'remount,ro', folder], { stdio: 'pipe' });
}

/** Unmounts `folder` if something is mounted there; never throws (cleanup). */
export function unmount(folder: string): void {
  try {
    execFileSync('umount', [folder], { stdio: 'pipe' });
  } catch {
    try {
      execFileSync('umount', ['-l', folder], { stdio: 'pipe' });
    } catch {
      // Not mounted, or already gone.
    }
  }
}

/** Fills the file system under `folder` to the last byte with one file; returns its name. */
export function fillDisk(folder: string): string {
  const filler = path.join(folder, 'filler.bin');
  const handle = fs.openSync(filler, 'w');
  const block = Buffer.alloc(4096, 0x2e);
  try {
    for (;;) fs.writeSync(handle, block);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(handle);
  }
  return path.basename(filler);
}

/** Whether a chmod 0555 folder refuses writes to this process (not to root). */
export const canChmodBlockWrites = !isRoot;
