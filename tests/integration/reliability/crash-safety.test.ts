// Crash safety: the built browser host writes to a demo workspace (progress
// updates, agenda edits, attachment imports) and is killed with SIGKILL at a
// seeded point, 50 times. After every kill, each write the API acknowledged
// is in the file, SQLite's integrity check passes, and the app opens it.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext } from '../../../electron/core/context';
import { createDemoWorkspace } from '../../../electron/core/demo';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import { makeTempDir } from '../../helpers/temp';
import { startHostProcess, type HostProcess } from '../../helpers/web-host-process';
import { between, callHost, integrityOf, openAsTheAppDoes, seededRandom } from './crash-kit';
import { GONE, WRITE_KINDS, writersFor, type Send, type Targets, type WriteKind } from './crash-writers';
import { checkedWrites, lostWrites, newLedger, storedButUnacknowledged, type Ledger } from './write-ledger';

const ROUNDS = 50;
const SEED = 20_261_123;
/** The most replies a round waits for before its kill: progress updates are quick, imports slow. */
const MOST_ACKS: Record<WriteKind, number> = { progress: 60, agenda: 40, attachments: 10 };

const dir = makeTempDir('crash-safety');
const file = path.join(dir, 'crash.scrutiny');
const hostUserData = path.join(dir, 'host-user-data');
let targets: Targets;

/** Builds the demo workspace, plus a second meeting whose agenda the reorder writer turns round. */
async function prepareWorkspace(ledger: Ledger): Promise<Targets> {
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'setup-user-data'), log: silentLogger, now: () => new Date('2026-11-23T09:00:00Z') });
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const result = await invoke(ctx, method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as ApiOutput<M>;
  };
  try {
    await createDemoWorkspace(ctx, file);
    const december = (await call('meetings/list', {})).find((meeting) => meeting.meetingDate === '2026-12-01');
    const [plan] = await call('actionPlans/list', {});
    if (!december || !plan) throw new Error('The demo workspace has changed: no December meeting or no plan.');
    const actionIds = (await call('actionPlans/get', { id: plan.id })).entries.flatMap((entry) => entry.actions.map((action) => action.id));
    const summaryItemId = (await call('meetings/get', { id: december.id })).agendaItems.find((item) => item.kind === 'report')?.id;
    if (actionIds.length < 4 || summaryItemId === undefined) throw new Error('The demo workspace has changed: too few actions, or no report on the December agenda.');
    const january = await call('meetings/create', { committeeId: december.committeeId, meetingDate: '2027-01-12' });
    for (const title of ['Apologies', 'Declarations of interest', 'Minutes', 'Placements report', 'Work programme', 'Any other business']) {
      await call('agendaItems/create', { meetingId: january.id, title });
    }
    const order = (await call('meetings/get', { id: january.id })).agendaItems.map((item) => item.id);
    ledger.orders.set(january.id, { acked: order, inFlight: null });
    const filesDir = path.join(dir, 'files-to-import');
    fs.mkdirSync(filesDir);
    return { actionIds, agendaMeetingId: december.id, summaryItemId, reorderMeetingId: january.id, filesDir };
  } finally {
    ctx.workspace.close();
  }
}

/**
 * Runs one round's writers against a fresh host and kills it after the
 * `killAfterAcks`-th reply plus `delayMs`, while other writes are in flight.
 */
async function runRound(kind: WriteKind, round: number, ledger: Ledger, killAfterAcks: number, delayMs: number): Promise<{ startMs: number }> {
  const started = performance.now();
  const host: HostProcess = await startHostProcess({ userDataDir: hostUserData, args: ['--workspace', file, '--today', '2026-11-23'] });
  const startMs = performance.now() - started;
  let replies = 0;
  let killer: NodeJS.Timeout | undefined;
  const send: Send = async (method, input) => {
    const reply = await callHost(host, method, input);
    if (reply === null) return GONE;
    if (!reply.ok) throw new Error(`Round ${round}: ${method} failed: ${reply.error.code}: ${reply.error.message}`);
    replies += 1;
    if (replies === killAfterAcks) killer = setTimeout(() => { host.kill('SIGKILL'); }, delayMs);
    return reply.value;
  };
  try {
    await Promise.all(writersFor(kind, targets, ledger, round).map((writer) => writer(send)));
  } finally {
    clearTimeout(killer);
    host.kill('SIGKILL');
    await host.stop();
  }
  return { startMs };
}

const ledger = newLedger();
const figures = { kills: { progress: 0, agenda: 0, attachments: 0 }, hostStartMs: 0, lost: 0, unacknowledgedStored: 0 };

beforeAll(async () => {
  targets = await prepareWorkspace(ledger);
}, 60_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('killing the app while it writes', () => {
  it(`keeps every acknowledged write through ${ROUNDS} SIGKILLs across progress updates, agenda edits and attachment imports`, async () => {
    const random = seededRandom(SEED);
    for (let round = 0; round < ROUNDS; round += 1) {
      const kind = WRITE_KINDS[round % WRITE_KINDS.length] ?? 'progress';
      const killAfterAcks = between(random, 1, MOST_ACKS[kind]);
      const delayMs = between(random, 0, 3);
      const { startMs } = await runRound(kind, round, ledger, killAfterAcks, delayMs);
      figures.kills[kind] += 1;
      figures.hostStartMs += startMs;

      const opened = await openAsTheAppDoes(file, path.join(dir, 'check-user-data'));
      try {
        expect(integrityOf(opened.db), `round ${round} (${kind})`).toBe('ok');
        const lost = lostWrites(opened.db, ledger);
        figures.lost += lost.length;
        expect(lost, `round ${round} (${kind}), killed after ${killAfterAcks} replies + ${delayMs} ms`).toEqual([]);
        // The app reads the file as usual: the agenda every round wrote to comes back whole.
        const meeting = await invoke(opened.ctx, 'meetings/get', { id: targets.agendaMeetingId });
        expect(meeting.ok, `round ${round}: meetings/get`).toBe(true);
        if (round === ROUNDS - 1) figures.unacknowledgedStored = storedButUnacknowledged(opened.db, ledger);
      } finally {
        opened.close();
      }
    }
    const acknowledged = ledger.acknowledged;
    console.info(
      `crash safety: ${ROUNDS} kills (progress ${figures.kills.progress}, agenda ${figures.kills.agenda}, attachments ${figures.kills.attachments}); ` +
        `acknowledged writes: progress ${acknowledged.progress}, agenda ${acknowledged.agenda}, attachments ${acknowledged.attachments}; ` +
        `${checkedWrites(ledger)} records checked after the last kill; lost ${figures.lost}; ` +
        `${figures.unacknowledgedStored} writes committed but killed before their reply; host start ${Math.round(figures.hostStartMs / ROUNDS)} ms on average`,
    );
    // The kills must land among real writes of every kind, or the test proves nothing.
    expect(acknowledged.progress).toBeGreaterThan(100);
    expect(acknowledged.agenda).toBeGreaterThan(100);
    expect(acknowledged.attachments).toBeGreaterThan(20);
  }, 170_000);
});
