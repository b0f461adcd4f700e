// A burst of 1,000 API calls at once against the browser host, started as
// users start it (the built out/main/web.js) on a fresh demo workspace: every
// call is answered, and every acknowledged write is in the file afterwards.
import fs from 'node:fs';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../../shared/api/contract';
import { makeTempDir } from '../../helpers/temp';
import { startHostProcess, type HostProcess } from '../../helpers/web-host-process';

const READS = 600;
const PEOPLE = 250;
const PROGRESS_UPDATES = 150;

type Reply = { status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } }; ms: number };
type Call = { method: ApiMethod; input: unknown };

let dir: string;
let host: HostProcess;
// One socket per call in flight: the burst really arrives at once, on 1,000 connections.
const agent = new http.Agent({ keepAlive: true, maxSockets: READS + PEOPLE + PROGRESS_UPDATES });

function post(call: Call): Promise<Reply> {
  const started = performance.now();
  const url = new URL(host.origin);
  const body = JSON.stringify(call);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/invoke',
        method: 'POST',
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: Reply['body'];
          try {
            parsed = JSON.parse(text) as Reply['body'];
          } catch {
            parsed = { ok: false, error: { code: 'not_json', message: text } };
          }
          resolve({ status: response.statusCode ?? 0, body: parsed, ms: performance.now() - started });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function value<T>(method: ApiMethod, input: unknown): Promise<T> {
  const reply = await post({ method, input });
  if (!reply.body.ok) throw new Error(`${method}: ${reply.body.error?.message ?? reply.status}`);
  return reply.body.value as T;
}

const note = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;

beforeAll(async () => {
  dir = makeTempDir('web-load');
  // No --workspace: the host makes the demo workspace in this fresh user-data folder.
  host = await startHostProcess({ userDataDir: dir });
}, 90_000);

afterAll(async () => {
  agent.destroy();
  await host.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the browser host under a burst of 1,000 concurrent calls', () => {
  it('answers every call and keeps every acknowledged write', async () => {
    const { path: workspaceFile } = await value<{ path: string }>('workspace/status', {});
    const plans = await value<{ id: number }[]>('actionPlans/list', {});
    const plan = await value<{ entries: { actions: { id: number }[] }[] }>('actionPlans/get', { id: plans[0]?.id });
    const actionIds = plan.entries.flatMap((entry) => entry.actions.map((action) => action.id));
    const committees = await value<{ id: number }[]>('committees/list', {});
    const meetings = await value<{ id: number }[]>('meetings/list', {});
    expect(actionIds.length).toBeGreaterThan(0);
    expect(committees.length).toBeGreaterThan(0);
    expect(meetings.length).toBeGreaterThan(0);
    const pick = <T>(items: T[], index: number): T => items[index % items.length] as T;

    const readKinds: ((index: number) => Call)[] = [
      () => ({ method: 'people/list', input: {} }),
      () => ({ method: 'committees/list', input: {} }),
      () => ({ method: 'meetings/list', input: {} }),
      (index) => ({ method: 'meetings/get', input: { id: pick(meetings, index).id } }),
      () => ({ method: 'dashboard/summary', input: { today: '2026-11-23' } }),
      () => ({ method: 'actionPlans/list', input: {} }),
      (index) => ({ method: 'actionPlans/get', input: { id: pick(plans, index).id } }),
      (index) => ({ method: 'progress/history', input: { actionId: pick(actionIds, index) } }),
      (index) => ({ method: 'workProgramme/list', input: { committeeId: pick(committees, index).id } }),
      () => ({ method: 'search/query', input: { text: 'care' } }),
      () => ({ method: 'settings/get', input: {} }),
      () => ({ method: 'workspace/status', input: {} }),
    ];
    const reads = Array.from({ length: READS }, (_unused, index) => pick(readKinds, index)(index));
    const people = Array.from({ length: PEOPLE }, (_unused, index): Call => ({
      method: 'people/create',
      input: { fullName: `Burst Person ${String(index).padStart(3, '0')}`, organisation: 'Load test', email: `burst.${index}@castlemere.example` },
    }));
    const updates = Array.from({ length: PROGRESS_UPDATES }, (_unused, index): Call => ({
      method: 'progress/add',
      input: { actionId: pick(actionIds, index), updateDate: '2026-11-20', note: note(`Burst update ${index}`), rag: pick(['red', 'amber', 'green'], index) },
    }));
    // Reads and writes interleaved the same way on every run.
    const calls = [...reads, ...people, ...updates]
      .map((call, index) => ({ call, order: (index * 7919) % 1000 }))
      .sort((a, b) => a.order - b.order)
      .map(({ call }) => call);
    expect(calls).toHaveLength(1000);

    const started = performance.now();
    const replies = await Promise.all(calls.map((call) => post(call)));
    const elapsed = performance.now() - started;

    const failures = replies.flatMap((reply, index) => (reply.status === 200 && reply.body.ok ? [] : [`${calls[index]?.method}: ${reply.status} ${JSON.stringify(reply.body.error)}`]));
    expect(failures).toEqual([]);
    const latencies = replies.map((reply) => reply.ms).sort((a, b) => a - b);
    console.log(
      `Load: 1,000 concurrent calls (${READS} reads, ${PEOPLE + PROGRESS_UPDATES} writes) in ${elapsed.toFixed(0)} ms = ${(1000 / (elapsed / 1000)).toFixed(0)} calls/s; ` +
      `latency p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, max ${percentile(latencies, 1).toFixed(0)} ms`,
    );

    const acknowledged = (method: ApiMethod) => replies.filter((_reply, index) => calls[index]?.method === method).map((reply) => reply.body.value as Record<string, unknown>);
    const createdPeople = acknowledged('people/create') as { id: number; fullName: string; email: string }[];
    const addedUpdates = acknowledged('progress/add') as { id: number; actionId: number; note: unknown; rag: string }[];
    expect(createdPeople).toHaveLength(PEOPLE);
    expect(addedUpdates).toHaveLength(PROGRESS_UPDATES);
    agent.destroy();
    await host.stop();

    // The file as it is on disk once the host has gone.
    const db = new Database(workspaceFile, { readonly: true });
    try {
      const personById = db.prepare('SELECT full_name AS fullName, email FROM people WHERE id = ?');
      for (const person of createdPeople) expect(personById.get(person.id), person.fullName).toEqual({ fullName: person.fullName, email: person.email });
      expect(db.prepare("SELECT count(*) FROM people WHERE organisation = 'Load test'").pluck().get()).toBe(PEOPLE);
      const updateById = db.prepare<[number], { actionId: number; note: string; rag: string }>('SELECT action_id AS actionId, note, rag FROM progress_updates WHERE id = ?');
      for (const update of addedUpdates) {
        const row = updateById.get(update.id);
        expect(row && { ...row, note: JSON.parse(row.note) as unknown }, `progress update ${update.id}`).toEqual({ actionId: update.actionId, note: update.note, rag: update.rag });
      }
      expect(db.prepare("SELECT count(*) FROM progress_updates WHERE note LIKE '%Burst update %'").pluck().get()).toBe(PROGRESS_UPDATES);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  }, 120_000);
});
