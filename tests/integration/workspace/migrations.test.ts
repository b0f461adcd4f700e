import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WORKSPACE_APPLICATION_ID, openWorkspaceDatabase, type WorkspaceDatabase } from '../../../electron/core/db/connection';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { silentLogger } from '../../../electron/core/logger';
import { makeTempDir } from '../../helpers/temp';

let dir: string;
beforeEach(() => { dir = makeTempDir('migrations'); });
afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

/** A workspace as an older app version left it: migrations up to `version` only. */
function workspaceAtVersion(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS.filter((candidate) => candidate.version <= version)) {
    db.exec(migration.sql);
    db.pragma(`user_version = ${migration.version}`);
  }
  return db;
}

const open = (file: string): WorkspaceDatabase =>
  openWorkspaceDatabase(file, { isNew: false, log: silentLogger, now: () => new Date('2026-11-22T09:30:00Z') });

function allRows(db: Database.Database, tables: string[]) {
  return tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY id`).all());
}

describe('migrations', () => {
  it('number 1, 2, 3… with no gaps, and this build writes the newest', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_migration, index) => index + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('0007 (search index) keeps every row of a 0006 workspace and makes the old rows searchable', () => {
    const file = path.join(dir, 'older.scrutiny');
    const old = workspaceAtVersion(file, 6);
    const at = '2025-03-01T10:00:00Z';
    old.prepare("INSERT INTO documents (kind, title, body, created_at, updated_at) VALUES ('report', 'Fostering sufficiency', ?, ?, ?)")
      .run(JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Recruitment of foster carers rose by a third.' }] }] }), at, at);
    old.prepare("INSERT INTO inspections (framework, title, created_at, updated_at) VALUES ('ILACS', 'Inspection of Northmoor children''s services', ?, ?)").run(at, at);
    old.prepare('INSERT INTO recommendations (inspection_id, number, text) VALUES (1, 1, ?)').run('Improve the timeliness of initial health assessments for children in care.');
    old.prepare("INSERT INTO action_plans (title, created_at, updated_at) VALUES ('Post-inspection plan', ?, ?)").run(at, at);
    old.prepare("INSERT INTO plan_entries (plan_id, position, heading, created_at, updated_at) VALUES (1, 1, 'Health assessments', ?, ?)").run(at, at);
    old.prepare("INSERT INTO actions (entry_id, position, description, created_at, updated_at) VALUES (1, 1, 'Weekly tracker of overdue assessments', ?, ?)").run(at, at);
    old.prepare("INSERT INTO progress_updates (action_id, update_date, note, created_at) VALUES (1, '2025-04-01', ?, ?)")
      .run(JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Tracker live; backlog halved.' }] }] }), at);
    const tables = ['documents', 'inspections', 'recommendations', 'action_plans', 'plan_entries', 'actions', 'progress_updates'];
    const before = allRows(old, tables);
    old.close();

    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // Later migrations may add columns (0009: start_date); every old value must still be there.
    expect(allRows(db, tables)).toMatchObject(before);
    const find = (words: string) => db.prepare('SELECT kind FROM search_index WHERE search_index MATCH ? ORDER BY kind').pluck().all(words);
    expect(find('foster')).toEqual(['document']);
    expect(find('health assessments')).toEqual(['recommendation']);
    expect(find('tracker')).toEqual(['action', 'progress_update']);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();

    const backups = fs.readdirSync(dir).filter((name) => name.includes('.schema-6-backup-'));
    expect(backups).toHaveLength(1);
    const backup = new Database(path.join(dir, backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(6);
    backup.close();
  });

  it('0008 moves a workspace that chose Liberation Serif to Tinos (the same letters, from npm) and leaves every other setting as it was', () => {
    const file = path.join(dir, 'serif.scrutiny');
    const old = workspaceAtVersion(file, 7);
    old.prepare("UPDATE authority_settings SET font_family = 'Liberation Serif', name = 'Northmoor Council', body_font_size_pt = 11 WHERE id = 1").run();
    const before = old.prepare('SELECT * FROM authority_settings').get() as Record<string, unknown>;
    old.close();

    const db = open(file);
    const after = db.prepare('SELECT * FROM authority_settings').get() as Record<string, unknown>;
    expect(after).toEqual({ ...before, font_family: 'Tinos' });
    db.close();

    const sans = path.join(dir, 'sans.scrutiny');
    workspaceAtVersion(sans, 7).close();
    const untouched = open(sans);
    expect(untouched.prepare('SELECT font_family FROM authority_settings').pluck().get()).toBe('Liberation Sans');
    untouched.close();
  });

  it('0009 gives plans an empty start date, keeps every plan as it was, and refuses a start date that is not a real day', () => {
    const file = path.join(dir, 'plans.scrutiny');
    const old = workspaceAtVersion(file, 8);
    const at = '2025-09-15T10:00:00Z';
    old.prepare("INSERT INTO action_plans (title, owner, created_at, updated_at) VALUES ('Improvement plan', 'Strategic Director', ?, ?)").run(at, at);
    old.prepare("INSERT INTO action_plans (title, archived_at, created_at, updated_at) VALUES ('Old plan', ?, ?, ?)").run(at, at, at);
    const before = old.prepare('SELECT * FROM action_plans ORDER BY id').all() as Record<string, unknown>[];
    expect(before[0]).not.toHaveProperty('start_date');
    old.close();

    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT * FROM action_plans ORDER BY id').all()).toEqual(before.map((row) => ({ ...row, start_date: null })));
    const setStart = db.prepare('UPDATE action_plans SET start_date = ? WHERE id = 1');
    setStart.run('2024-02-29');
    expect(db.prepare('SELECT start_date FROM action_plans WHERE id = 1').pluck().get()).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2025-09-31', '2025-9-1', 'September 2025', '01/09/2025', '2025-09-01T00:00:00Z']) {
      expect(() => setStart.run(bad), bad).toThrow(/CHECK constraint failed/);
    }
    setStart.run(null);
    expect(db.prepare('SELECT start_date FROM action_plans WHERE id = 1').pluck().get()).toBeNull();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('0010 keeps every committee as it was (none an executive body) and adds an empty list of non-working days that refuses bad dates', () => {
    const file = path.join(dir, 'calendar.scrutiny');
    const old = workspaceAtVersion(file, 9);
    const at = '2025-09-15T10:00:00Z';
    old.prepare("INSERT INTO committees (name, minute_prefix, default_venue, default_start_time, created_at, updated_at) VALUES ('Ofsted Subgroup', 'CYP/OSG', 'Town Hall', '10:00', ?, ?)").run(at, at);
    old.prepare("INSERT INTO committees (name, minute_prefix, parent_id, archived_at, created_at, updated_at) VALUES ('Old panel', 'OLD', 1, ?, ?, ?)").run(at, at, at);
    const before = old.prepare('SELECT * FROM committees ORDER BY id').all() as Record<string, unknown>[];
    expect(before[0]).not.toHaveProperty('is_executive');
    old.close();

    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT * FROM committees ORDER BY id').all()).toEqual(before.map((row) => ({ ...row, is_executive: 0 })));
    expect(() => db.prepare('UPDATE committees SET is_executive = 2 WHERE id = 1').run()).toThrow(/CHECK constraint failed/);
    db.prepare('UPDATE committees SET is_executive = 1 WHERE id = 1').run();

    expect(db.prepare('SELECT count(*) FROM non_working_days').pluck().get()).toBe(0);
    const add = db.prepare('INSERT INTO non_working_days (date, name, created_at) VALUES (?, ?, ?)');
    add.run('2025-12-24', 'Council closure day', at);
    expect(() => add.run('2025-12-24', 'Again', at)).toThrow(/UNIQUE constraint failed/);
    for (const bad of ['2025-02-29', '2025-9-1', '24/12/2025', '2025-12-24T00:00:00Z']) expect(() => add.run(bad, 'Closure', at), bad).toThrow(/CHECK constraint failed/);
    expect(() => add.run('2025-12-31', '', at)).toThrow(/CHECK constraint failed/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('0011 rebuilds meetings, agenda items and documents with every row and every reference kept, cancellation and approval columns empty, and agenda-item search still in step', () => {
    const file = path.join(dir, 'meetings.scrutiny');
    const old = workspaceAtVersion(file, 10);
    const at = '2025-09-15T10:00:00Z';
    const run = (sql: string, ...values: unknown[]) => old.prepare(sql).run(...values);
    run("INSERT INTO committees (name, minute_prefix, created_at, updated_at) VALUES ('Ofsted Subgroup', 'CYP/OSG', ?, ?)", at, at);
    run("INSERT INTO people (full_name, created_at, updated_at) VALUES ('Alex Morgan', ?, ?)", at, at);
    run("INSERT INTO meetings (committee_id, meeting_date, start_time, status, agenda_issue_date, report_deadline, created_at, updated_at) VALUES (1, '2025-06-24', '10:00', 'minuted', '2025-06-16', '2025-06-13', ?, ?)", at, at);
    run("INSERT INTO meetings (committee_id, meeting_date, status, created_at, updated_at) VALUES (1, '2025-10-07', 'issued', ?, ?)", at, at);
    run("INSERT INTO work_programme_items (committee_id, meeting_id, position, item, created_at, updated_at) VALUES (1, 2, 1, 'Care leavers offer', ?, ?)", at, at);
    run("INSERT INTO agenda_items (meeting_id, position, title, kind, created_at, updated_at) VALUES (1, 1, 'Minutes', 'minutes', ?, ?)", at, at);
    run("INSERT INTO agenda_items (meeting_id, position, title, is_exempt, exempt_ground, work_programme_item_id, summary, created_at, updated_at) VALUES (2, 1, 'Residential home inspection', 1, 'Paragraph 3', 1, 'Quarterly placements', ?, ?)", at, at);
    run("INSERT INTO documents (kind, title, created_at, updated_at) VALUES ('report', 'Placements report', ?, ?)", at, at);
    run('INSERT INTO papers (agenda_item_id, position, document_id) VALUES (2, 1, 1)');
    run("INSERT INTO minute_entries (meeting_id, agenda_item_id, position, reference, numbering_year, sequence_number, heading, created_at, updated_at) VALUES (1, 1, 1, 'CYP/OSG/25/1', 2025, 1, 'Minutes', ?, ?)", at, at);
    run("INSERT INTO attendance (meeting_id, person_id, status, from_minute_id, to_minute_id, position) VALUES (1, 1, 'present', 1, 1, 1)");
    run("INSERT INTO decisions (minute_entry_id, position, text) VALUES (1, 1, 'To approve the minutes.')");
    run("INSERT INTO follow_ups (decision_id, description, reported_meeting_id, created_at, updated_at) VALUES (1, 'Circulate the note', 2, ?, ?)", at, at);
    run("INSERT INTO attachment_contents (sha256, size, data) VALUES (?, 1, x'25')", 'a'.repeat(64));
    run("INSERT INTO issued_packs (meeting_id, edition, format, version, file_name, content_id, issued_at) VALUES (2, 'public', 'pdf', 1, 'pack.pdf', 1, ?)", at);
    const tables = ['meetings', 'agenda_items', 'papers', 'minute_entries', 'attendance', 'follow_ups', 'issued_packs', 'work_programme_items', 'documents'];
    const before = allRows(old, tables);
    old.close();

    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const [meetingsBefore = [], ...restBefore] = before;
    const [meetingsAfter, ...restAfter] = allRows(db, tables);
    expect(meetingsAfter).toEqual((meetingsBefore as Record<string, unknown>[]).map((row) => ({
      ...row, cancelled_on: null, cancellation_note: '', minutes_approved_meeting_id: null, minutes_approved_on: null,
    })));
    expect(restAfter).toEqual(restBefore);

    // The references still hold: a meeting with papers and packs cannot go, its agenda cascades with it.
    expect(() => db.prepare('DELETE FROM meetings WHERE id = 2').run()).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => db.prepare("UPDATE meetings SET status = 'cancelled' WHERE id = 2").run()).toThrow(/CHECK constraint failed/);
    db.prepare("UPDATE meetings SET status = 'cancelled', cancelled_on = '2025-09-20', cancellation_note = 'Not quorate' WHERE id = 2").run();
    expect(() => db.prepare('UPDATE meetings SET minutes_approved_meeting_id = 1 WHERE id = 1').run()).toThrow(/CHECK constraint failed/);
    db.prepare("UPDATE meetings SET minutes_approved_meeting_id = 2, minutes_approved_on = '2025-10-07' WHERE id = 1").run();
    db.prepare("INSERT INTO agenda_items (meeting_id, position, title, kind, is_exempt, created_at, updated_at) VALUES (2, 2, 'Follow-ups', 'recommendations_monitor', 1, ?, ?)").run(at, at);

    const find = (words: string) => db.prepare("SELECT entity_id FROM search_index WHERE search_index MATCH ? AND kind = 'agenda_item' ORDER BY entity_id").pluck().all(words);
    expect(find('placements')).toEqual([2]);
    db.prepare("UPDATE agenda_items SET title = 'Children''s homes inspection' WHERE id = 2").run();
    expect(find('homes')).toEqual([2]);
    expect(find('residential')).toEqual([]);
    expect(find('monitor OR follow')).toEqual([3]);
    expect(() => db.prepare('DELETE FROM documents WHERE id = 1').run()).toThrow(/FOREIGN KEY constraint failed/);
    db.prepare("INSERT INTO documents (kind, title, committee_id, created_at, updated_at) VALUES ('recommendations_monitor', 'Recommendations monitor', 1, ?, ?)").run(at, at);
    db.prepare("UPDATE documents SET title = 'Placements and sufficiency' WHERE id = 1").run();
    const findDocument = (words: string) => db.prepare("SELECT entity_id FROM search_index WHERE search_index MATCH ? AND kind = 'document' ORDER BY entity_id").pluck().all(words);
    expect(findDocument('sufficiency')).toEqual([1]);
    expect(findDocument('monitor')).toEqual([2]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('brings a version-1 workspace all the way up, one transaction per step', () => {
    const file = path.join(dir, 'first.scrutiny');
    const old = workspaceAtVersion(file, 1);
    old.prepare("INSERT INTO workspace_meta (key, value) VALUES ('created_at', '2024-01-01T00:00:00Z')").run();
    old.close();
    const db = open(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT value FROM workspace_meta WHERE key = 'created_at'").pluck().get()).toBe('2024-01-01T00:00:00Z');
    expect(db.prepare('SELECT count(*) FROM authority_settings').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
