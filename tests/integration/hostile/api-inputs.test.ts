// Issue 9.3: every API method, fed random and malformed input through the
// same validation the doors use (invoke), on a real demo workspace. A call
// must never throw, must answer { ok, value } or a { code, message } error
// with a specific code (never 'internal', the catch-all for a crash), and a
// refused call must leave every row as it was: SQLite's total_changes() shows
// whether it touched a row at all (rolled back or not), and only then is the
// whole workspace compared with its state after the last accepted call.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { silentLogger } from '../../../electron/core/logger';
import { openStartupWorkspace } from '../../../electron/core/workspace/startup';
import { apiContract, type ApiMethod } from '../../../shared/api/contract';
import { API_ERROR_CODES } from '../../../shared/api/errors';
import { snapshotOf } from '../../helpers/workspace';
import { makeTempDir } from '../../helpers/temp';
import { arbitraryFor } from '../../helpers/zod-arbitrary';

/** Inputs per method; with about 140 methods that is several thousand calls. */
const RUNS_PER_METHOD = 40;
/** Fixed, so a failure can be replayed; fast-check prints the failing input and its path. */
const SEED = 20_261_123;
/** Fields that name files or folders: confined to this test's folder so no call can write elsewhere. */
const PATH_KEYS = new Set(['path', 'outDir']);

let dir: string;
let ctx: CoreContext;
let file: string;
const tally = { calls: 0, accepted: 0, refused: new Map<string, number>() };

beforeAll(async () => {
  dir = makeTempDir('hostile-api');
  ctx = createCoreContext({ door: 'cli', userDataDir: path.join(dir, 'user-data'), log: silentLogger, now: () => new Date('2026-11-23T09:00:00Z') });
  const status = await openStartupWorkspace(ctx, { kind: 'demo' });
  if (!status.isOpen) throw new Error('The demo workspace did not open');
  file = status.path;
}, 120_000);

afterAll(() => {
  const refused = [...tally.refused].map(([code, count]) => `${code} ${count}`).join(', ');
  console.log(`Hostile API inputs: ${tally.calls} calls to ${Object.keys(apiContract).length} methods; ${tally.accepted} accepted; refused: ${refused}`);
  ctx.workspace.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Replaces every path-like string, at any depth, with a name inside this test's folder. */
function confine(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(confine);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      PATH_KEYS.has(key) && typeof inner === 'string' ? path.join(dir, 'files', inner.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 60) || 'blank') : confine(inner),
    ]),
  );
}

const db = () => ctx.workspace.current().db;
const totalChanges = () => db().prepare('SELECT total_changes()').pluck().get() as number;

/** workspace/open and /create may switch files; every other call must find the demo open. */
async function backToTheDemo() {
  const status = ctx.workspace.status();
  if (status.isOpen && status.path === file) return;
  const reopened = await invoke(ctx, 'workspace/open', { path: file });
  if (!reopened.ok) throw new Error(`Could not reopen the demo: ${reopened.error.message}`);
}

describe('every API method, given hostile input', () => {
  const methods = Object.keys(apiContract) as ApiMethod[];

  it.each(methods)('%s answers with a value or a clear refusal, and a refusal writes nothing', async (method) => {
    const schema = apiContract[method].input;
    fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
    let reference = snapshotOf(db());
    await fc.assert(
      fc.asyncProperty(arbitraryFor(schema), async (raw) => {
        const input = confine(raw);
        const changes = totalChanges();
        let result: Awaited<ReturnType<typeof invoke>>;
        try {
          result = await invoke(ctx, method, input);
        } catch (error) {
          throw new Error(`${method} threw instead of answering`, { cause: error });
        }
        tally.calls += 1;
        if (result.ok) {
          tally.accepted += 1;
        } else {
          tally.refused.set(result.error.code, (tally.refused.get(result.error.code) ?? 0) + 1);
          expect(Object.keys(result.error).sort()).toEqual(['code', 'message']);
          expect(API_ERROR_CODES).toContain(result.error.code);
          expect(result.error.code, result.error.message).not.toBe('internal');
          expect(result.error.message.trim().length).toBeGreaterThan(10);
          // A stack trace or source path in a message is a crash dressed as an answer.
          expect(result.error.message).not.toMatch(/\n\s+at |\.ts:\d+|TypeError|ReferenceError|SQLITE_|undefined is not|Cannot read prop/);
        }
        if (method.startsWith('workspace/')) await backToTheDemo();
        if (totalChanges() === changes) return;
        const now = snapshotOf(db());
        if (!result.ok) expect(now === reference, `${method} was refused (${result.error.message}) but changed the workspace`).toBe(true);
        reference = now;
      }),
      { numRuns: RUNS_PER_METHOD, seed: SEED, endOnFailure: true },
    );
  }, 120_000);
});
