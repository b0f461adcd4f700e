// What the writers were told was saved (the API's reply), and the check that
// every bit of it is in the workspace after a kill. A write that was sent but
// not answered may or may not be there; a write that was answered must be.
import type Database from 'better-sqlite3';
import { sha256 } from './folder-state';

/** A value a single writer keeps changing: after a kill it holds the last acknowledged value or the one in flight. */
type Settable<T> = { acked: T; inFlight: T | null };

export type Ledger = {
  /** Progress updates (new ones and revisions) by the id the reply gave. */
  progress: Map<number, { actionId: number; marker: string; supersedesId: number | null }>;
  agendaItems: Map<number, { meetingId: number; title: string }>;
  /** Agenda item id → its summary. */
  summaries: Map<number, Settable<string>>;
  /** Meeting id → its agenda's item ids in order. */
  orders: Map<number, Settable<number[]>>;
  attachments: Map<number, { sha256: string; size: number; fileName: string }>;
  /** Replies received, by kind of write. */
  acknowledged: { progress: number; agenda: number; attachments: number };
};

/** An empty ledger. */
export function newLedger(): Ledger {
  return { progress: new Map(), agendaItems: new Map(), summaries: new Map(), orders: new Map(), attachments: new Map(), acknowledged: { progress: 0, agenda: 0, attachments: 0 } };
}

/**
 * Every acknowledged write the workspace has lost, described (empty when
 * none); values changed in place settle on what is stored, for the next round.
 */
export function lostWrites(db: Database.Database, ledger: Ledger): string[] {
  return [...lostProgress(db, ledger), ...lostAgenda(db, ledger), ...lostAttachments(db, ledger)];
}

/** How many acknowledged writes the ledger checks each time. */
export function checkedWrites(ledger: Ledger): number {
  return ledger.progress.size + ledger.agendaItems.size + ledger.summaries.size + ledger.orders.size + ledger.attachments.size;
}

function lostProgress(db: Database.Database, ledger: Ledger): string[] {
  type Row = { id: number; action_id: number; supersedes_id: number | null; note: string };
  const rows = new Map((db.prepare('SELECT id, action_id, supersedes_id, note FROM progress_updates').all() as Row[]).map((row) => [row.id, row]));
  const lost: string[] = [];
  for (const [id, expected] of ledger.progress) {
    const row = rows.get(id);
    if (!row || row.action_id !== expected.actionId || row.supersedes_id !== expected.supersedesId || !row.note.includes(expected.marker)) {
      lost.push(`progress update ${id} (${expected.marker}): ${row ? JSON.stringify(row) : 'missing'}`);
    }
  }
  return lost;
}

function lostAgenda(db: Database.Database, ledger: Ledger): string[] {
  type Row = { id: number; meeting_id: number; title: string; summary: string };
  const rows = new Map((db.prepare('SELECT id, meeting_id, title, summary FROM agenda_items').all() as Row[]).map((row) => [row.id, row]));
  const lost: string[] = [];
  for (const [id, expected] of ledger.agendaItems) {
    const row = rows.get(id);
    if (row?.meeting_id !== expected.meetingId || row.title !== expected.title) lost.push(`agenda item ${id} (${expected.title}): ${row ? row.title : 'missing'}`);
  }
  for (const [id, summary] of ledger.summaries) {
    const stored = rows.get(id)?.summary;
    if (stored === undefined || (stored !== summary.acked && stored !== summary.inFlight)) {
      lost.push(`summary of agenda item ${id}: "${String(stored)}", acknowledged "${summary.acked}"`);
    } else {
      ledger.summaries.set(id, { acked: stored, inFlight: null });
    }
  }
  const orderOf = db.prepare('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position').pluck();
  for (const [meetingId, order] of ledger.orders) {
    const stored = orderOf.all(meetingId) as number[];
    const matches = (ids: number[] | null) => ids !== null && ids.join() === stored.join();
    if (!matches(order.acked) && !matches(order.inFlight)) {
      lost.push(`order of meeting ${meetingId}: ${stored.join()}, acknowledged ${order.acked.join()}`);
    } else {
      ledger.orders.set(meetingId, { acked: stored, inFlight: null });
    }
  }
  return lost;
}

function lostAttachments(db: Database.Database, ledger: Ledger): string[] {
  type Row = { id: number; file_name: string; sha256: string; size: number; data: Buffer };
  const read = db.prepare('SELECT a.id, a.file_name, c.sha256, c.size, c.data FROM attachments a JOIN attachment_contents c ON c.id = a.content_id WHERE a.id = ?');
  const lost: string[] = [];
  for (const [id, expected] of ledger.attachments) {
    const row = read.get(id) as Row | undefined;
    // The bytes themselves are hashed again: a row pointing at half a file would be a loss too.
    if (row?.sha256 !== expected.sha256 || row.size !== expected.size || row.file_name !== expected.fileName || sha256(row.data) !== expected.sha256) {
      lost.push(`attachment ${id} (${expected.fileName}): ${row ? `${row.file_name}, ${String(row.size)} bytes` : 'missing'}`);
    }
  }
  return lost;
}

/**
 * Writes the file holds that no reply acknowledged: the host committed them
 * and was killed before it could answer. Some of these show the kills land
 * in the middle of writes, not between them.
 */
export function storedButUnacknowledged(db: Database.Database, ledger: Ledger): number {
  const progress = (db.prepare("SELECT id FROM progress_updates WHERE note LIKE '%Crash r%'").pluck().all() as number[]).filter((id) => !ledger.progress.has(id));
  const items = (db.prepare("SELECT id FROM agenda_items WHERE title LIKE 'Crash round %'").pluck().all() as number[]).filter((id) => !ledger.agendaItems.has(id));
  const files = (db.prepare("SELECT id FROM attachments WHERE file_name LIKE 'crash-r%'").pluck().all() as number[]).filter((id) => !ledger.attachments.has(id));
  return progress.length + items.length + files.length;
}
