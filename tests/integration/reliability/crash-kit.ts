// What the crash tests share: a seeded random source (so every kill point can
// be replayed), a client for the built web host that tells an answer from a
// dead host, and a look at a workspace file through the app's own open.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { invoke } from '../../../electron/core/api';
import { createCoreContext, type CoreContext } from '../../../electron/core/context';
import { silentLogger } from '../../../electron/core/logger';
import type { ApiResult } from '../../../shared/api/errors';
import type { HostProcess } from '../../helpers/web-host-process';

/** A small seeded generator (mulberry32): the same seed gives the same kill points on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number from `min` to `max` inclusive. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/**
 * Calls a method on the host over HTTP, as the browser does. The reply is the
 * acknowledgement; null means the connection broke (the host was killed), so
 * the write may or may not have been made.
 */
export async function callHost(host: HostProcess, method: string, input: unknown): Promise<ApiResult<unknown> | null> {
  try {
    const response = await fetch(`${host.origin}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ method, input }),
    });
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return null;
  }
}

/** A workspace opened by the app's own `workspace/open` (which checks a file left by a crash), with its connection. */
export type OpenedByApp = { ctx: CoreContext; db: Database.Database; close: () => void };

/** Opens `file` as the app does after a crash; throws with the app's message if it refuses. */
export async function openAsTheAppDoes(file: string, userDataDir: string): Promise<OpenedByApp> {
  const ctx = createCoreContext({ door: 'cli', userDataDir: path.resolve(userDataDir), log: silentLogger, now: () => new Date('2026-11-23T12:00:00Z') });
  const opened = await invoke(ctx, 'workspace/open', { path: file });
  if (!opened.ok) throw new Error(`The app refused the workspace after the kill: ${opened.error.code}: ${opened.error.message}`);
  return { ctx, db: ctx.workspace.current().db, close: () => { ctx.workspace.close(); } };
}

/** SQLite's full integrity check: "ok", or the first problems found. */
export function integrityOf(db: Database.Database): string {
  return (db.pragma('integrity_check(10)', { simple: false }) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '').join('; ');
}
