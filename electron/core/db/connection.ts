import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CoreError, messageOf } from '../errors';
import type { Logger } from '../logger';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type WorkspaceDatabase = Database.Database;

/** Written into the SQLite header so a workspace is recognised as ours ("SPBW"). */
export const WORKSPACE_APPLICATION_ID = 0x53504257;

const SQLITE_MAGIC = 'SQLite format 3\0';
/** How long to wait for another program's lock before saying the file is in use. */
const LOCK_WAIT_MS = 250;
const BUSY_TIMEOUT_MS = 5000;

type OpenOptions = {
  /** Create the file; refuse if something is already there. */
  isNew: boolean;
  log: Logger;
  now: () => Date;
};

/**
 * Opens (or creates) a workspace file: checks it is ours and not from a newer
 * version, sets the connection up (WAL, foreign keys) and brings its schema
 * up to date, taking a backup first when an existing file is migrated.
 */
export function openWorkspaceDatabase(file: string, options: OpenOptions): WorkspaceDatabase {
  const absolute = path.resolve(file);
  if (options.isNew) {
    if (fs.existsSync(absolute)) {
      throw new CoreError('conflict', `There is already a file at ${absolute}. Choose another name, or open it instead.`);
    }
    if (!fs.existsSync(path.dirname(absolute))) {
      throw new CoreError('not_found', `The folder ${path.dirname(absolute)} does not exist. Choose a folder that does.`);
    }
  } else {
    checkLooksLikeSqlite(absolute);
  }
  // Decided before opening: opening creates the WAL file this looks for.
  const needsCheck = !options.isNew && !wasClosedCleanly(absolute);

  let db: WorkspaceDatabase;
  try {
    db = new Database(absolute, { fileMustExist: !options.isNew });
  } catch (error) {
    throw new CoreError('io_error', `Could not open ${absolute}: ${messageOf(error)}.`);
  }
  try {
    // One app at a time: the lock is held until the connection closes, and the
    // operating system drops it if the process dies, so it never goes stale.
    db.pragma(`busy_timeout = ${LOCK_WAIT_MS}`);
    db.pragma('locking_mode = EXCLUSIVE');
    // Nothing is written (not even the journal mode) until the file is known to be ours.
    checkOwnership(db, absolute, options.isNew);
    configure(db);
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (needsCheck) checkIntegrity(db, absolute);
    migrate(db, absolute, options);
    return db;
  } catch (error) {
    db.close();
    if (options.isNew) removeQuietly(absolute);
    throw explainOpenFailure(error, absolute);
  }
}

function explainOpenFailure(error: unknown, file: string): unknown {
  if (error instanceof CoreError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new CoreError('workspace_locked', `${path.basename(file)} is open in another Scrutiny Pack Builder window or program. Close it there, then try again.`);
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new CoreError('workspace_invalid', `${file} is damaged and cannot be read (${messageOf(error)}). Open a backup copy instead; this file has not been changed.`);
  }
  return error;
}

/**
 * Whether the file looks exactly as SQLite leaves it after a clean close: no
 * write-ahead log left over, and a length that matches the page count in its
 * header. Such a file opens without the quick check (half a second on a large
 * workspace); every backup is checked instead (workspace/backups.ts). A file
 * left by a crash, cut short or grown oddly is checked before use.
 */
export function wasClosedCleanly(file: string): boolean {
  try {
    const wal = fs.statSync(`${file}-wal`, { throwIfNoEntry: false });
    if (wal !== undefined && wal.size > 0) return false;
    const header = Buffer.alloc(100);
    const handle = fs.openSync(file, 'r');
    try {
      if (fs.readSync(handle, header, 0, 100, 0) < 100) return false;
    } finally {
      fs.closeSync(handle);
    }
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    // The header's page count is only valid when the change counter matches "version valid for".
    if (header.readUInt32BE(24) !== header.readUInt32BE(92)) return false;
    return pageCount > 0 && pageCount * pageSize === fs.statSync(file).size;
  } catch {
    return false;
  }
}

/** SQLite's quick check: structure and page sanity without a full index cross-check. */
function checkIntegrity(db: WorkspaceDatabase, file: string) {
  const problems = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const first = problems[0]?.quick_check ?? 'no answer';
  if (first !== 'ok') {
    throw new CoreError('workspace_invalid', `${file} is damaged (${first}). Open a backup copy instead; this file has not been changed.`);
  }
}

