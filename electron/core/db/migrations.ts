// Numbered SQL files, forward-only, never edited once landed (STYLE.md).
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export type Migration = {
  version: number;
  name: string;
  sql: string;
};

/** Every migration shipped with this build, in order; versions run 1, 2, 3… with no gaps. */
export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([file, sql]) => {
    const match = /\/(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!match?.[1] || !match[2]) throw new Error(`Migration file name does not follow 0001_name.sql: ${file}`);
    return { version: Number(match[1]), name: match[2], sql };
  })
  .sort((a, b) => a.version - b.version);

MIGRATIONS.forEach((migration, index) => {
  if (migration.version !== index + 1) throw new Error(`Migration ${migration.name} should be number ${index + 1}`);
});

/** The schema version this build writes and the newest it can read. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
