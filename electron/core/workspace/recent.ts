import fs from 'node:fs';
import path from 'node:path';
import type { RecentWorkspace } from '../../../shared/api/types';
import { writeFileAtomically } from '../files';

const RECENT_FILE = 'recent-workspaces.json';
const MAX_RECENT = 10;

type StoredEntry = { path: string; lastOpenedAt: string };

/** Workspaces opened recently, newest first, each marked whether it is still there. */
export function listRecentWorkspaces(userDataDir: string): RecentWorkspace[] {
  return readEntries(userDataDir).map((entry) => ({
    ...entry,
    fileName: path.basename(entry.path),
    exists: fs.existsSync(entry.path),
  }));
}

/** Puts a workspace at the top of the recent list. */
export function rememberRecentWorkspace(userDataDir: string, file: string, at: Date): void {
  const entries = readEntries(userDataDir).filter((entry) => entry.path !== file);
  entries.unshift({ path: file, lastOpenedAt: at.toISOString() });
  writeFileAtomically(path.join(userDataDir, RECENT_FILE), `${JSON.stringify(entries.slice(0, MAX_RECENT), null, 2)}\n`);
}

function readEntries(userDataDir: string): StoredEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(userDataDir, RECENT_FILE), 'utf8'));
  } catch {
    return []; // Missing or damaged: the list is a convenience, start it afresh.
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (entry): entry is StoredEntry =>
      typeof entry === 'object' && entry !== null &&
      typeof (entry as StoredEntry).path === 'string' && typeof (entry as StoredEntry).lastOpenedAt === 'string',
  );
}
