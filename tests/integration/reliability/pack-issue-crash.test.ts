// A pack issue killed mid-write: the built browser host issues the demo
// December pack into a folder and is killed with SIGKILL at seeded points
// (after a seeded time, or as its first temporary file appears). Each time the
// workspace holds the whole new version or none of it, every file under a
// final name in the folder is complete, and the next issue clears what the
// killed one left under temporary names.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { stageFilesInFolder } from '../../../electron/core/files';
import { silentLogger } from '../../../electron/core/logger';
import type { MeetingSummary } from '../../../shared/api/methods/meetings';
import type { PackBuildResult } from '../../../shared/api/methods/packs';
import { makeTempDir } from '../../helpers/temp';
import { startHostProcess } from '../../helpers/web-host-process';
import { between, callHost, integrityOf, openAsTheAppDoes, seededRandom } from './crash-kit';
import { isTemporaryName, sha256 } from './folder-state';

const ROUNDS = 10;
const SEED = 90_001;
/** When a round kills: after a seeded time, as the first file is staged, or as the first file takes its final name. */
const KILL_MOMENTS = ['timer', 'firstTemporary', 'firstRename'] as const;

const dir = makeTempDir('pack-issue-crash');
const file = path.join(dir, 'packs.scrutiny');
const outDir = path.join(dir, 'issued');
const hostArgs = ['--workspace', file, '--today', '2026-11-23'];
const hostUserData = path.join(dir, 'host-user-data');
let meetingId: number;
// Both editions as PDF: two files staged and renamed per issue (Word adds time, not another path through the code).
const issueInput = () => ({ meetingId, edition: 'both', format: 'pdf', outDir });

type IssuedRow = { version: number; edition: string; format: string; fileName: string; sha256: string; size: number; data: Buffer };

function issuedRows(db: Database.Database): IssuedRow[] {
  return db
    .prepare("SELECT p.version, p.edition, p.format, p.file_name AS fileName, c.sha256, c.size, c.data FROM issued_packs p JOIN attachment_contents c ON c.id = p.content_id WHERE p.meeting_id = ? AND p.kind = 'main'")
    .all(meetingId) as IssuedRow[];
}

const latestVersion = (rows: IssuedRow[]) => Math.max(0, ...rows.map((row) => row.version));

/** What an issue that ran to the end writes: one file per edition and format. */
let filesPerIssue: number;

/**
 * The workspace after a kill: the new version whole (every file, each with
 * the bytes its hash names) or no new version at all. Returns whether one was recorded.
 */
function expectWholeVersionOrNone(rows: IssuedRow[], before: number, round: number): boolean {
  const added = rows.filter((row) => row.version > before);
  if (added.length === 0) return false;
  expect(new Set(added.map((row) => row.version)), `round ${round}: one new version`).toEqual(new Set([before + 1]));
  expect(added.map((row) => `${row.edition} ${row.format}`).sort(), `round ${round}: every file of the version`).toEqual(['members pdf', 'public pdf']);
  expect(added.length).toBe(filesPerIssue);
  for (const row of added) {
    expect(sha256(row.data), `round ${round}: ${row.fileName} stored whole`).toBe(row.sha256);
    expect(row.data.length).toBe(row.size);
  }
  return true;
}

/** The folder after a kill: every final name holds a complete issued file; returns how many temporary files were left. */
function expectNoHalfWrittenFile(rows: IssuedRow[], round: number): number {
  const complete = new Set(rows.map((row) => `${row.fileName} ${row.sha256}`));
  let temporaries = 0;
  for (const name of fs.readdirSync(outDir)) {
    if (isTemporaryName(name)) {
      temporaries += 1;
      continue;
    }
    const hash = sha256(fs.readFileSync(path.join(outDir, name)));
    expect(complete.has(`${name} ${hash}`), `round ${round}: ${name} is not a complete issued file`).toBe(true);
  }
  return temporaries;
}