function checkLooksLikeSqlite(file: string) {
  let header: Buffer;
  try {
    const handle = fs.openSync(file, 'r');
    try {
      header = Buffer.alloc(16);
      const bytesRead = fs.readSync(handle, header, 0, 16, 0);
      header = header.subarray(0, bytesRead);
    } finally {
      fs.closeSync(handle);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CoreError('not_found', `No workspace file at ${file}. Check the path, or create a new workspace.`);
    }
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new CoreError('workspace_invalid', `${file} is a folder, not a workspace file. Choose a .scrutiny file.`);
    }
    throw new CoreError('io_error', `Could not read ${file}: ${messageOf(error)}.`);
  }
  if (header.toString('latin1') !== SQLITE_MAGIC) {
    throw new CoreError('workspace_invalid', `${file} is not a Scrutiny Pack Builder workspace (it is not a database file). Choose a .scrutiny file.`);
  }
}

function configure(db: WorkspaceDatabase) {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // FULL: an acknowledged write survives a power cut, not only a crash.
  db.pragma('synchronous = FULL');
}

function checkOwnership(db: WorkspaceDatabase, file: string, isNew: boolean) {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (applicationId === 0) {
    const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
    if (!isNew && tableCount > 0) {
      throw new CoreError('workspace_invalid', `${file} is a database, but not a Scrutiny Pack Builder workspace. Choose a .scrutiny file.`);
    }
    db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
    return;
  }
  if (applicationId !== WORKSPACE_APPLICATION_ID) {
    throw new CoreError('workspace_invalid', `${file} is a database made by another program, not a Scrutiny Pack Builder workspace.`);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new CoreError(
      'workspace_newer',
      `${path.basename(file)} was saved by a newer version of Scrutiny Pack Builder (workspace format ${version}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update the app to open it. The file has not been changed.`,
    );
  }
}

function migrate(db: WorkspaceDatabase, file: string, options: OpenOptions) {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = MIGRATIONS.filter((migration) => migration.version > from);
  if (pending.length === 0) return;
  if (from > 0) backupBeforeMigrating(db, file, from, options);
  for (const migration of pending) {
    runMigration(db, migration);
    options.log.info(`Migrated ${file} to schema ${migration.version} (${migration.name})`);
  }
  if (from === 0) {
    const insert = db.prepare('INSERT OR IGNORE INTO workspace_meta (key, value) VALUES (?, ?)');
    insert.run('created_at', options.now().toISOString());
  }
}

/**
 * One migration in one transaction. A migration that rebuilds a table (the
 * only way SQLite changes a CHECK constraint) starts with the line
 * `-- foreign_keys: off`: the switch only works outside a transaction, so it
 * is turned off around it, and every reference is checked before commit so a
 * rebuild can never leave a dangling row behind.
 */
function runMigration(db: WorkspaceDatabase, migration: Migration) {
  const isRebuild = migration.sql.startsWith('-- foreign_keys: off');
  if (isRebuild) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.exec(migration.sql);
      if (isRebuild) {
        const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          const first = broken[0];
          throw new CoreError('workspace_invalid', `Updating the workspace to schema ${migration.version} would leave ${broken.length} broken reference(s) (the first from ${first?.table} to ${first?.parent}). The file has not been changed; report this with the file.`);
        }
      }
      db.pragma(`user_version = ${migration.version}`);
    })();
  } finally {
    if (isRebuild) db.pragma('foreign_keys = ON');
  }
}

/** A consistent copy beside the file, named after the schema it holds. */
function backupBeforeMigrating(db: WorkspaceDatabase, file: string, from: number, options: OpenOptions) {
  const stamp = options.now().toISOString().replace(/[:.]/g, '-');
  const backup = `${file}.schema-${from}-backup-${stamp}`;
  try {
    db.prepare('VACUUM INTO ?').run(backup);
  } catch (error) {
    throw new CoreError('io_error', `Could not take a backup before updating ${file} (${messageOf(error)}). Free some disk space and try again; the file has not been changed.`);
  }
  options.log.info(`Backed up ${file} to ${backup} before migrating from schema ${from}`);
}

function removeQuietly(file: string) {
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      fs.rmSync(`${file}${suffix}`, { force: true });
    } catch {
      // Best effort: a file we just created and could not set up.
    }
  }
}
