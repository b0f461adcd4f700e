// Makes the old-workspace fixtures in tests/fixtures/workspaces/ that
// tests/integration/workspace/earliest-schema.test.ts migrates. The test uses
// the committed files and never runs this: run it again only to add a fixture
// for another version, never to "refresh" one (that would hide a change to an
// old migration, which must never happen).
//
//   npx node scripts/make-schema-fixture.mjs
//
// A fixture is what the app of that time left on disk: its migrations are the
// same SQL files, never edited once landed, applied in order with
// user_version after each, the workspace's application id and WAL journal.
// The page size is 1 KiB (the app uses SQLite's 4 KiB) only to keep the files
// small: every table and index takes at least a page.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const root = path.resolve(import.meta.dirname, '..');
const Database = createRequire(path.join(root, 'package.json'))('better-sqlite3');
const MIGRATIONS_DIR = path.join(root, 'electron/core/db/migrations');
const OUT_DIR = path.join(root, 'tests/fixtures/workspaces');
const WORKSPACE_APPLICATION_ID = 0x53504257;

const at = '2025-03-04T09:15:00.000Z';
const later = '2025-06-30T16:45:12.345Z';
const doc = (...paragraphs) => JSON.stringify({ type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) });

/** Rows for every table of schema 1 (only the workspace's own facts). */
function fillSchema1(db) {
  const meta = db.prepare('INSERT INTO workspace_meta (key, value) VALUES (?, ?)');
  meta.run('created_at', at);
  meta.run('created_by', 'Scrutiny Pack Builder 0.1.0');
}

