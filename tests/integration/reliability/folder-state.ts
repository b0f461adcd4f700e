import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Every file in a folder (hidden ones too) with the SHA-256 of its bytes: equal before and after means nothing there changed. */
export function folderState(folder: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const name of fs.readdirSync(folder).sort()) {
    const file = path.join(folder, name);
    if (fs.statSync(file).isFile()) state[name] = sha256(fs.readFileSync(file));
  }
  return state;
}

/** The hex SHA-256 of some bytes. */
export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The temporary names our file writer uses while a file is written (see electron/core/files.ts). */
export const isTemporaryName = (name: string): boolean => /^\.spb-.*\.partial$/.test(name);
