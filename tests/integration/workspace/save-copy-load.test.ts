// "Save a copy" while people keep working: writers add people and progress
// updates without pause while copies are saved one after another. Every copy
// opens, is sound, and holds exactly the writes up to some moment inside its
// own save — all of those acknowledged before it began, nothing that was not
// yet asked for when it ended, and no gap.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../electron/core/api';
import { createCoreContext } from '../../../electron/core/context';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { silentLogger } from '../../../electron/core/logger';
import type { Person } from '../../../shared/api/methods/people';
import { openTestWorkspace, type TestWorkspace } from '../../helpers/workspace';

const WRITERS = 4;
const COPIES = 6;

/** One write as the writers saw it; times are steps of one logical clock shared with the copies. */
type Write = { table: 'people' | 'progress_updates'; id: number; text: string; askedAt: number; acknowledgedAt: number };
type Copy = { file: string; startedAt: number; finishedAt: number };

let ws: TestWorkspace;
let clock = 0;
const tick = () => (clock += 1);

beforeEach(async () => {
  ws = await openTestWorkspace('save-copy-load');
  clock = 0;
});
afterEach(() => { ws.close(); });

const note = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function writer(index: number, actionId: number, isRunning: () => boolean, writes: Write[]) {
  for (let round = 0; isRunning(); round += 1) {
    const text = `Writer ${index} write ${round}`;
    const askedAt = tick();
    if (round % 2 === 0) {
      const person = await ws.call('people/create', { fullName: text, organisation: 'Save-copy writers' });
      writes.push({ table: 'people', id: person.id, text, askedAt, acknowledgedAt: tick() });
    } else {
      const update = await ws.call('progress/add', { actionId, updateDate: '2026-11-20', note: note(text) });
      writes.push({ table: 'progress_updates', id: update.id, text, askedAt, acknowledgedAt: tick() });
    }
    // Each write arrives as its own message, as from a window or the browser host;
    // without this the writers would run on microtasks alone and starve the copy.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The writers' rows in a workspace file, keyed "table id" → text. */
function writerRows(file: string): Map<string, string> {
  const db = new Database(file, { readonly: true });
  try {
    const people = db.prepare("SELECT id, full_name AS text FROM people WHERE organisation = 'Save-copy writers'").all() as { id: number; text: string }[];
    const updates = db.prepare('SELECT id, note FROM progress_updates').all() as { id: number; note: string }[];
    return new Map([
      ...people.map((row) => [`people ${row.id}`, row.text] as const),
      ...updates.map((row) => [`progress_updates ${row.id}`, JSON.stringify(JSON.parse(row.note))] as const),
    ]);
  } finally {
    db.close();
  }
}

const keyOf = (write: Write) => `${write.table} ${write.id}`;
const valueOf = (write: Write) => (write.table === 'people' ? write.text : JSON.stringify(note(write.text)));

describe('saving a copy while writers keep writing', () => {
  it('gives copies that open, pass the integrity check and hold a gap-free prefix of the writes', async () => {
    // Ballast, so one copy takes many backup steps and the writers run between them.
    for (let index = 0; index < 4; index += 1) {
      await ws.call('attachments/add', { fileName: `ballast-${index}.txt`, dataBase64: Buffer.from(randomBytes(768 * 1024).toString('hex')).toString('base64') });
    }
    const plan = await ws.call('actionPlans/create', { title: 'Improvement plan' });
    const entry = await ws.call('planEntries/create', { planId: plan.id, heading: 'Placements' });
    const action = await ws.call('actions/create', { entryId: entry.id, description: 'Recruit foster carers' });

    const writes: Write[] = [];
    let isRunning = true;
    const writers = Array.from({ length: WRITERS }, (_unused, index) => writer(index, action.id, () => isRunning, writes));
    const copies: Copy[] = [];
    for (let index = 0; index < COPIES; index += 1) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      const file = path.join(path.dirname(ws.file), `copy-${index}.scrutiny`);
      const startedAt = tick();
      await ws.call('workspace/saveCopy', { path: file });
      copies.push({ file, startedAt, finishedAt: tick() });
    }
    isRunning = false;
    await Promise.all(writers);
    ws.ctx.workspace.close();

    // The commit order of every write, from the workspace itself (its audit trail).
    const db = new Database(ws.file, { readonly: true });
    const order = (db.prepare("SELECT entity, entity_id FROM audit_log WHERE action = 'create' AND entity IN ('person', 'progress_update') ORDER BY id").all() as { entity: string; entity_id: number }[])
      .map((row) => `${row.entity === 'person' ? 'people' : 'progress_updates'} ${row.entity_id}`);
    db.close();
    const written = new Map(writes.map((write) => [keyOf(write), write]));
    expect(order.filter((key) => written.has(key))).toHaveLength(writes.length);
    const inFile = writerRows(ws.file);
    for (const write of writes) expect(inFile.get(keyOf(write)), keyOf(write)).toBe(valueOf(write));

    const reader = createCoreContext({ door: 'cli', userDataDir: path.join(path.dirname(ws.file), 'reader'), log: silentLogger });
    let writesDuringCopies = 0;
    for (const copy of copies) {
      const label = path.basename(copy.file);
      const check = new Database(copy.file, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true }), label).toBe('ok');
      expect(check.pragma('foreign_key_check'), label).toEqual([]);
      expect(check.pragma('user_version', { simple: true }), label).toBe(LATEST_SCHEMA_VERSION);
      check.close();

      const rows = writerRows(copy.file);
      // Nothing acknowledged before the copy began is missing…
      for (const write of writes.filter((candidate) => candidate.acknowledgedAt < copy.startedAt)) {
        expect(rows.get(keyOf(write)), `${label}: ${keyOf(write)}`).toBe(valueOf(write));
      }
      // …nothing is there that had not been asked for by the time it ended, and each row is as written…
      for (const [key, value] of rows) {
        const write = written.get(key);
        expect(write && write.askedAt < copy.finishedAt, `${label}: ${key}`).toBe(true);
        expect(value, `${label}: ${key}`).toBe(write && valueOf(write));
      }
      // …and what is there is the first so many writes in commit order, with no gap.
      expect(order.slice(0, rows.size).every((key) => rows.has(key)), `${label} holds a prefix of ${rows.size} writes`).toBe(true);
      writesDuringCopies += writes.filter((write) => write.acknowledgedAt > copy.startedAt && write.acknowledgedAt < copy.finishedAt).length;

      const opened = await invoke(reader, 'workspace/open', { path: copy.file });
      expect(opened, label).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION } });
      const people = await invoke(reader, 'people/list', {});
      const listed = people.ok ? (people.value as Person[]).filter((person) => person.organisation === 'Save-copy writers') : [];
      expect(listed.length, label).toBe([...rows.keys()].filter((key) => key.startsWith('people ')).length);
    }
    reader.workspace.close();
    console.log(`Save a copy under load: ${COPIES} copies while ${WRITERS} writers made ${writes.length} writes, ${writesDuringCopies} of them acknowledged while a copy was being saved; copies held ${copies.map((copy) => writerRows(copy.file).size).join(', ')} writes`);
    // The writers really were working while copies were made.
    expect(writesDuringCopies).toBeGreaterThan(0);
  });
});