beforeAll(async () => {
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'setup-user-data'), log: silentLogger, now: () => new Date('2026-11-23T09:00:00Z') });
  try {
    await createDemoWorkspace(ctx, file);
    const meetings = await invoke(ctx, 'meetings/list', {});
    const december = meetings.ok ? (meetings.value as MeetingSummary[]).find((meeting) => meeting.meetingDate === '2026-12-01') : undefined;
    if (!december) throw new Error('The demo workspace has no December meeting.');
    meetingId = december.id;
  } finally {
    ctx.workspace.close();
  }
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('killing the app while it issues a pack', () => {
  it(`leaves the whole new version or none, and no half-written file under a final name (${ROUNDS} SIGKILLs)`, async () => {
    // An issue that runs to the end: the earlier export in the folder, and how long an issue takes here.
    const warmUp = await startHostProcess({ userDataDir: hostUserData, args: hostArgs });
    const started = performance.now();
    const first = await callHost(warmUp, 'packs/issue', issueInput());
    const issueMs = performance.now() - started;
    await warmUp.stop();
    expect(first).toMatchObject({ ok: true });
    filesPerIssue = first?.ok ? (first.value as PackBuildResult).files.length : 0;

    const random = seededRandom(SEED);
    const outcomes = { newVersion: 0, noVersion: 0, temporariesLeft: 0, byMoment: { timer: 0, firstTemporary: 0, firstRename: 0 } };
    for (let round = 0; round < ROUNDS; round += 1) {
      const moment = KILL_MOMENTS[round % KILL_MOMENTS.length] ?? 'timer';
      const delayMs = moment === 'timer' ? between(random, 0, Math.round(issueMs * 1.5)) : between(random, 0, 2);
      const before = await openAsTheAppDoes(file, path.join(dir, 'check-user-data'));
      const versionBefore = latestVersion(issuedRows(before.db));
      before.close();

      const host = await startHostProcess({ userDataDir: hostUserData, args: hostArgs });
      const kill = () => { host.kill('SIGKILL'); };
      let isArmed = true;
      const present = new Set(fs.readdirSync(outDir));
      // The folder tells when the files start to be written (a new temporary
      // name; old ones being cleared away do not count) and when they start
      // taking their final names (after the issue is recorded).
      const watcher = fs.watch(outDir, (_event, name) => {
        if (!isArmed || name === null) return;
        const isTrigger = moment === 'firstTemporary' ? isTemporaryName(name) && !present.has(name) : moment === 'firstRename' && !isTemporaryName(name);
        if (!isTrigger) return;
        isArmed = false;
        if (delayMs === 0) kill();
        else setTimeout(kill, delayMs);
      });
      const timer = moment === 'timer' ? setTimeout(kill, delayMs) : undefined;
      try {
        await callHost(host, 'packs/issue', issueInput());
      } finally {
        watcher.close();
        clearTimeout(timer);
        kill();
        await host.stop();
      }
      outcomes.byMoment[moment] += 1;

      const opened = await openAsTheAppDoes(file, path.join(dir, 'check-user-data'));
      try {
        expect(integrityOf(opened.db), `round ${round}`).toBe('ok');
        const rows = issuedRows(opened.db);
        if (expectWholeVersionOrNone(rows, versionBefore, round)) outcomes.newVersion += 1;
        else outcomes.noVersion += 1;
        outcomes.temporariesLeft += expectNoHalfWrittenFile(rows, round);
        expect(await invoke(opened.ctx, 'packs/list', { meetingId })).toMatchObject({ ok: true });
      } finally {
        opened.close();
      }
    }

    // The next issue, run to the end, clears what the killed ones left under temporary names.
    const host = await startHostProcess({ userDataDir: hostUserData, args: hostArgs });
    const last = await callHost(host, 'packs/issue', issueInput());
    await host.stop();
    expect(last).toMatchObject({ ok: true });
    const names = fs.readdirSync(outDir).sort();
    expect(names).toEqual(((last?.ok ? (last.value as PackBuildResult).files : []).map((issued) => issued.fileName)).sort());

    console.info(
      `pack issue: ${ROUNDS} kills (${outcomes.byMoment.timer} at a seeded time, ${outcomes.byMoment.firstTemporary} as the first file was staged, ` +
        `${outcomes.byMoment.firstRename} as the first took its final name); ` +
        `${outcomes.newVersion} left the whole new version, ${outcomes.noVersion} none; ` +
        `${outcomes.temporariesLeft} temporary files left by kills, all cleared by the next issue; an issue takes ${Math.round(issueMs)} ms here`,
    );
    // Files take their final names only once the version is recorded, so a kill at the first rename always leaves it whole.
    expect(outcomes.newVersion).toBeGreaterThanOrEqual(outcomes.byMoment.firstRename);
  }, 150_000);

  it('leaves alone the temporary files of a process still writing into the same folder', async () => {
    // This test process stages a file and stays alive; the host's issue into the same folder must not clear it away.
    const staged = stageFilesInFolder(outDir, [{ fileName: 'officer-notes.txt', content: Buffer.from('Notes still being saved.\n') }]);
    const ours = fs.readdirSync(outDir).filter(isTemporaryName);
    expect(ours).toHaveLength(1);
    const host = await startHostProcess({ userDataDir: hostUserData, args: hostArgs });
    const issued = await callHost(host, 'packs/issue', issueInput());
    await host.stop();
    expect(issued).toMatchObject({ ok: true });
    expect(fs.readdirSync(outDir).filter(isTemporaryName)).toEqual(ours);
    expect(staged.commit()).toEqual([path.join(outDir, 'officer-notes.txt')]);
    expect(fs.readFileSync(path.join(outDir, 'officer-notes.txt'), 'utf8')).toBe('Notes still being saved.\n');
  }, 60_000);
});