/** Rows for every table of schema 7, with unusual values where a column allows them. */
function fillSchema7(db) {
  fillSchema1(db);
  const run = (sql, ...values) => db.prepare(sql).run(...values);
  const pdf = Buffer.from('%PDF-1.7\n% Castlemere fixture\n%%EOF\n', 'latin1');
  const logo = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10]);
  run('INSERT INTO attachment_contents (id, sha256, size, data) VALUES (1, ?, ?, ?)', '1'.repeat(64), pdf.length, pdf);
  run('INSERT INTO attachment_contents (id, sha256, size, data) VALUES (2, ?, ?, ?)', 'a'.repeat(64), logo.length, logo);
  run('INSERT INTO attachment_contents (id, sha256, size, data) VALUES (3, ?, ?, ?)', 'b'.repeat(64), 3, Buffer.from('PK\u0003', 'latin1'));
  run("INSERT INTO attachments VALUES (1, 1, 'Inspection of Castlemere children’s services.pdf', 'application/pdf', 'Ofsted report, as published', ?)", at);
  run("INSERT INTO attachments VALUES (2, 2, 'crest.png', 'image/png', '', ?)", at);
  run(`UPDATE authority_settings SET name = 'Castlemere Borough Council', address = 'Town Hall, Market Square, Castlemere CM1 1AA',
       logo_attachment_id = 2, font_family = 'Liberation Serif', body_font_size_pt = 11.5, accent_colour = '#5a2d82',
       minute_numbering = 'calendar_year', municipal_year_start_month = 4, report_deadline_days = 8,
       report_deadline_basis = 'working_days', author_name = 'Priya Shah', updated_at = ? WHERE id = 1`, later);

  run("INSERT INTO people VALUES (1, 'Cllr', 'Morgan O’Neill', 'Chair', 'Castlemere Borough Council', 'morgan.oneill@castlemere.example', '01632 960001', NULL, ?, ?)", at, at);
  run("INSERT INTO people VALUES (2, '', 'Priya Shah', 'Democratic Services Officer', 'Castlemere Borough Council', 'priya.shah@castlemere.example', '', NULL, ?, ?)", at, later);
  run("INSERT INTO people VALUES (3, 'Dr', 'Zoë Achterberg-Nwosu', 'Designated Doctor 🩺', 'Castlemere NHS Trust', '', '', ?, ?, ?)", later, at, later);
  run("INSERT INTO committees VALUES (1, 'Children and Young People Scrutiny Committee', NULL, 'CYP', 2, 'Meets six times a year.', 'Part I items are public.', 'Council Chamber', '18:30', NULL, ?, ?)", at, at);
  run("INSERT INTO committees VALUES (2, 'Ofsted Improvement Subgroup', 1, 'CYP/OIS', 2, '', '', 'Committee Room 2', '10:00', NULL, ?, ?)", at, at);
  run("INSERT INTO committees VALUES (3, 'Former Panel', NULL, 'OLD', NULL, '', '', '', NULL, ?, ?, ?)", later, at, later);
  run("INSERT INTO committee_rationale_items VALUES (1, 2, 1, 'To monitor the improvement plan after the inspection.')");
  run("INSERT INTO committee_rationale_items VALUES (2, 2, 2, 'To report progress to the parent committee.')");
  run("INSERT INTO memberships VALUES (1, 2, 1, 2025, 'chair', '', 1)");
  run("INSERT INTO memberships VALUES (2, 2, 3, 2025, 'co_opted_member', 'Health partner', 2)");
  run("INSERT INTO memberships VALUES (3, 2, 2, 2024, 'lead_officer', '', 1)");

  run("INSERT INTO inspections VALUES (1, 'Ofsted', 'ILACS', 'Castlemere', 'Inspection of Castlemere children’s services', '2025-01-13', '2025-01-24', '2025-03-01', 'A. Inspector', 'requires_improvement', 1, ?, ?)", at, at);
  run("INSERT INTO inspections VALUES (2, 'CQC', 'other', '', 'Joint targeted area inspection', NULL, NULL, NULL, '', NULL, NULL, ?, ?)", at, at);
  run("INSERT INTO action_plans VALUES (1, 1, 'Post-inspection improvement plan', 'Director of Children’s Services', NULL, ?, ?)", at, later);
  run("INSERT INTO action_plans VALUES (2, NULL, 'Old plan', '', ?, ?, ?)", later, at, later);
  run("INSERT INTO documents VALUES (1, 'report', 'Improvement plan progress', 'final', 2, 1, ?, ?, 'Priya Shah', ?, ?)",
    JSON.stringify({ reportOf: 'Director of Children’s Services', wards: 'All' }), doc('Placement sufficiency has improved.', 'Quoted “text”, right-to-left ‏שלום‏ and an emoji 🎉.'), at, later);
  run("INSERT INTO documents (id, kind, title, created_at, updated_at) VALUES (2, 'terms_of_reference', 'Terms of reference', ?, ?)", at, at);
  run("INSERT INTO meetings VALUES (1, 2, '2025-06-24', '10:00', 'Committee Room 2', 'Step-free access by the side door.', '', 'minuted', '2025-06-16', '2025-06-13', 0, ?, ?)", at, later);
  run("INSERT INTO meetings VALUES (2, 2, '2025-10-07', NULL, '', '', 'Part of this meeting may be private.', 'issued', '2025-09-29', '2025-09-22', 1, ?, ?)", at, at);
  run("INSERT INTO meetings VALUES (3, 1, '2025-12-02', '18:30', 'Council Chamber', '', '', 'draft', NULL, NULL, 0, ?, ?)", at, at);
  run("INSERT INTO work_programme_items VALUES (1, 2, 2, 1, 'Residential placements', 'Assurance', 'Head of Service', 'Cllr Lee', 'Exempt appendix', ?, ?)", at, at);
  run("INSERT INTO work_programme_items VALUES (2, 2, NULL, 1, 'Care leavers offer', '', '', '', '', ?, ?)", at, at);

  run("INSERT INTO agenda_items VALUES (1, 1, 1, 'Minutes of the last meeting', 'minutes', '', '', 0, '', 0, NULL, ?, ?)", at, at);
  run("INSERT INTO agenda_items VALUES (2, 1, 2, 'Improvement plan progress', 'report', 'Director of Children’s Services', 'Progress since March', 0, '', 0, NULL, ?, ?)", at, at);
  run("INSERT INTO agenda_items VALUES (3, 2, 1, 'Residential home inspection', 'report', '', 'Quarterly placements', 1, 'Paragraph 3', 1, 1, ?, ?)", at, at);
  run("INSERT INTO agenda_items VALUES (4, 2, 2, 'Exclusion of the press and public', 'exclusion_of_public', '', '', 0, '', 0, NULL, ?, ?)", at, at);
  run("INSERT INTO papers VALUES (1, 2, 1, 1, NULL, 'Report')");
  run("INSERT INTO papers VALUES (2, 3, 1, NULL, 1, 'Appendix A (exempt)')");
  run("INSERT INTO minute_entries VALUES (1, 1, 1, 1, 'CYP/OIS/25/1', 2025, 1, 'Minutes', 0, ?, ?, ?)", doc('The minutes were agreed.'), at, at);
  run("INSERT INTO minute_entries VALUES (2, 1, 2, 2, 'CYP/OIS/25/2', 2025, 2, 'Improvement plan progress', 0, ?, ?, ?)", doc('Members asked about foster carer recruitment.'), at, at);
  run("INSERT INTO minute_entries VALUES (3, 1, NULL, 3, 'CYP/OIS/25/3', 2025, 3, 'Any other business', 1, ?, ?, ?)", doc(), at, at);
  run("INSERT INTO attendance VALUES (1, 1, 1, 'present', 'Chair', 1, NULL, NULL, 1)");
  run("INSERT INTO attendance VALUES (2, 1, 3, 'present', 'Health partner', 0, 1, 2, 2)");
  run("INSERT INTO attendance VALUES (3, 1, 2, 'also_attending', '', 0, NULL, NULL, 3)");
  run("INSERT INTO decisions VALUES (1, 1, 1, 'That the minutes be approved.')");
  run("INSERT INTO decisions VALUES (2, 2, 1, 'That a note on foster carer recruitment be circulated.')");
  run("INSERT INTO follow_ups VALUES (1, 2, 'Circulate the recruitment note', 'Head of Fostering', 3, '2025-07-31', 'done', '2025-07-20', 2, 'Sent on 20 July', ?, ?)", at, later);
  run("INSERT INTO follow_ups VALUES (2, 2, 'Report back on the campaign', '', NULL, NULL, 'open', NULL, NULL, '', ?, ?)", at, at);

  run("INSERT INTO judgements VALUES (1, 1, 1, '1', 'The impact of leaders on social work practice', 'requires_improvement')");
  run("INSERT INTO judgements VALUES (2, 1, 2, '2', 'The experiences and progress of children in care', NULL)");
  run("INSERT INTO recommendations VALUES (1, 1, 1, 'Improve the timeliness of initial health assessments for children in care.', 14)");
  run("INSERT INTO recommendations VALUES (2, 1, 2, 'Increase the number of foster carers.', NULL)");
  run("INSERT INTO inspection_evidence VALUES (1, 1, 1, 1, 'Health assessments are too often late. (Recommendation)', 9)");
  run("INSERT INTO inspection_evidence VALUES (2, 1, NULL, 2, 'Unattached paragraph.', NULL)");
  run("INSERT INTO plan_entries VALUES (1, 1, 1, 1, 'Health assessments', 'Head of Service', 'KPI 12', 'Health partners', 'Health plan', 'Board quarterly', 'Children are seen sooner.', NULL, ?, ?)", at, at);
  run("INSERT INTO plan_entries VALUES (2, 1, NULL, 2, 'Foster carers', '', '', '', '', '', '', ?, ?, ?)", later, at, later);
  run("INSERT INTO measures VALUES (1, 1, 1, 'Assessments within 20 working days', '90%', '72%')");
  run("INSERT INTO measures VALUES (2, 2, 1, 'New carers approved', '20', '')");
  run("INSERT INTO actions VALUES (1, 1, 1, 'Weekly tracker of overdue assessments', 'Service manager', 2, '2025-09-30', 'September 2025', 'in_progress', 'amber', NULL, ?, ?)", at, later);
  run("INSERT INTO actions VALUES (2, 2, 1, 'Recruitment campaign', '', NULL, NULL, '', 'not_started', NULL, NULL, ?, ?)", at, at);
  run("INSERT INTO actions VALUES (3, 2, 2, 'Withdrawn idea', '', NULL, NULL, '', 'on_hold', 'red', ?, ?, ?)", later, at, later);
  run("INSERT INTO progress_updates VALUES (1, 1, NULL, '2025-04-01', 'Priya Shah', ?, 'amber', 'in_progress', ?)", doc('Tracker live; backlog halved.'), at);
  run("INSERT INTO progress_updates VALUES (2, 1, 1, '2025-04-01', 'Priya Shah', ?, 'green', 'in_progress', ?)", doc('Tracker live; backlog cleared.'), later);
  run("INSERT INTO progress_updates VALUES (3, 2, NULL, '2025-05-12', '', ?, NULL, NULL, ?)", doc(), later);

  run("INSERT INTO issued_packs VALUES (1, 2, 'main', 'public', 'pdf', 1, 'CYP-OIS 2025-10-07 public.pdf', 1, 12, ?, 'Priya Shah')", later);
  run("INSERT INTO issued_packs VALUES (2, 2, 'supplementary', 'members', 'docx', 2, 'CYP-OIS 2025-10-07 members.docx', 3, NULL, ?, '')", later);
  run("INSERT INTO audit_log VALUES (1, ?, 'Priya Shah', 'issue', 'meeting', 2, 'Issued the public pack')", later);
  run("INSERT INTO audit_log VALUES (2, ?, '', 'import', 'inspection', 1, '')", at);
  run("INSERT INTO audit_log VALUES (3, ?, '', 'delete', 'person', NULL, 'Removed a duplicate')", later);
}

const FIXTURES = [
  { version: 1, fill: fillSchema1 },
  { version: 7, fill: fillSchema7 },
];

const migrations = fs.readdirSync(MIGRATIONS_DIR)
  .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
  .sort()
  .map((name) => ({ version: Number(name.slice(0, 4)), sql: fs.readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8') }));

fs.mkdirSync(OUT_DIR, { recursive: true });
for (const { version, fill } of FIXTURES) {
  const file = path.join(OUT_DIR, `schema-${String(version).padStart(4, '0')}.scrutiny`);
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.pragma('page_size = 1024');
  db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  for (const migration of migrations.filter((candidate) => candidate.version <= version)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  db.transaction(() => { fill(db); })();
  const problems = [...db.pragma('foreign_key_check'), ...db.pragma('integrity_check').filter((row) => row.integrity_check !== 'ok')];
  if (problems.length > 0) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  db.close();
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  console.log(`${path.relative(root, file)}: schema ${version}, ${fs.statSync(file).size} bytes`);
}
