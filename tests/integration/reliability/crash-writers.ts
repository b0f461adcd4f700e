// The writers a crash round runs against the host, one set per kind of write:
// each loops until the host is gone, noting in the ledger what it sent and
// what the API acknowledged.
import fs from 'node:fs';
import path from 'node:path';
import type { Attachment } from '../../../shared/api/methods/attachments';
import type { AgendaItem } from '../../../shared/api/methods/meetings';
import type { ProgressUpdate } from '../../../shared/api/methods/action-plans';
import { seededRandom } from './crash-kit';
import { sha256 } from './folder-state';
import type { Ledger } from './write-ledger';

export const WRITE_KINDS = ['progress', 'agenda', 'attachments'] as const;
export type WriteKind = (typeof WRITE_KINDS)[number];

/** Returned by `send` when the connection broke: the host has been killed. */
export const GONE = Symbol('gone');
/** Calls the host; resolves to the acknowledged value, or GONE. An API error rejects (a test failure). */
export type Send = (method: string, input: unknown) => Promise<unknown>;

/** Where the writers write: demo actions, the demo meeting's agenda, a meeting to reorder, a folder for files to import. */
export type Targets = { actionIds: number[]; agendaMeetingId: number; summaryItemId: number; reorderMeetingId: number; filesDir: string };

type Writer = (send: Send) => Promise<void>;

/** The concurrent writers of one round, as a busy screen (or several) would send them. */
export function writersFor(kind: WriteKind, targets: Targets, ledger: Ledger, round: number): Writer[] {
  switch (kind) {
    case 'progress':
      return targets.actionIds.slice(0, 4).map((actionId, writer) => progressWriter(ledger, actionId, `r${round}w${writer}`));
    case 'agenda':
      return [agendaCreator(ledger, targets.agendaMeetingId, round), summaryEditor(ledger, targets.summaryItemId, round), agendaReorderer(ledger, targets.reorderMeetingId)];
    case 'attachments':
      return [0, 1].map((writer) => attachmentImporter(ledger, targets.filesDir, round, writer));
  }
}

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** Adds progress updates to one action; every third write revises the writer's latest update instead. */
function progressWriter(ledger: Ledger, actionId: number, tag: string): Writer {
  return async (send) => {
    let latest: number | null = null;
    for (let index = 0; ; index += 1) {
      const marker = `Crash ${tag} update ${index}.`;
      const isRevision = latest !== null && index % 3 === 2;
      const input = isRevision ? { id: latest, note: doc(marker), rag: 'green' } : { actionId, updateDate: '2026-11-20', note: doc(marker), rag: 'amber', status: 'in_progress' };
      const reply = await send(isRevision ? 'progress/revise' : 'progress/add', input);
      if (reply === GONE) return;
      const update = reply as ProgressUpdate;
      ledger.progress.set(update.id, { actionId, marker, supersedesId: isRevision ? latest : null });
      ledger.acknowledged.progress += 1;
      latest = update.id;
    }
  };
}

function agendaCreator(ledger: Ledger, meetingId: number, round: number): Writer {
  return async (send) => {
    for (let index = 0; ; index += 1) {
      const title = `Crash round ${round} item ${index}`;
      const reply = await send('agendaItems/create', { meetingId, title, reportOf: 'Head of Democratic Services' });
      if (reply === GONE) return;
      ledger.agendaItems.set((reply as AgendaItem).id, { meetingId, title });
      ledger.acknowledged.agenda += 1;
    }
  };
}

/** Rewrites one item's summary again and again: only one edit is ever in flight. */
function summaryEditor(ledger: Ledger, itemId: number, round: number): Writer {
  return async (send) => {
    for (let index = 0; ; index += 1) {
      const summary = `Summary as edited in round ${round}, edit ${index}.`;
      const acked = ledger.summaries.get(itemId)?.acked ?? '';
      ledger.summaries.set(itemId, { acked, inFlight: summary });
      const reply = await send('agendaItems/update', { id: itemId, summary });
      if (reply === GONE) return;
      ledger.summaries.set(itemId, { acked: (reply as AgendaItem).summary, inFlight: null });
      ledger.acknowledged.agenda += 1;
    }
  };
}

/** Moves the first item of a meeting's agenda to the end, again and again. */
function agendaReorderer(ledger: Ledger, meetingId: number): Writer {
  return async (send) => {
    for (;;) {
      const acked = ledger.orders.get(meetingId)?.acked ?? [];
      const order = [...acked.slice(1), ...acked.slice(0, 1)];
      ledger.orders.set(meetingId, { acked, inFlight: order });
      const reply = await send('agendaItems/reorder', { meetingId, ids: order });
      if (reply === GONE) return;
      ledger.orders.set(meetingId, { acked: (reply as AgendaItem[]).map((item) => item.id), inFlight: null });
      ledger.acknowledged.agenda += 1;
    }
  };
}

/** Imports files from disk (CSV, 1 KB to 400 KB, each different) with attachments/addFromFile. */
function attachmentImporter(ledger: Ledger, folder: string, round: number, writer: number): Writer {
  return async (send) => {
    for (let index = 0; ; index += 1) {
      const fileName = `crash-r${round}-w${writer}-${index}.csv`;
      const content = csvOf(`${round}/${writer}/${index}`, round * 1_000 + writer * 100 + index);
      const file = path.join(folder, fileName);
      fs.writeFileSync(file, content);
      const reply = await send('attachments/addFromFile', { path: file });
      if (reply === GONE) return;
      const attachment = reply as Attachment;
      if (attachment.sha256 !== sha256(content)) throw new Error(`${fileName} was acknowledged with another file's hash`);
      ledger.attachments.set(attachment.id, { sha256: attachment.sha256, size: attachment.size, fileName: attachment.fileName });
      ledger.acknowledged.attachments += 1;
    }
  };
}

function csvOf(tag: string, seed: number): Buffer {
  const random = seededRandom(seed);
  const size = 1_000 + Math.floor(random() * 400_000);
  const lines = [`Import ${tag},Value,Note`];
  let length = lines[0]?.length ?? 0;
  for (let row = 0; length < size; row += 1) {
    const line = `${tag} row ${row},${Math.floor(random() * 1e9)},${random().toString(36).slice(2)}`;
    lines.push(line);
    length += line.length + 1;
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
