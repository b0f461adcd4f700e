-- foreign_keys: off
-- Three tables' CHECK constraints change, which SQLite can only do by rebuilding the
-- table (copy, drop, rename), so this migration runs with foreign keys off
-- and the runner checks every reference before it commits. Ids are kept, so
-- every row that points at a meeting or an agenda item still does.
--
-- Meetings: a meeting can be cancelled (it stays on record with a note), and
-- the minutes of a held meeting are approved at a later meeting, which locks
-- them; the approving meeting and its date are recorded.
CREATE TABLE meetings_rebuilt (
  id                           INTEGER PRIMARY KEY,
  committee_id                 INTEGER NOT NULL REFERENCES committees (id) ON DELETE RESTRICT,
  meeting_date                 TEXT NOT NULL CHECK (meeting_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  start_time                   TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  venue                        TEXT NOT NULL DEFAULT '',
  access_notes                 TEXT NOT NULL DEFAULT '',
  public_notice                TEXT NOT NULL DEFAULT '',
  status                       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'held', 'minuted', 'cancelled')),
  agenda_issue_date            TEXT,
  report_deadline              TEXT,
  is_report_deadline_manual    INTEGER NOT NULL DEFAULT 0 CHECK (is_report_deadline_manual IN (0, 1)),
  cancelled_on                 TEXT,
  cancellation_note            TEXT NOT NULL DEFAULT '',
  minutes_approved_meeting_id  INTEGER REFERENCES meetings (id) ON DELETE RESTRICT,
  minutes_approved_on          TEXT,
  created_at                   TEXT NOT NULL,
  updated_at                   TEXT NOT NULL,
  CHECK ((status = 'cancelled') = (cancelled_on IS NOT NULL)),
  CHECK (minutes_approved_meeting_id IS NULL OR minutes_approved_meeting_id <> id)
) STRICT;
INSERT INTO meetings_rebuilt (id, committee_id, meeting_date, start_time, venue, access_notes, public_notice, status,
                              agenda_issue_date, report_deadline, is_report_deadline_manual, created_at, updated_at)
  SELECT id, committee_id, meeting_date, start_time, venue, access_notes, public_notice, status,
         agenda_issue_date, report_deadline, is_report_deadline_manual, created_at, updated_at
  FROM meetings;
DROP TABLE meetings;
ALTER TABLE meetings_rebuilt RENAME TO meetings;
CREATE INDEX meetings_by_committee ON meetings (committee_id, meeting_date);
CREATE INDEX meetings_by_date ON meetings (meeting_date);
CREATE INDEX meetings_by_status ON meetings (status, meeting_date);
CREATE INDEX meetings_by_approving_meeting ON meetings (minutes_approved_meeting_id);

-- Agenda items: a new standing kind, the recommendations monitor (the
-- committee's follow-ups, built from the data at each pack build); and an
-- item may be marked exempt before its ground is known, because the officer
-- often knows a report will be private before the lawyers name the
-- paragraph. The public pack is refused until every exempt item has one.
CREATE TABLE agenda_items_rebuilt (
  id                      INTEGER PRIMARY KEY,
  meeting_id              INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position                INTEGER NOT NULL,
  title                   TEXT NOT NULL CHECK (length(title) >= 1),
  kind                    TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('minutes', 'report', 'exclusion_of_public', 'terms_and_work_programme', 'recommendations_monitor', 'other')),
  report_of               TEXT NOT NULL DEFAULT '',
  summary                 TEXT NOT NULL DEFAULT '',
  is_exempt               INTEGER NOT NULL DEFAULT 0 CHECK (is_exempt IN (0, 1)),
  exempt_ground           TEXT NOT NULL DEFAULT '',
  is_to_follow            INTEGER NOT NULL DEFAULT 0 CHECK (is_to_follow IN (0, 1)),
  work_programme_item_id  INTEGER REFERENCES work_programme_items (id) ON DELETE SET NULL,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL
) STRICT;
INSERT INTO agenda_items_rebuilt (id, meeting_id, position, title, kind, report_of, summary, is_exempt, exempt_ground,
                                  is_to_follow, work_programme_item_id, created_at, updated_at)
  SELECT id, meeting_id, position, title, kind, report_of, summary, is_exempt, exempt_ground,
         is_to_follow, work_programme_item_id, created_at, updated_at
  FROM agenda_items;
DROP TABLE agenda_items;
ALTER TABLE agenda_items_rebuilt RENAME TO agenda_items;
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
CREATE INDEX agenda_items_by_work_programme ON agenda_items (work_programme_item_id);

-- Dropping the table dropped its search triggers; the index rows themselves
-- are kept (same ids), so only the triggers come back.
CREATE TRIGGER search_agenda_items_insert AFTER INSERT ON agenda_items BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 7, NEW.title, NEW.report_of || ' ' || NEW.summary, 'agenda_item', NEW.id);
END;
CREATE TRIGGER search_agenda_items_update AFTER UPDATE ON agenda_items BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 7;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 7, NEW.title, NEW.report_of || ' ' || NEW.summary, 'agenda_item', NEW.id);
END;
CREATE TRIGGER search_agenda_items_delete AFTER DELETE ON agenda_items BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 7;
END;

-- Documents: the recommendations monitor is a generated paper like the terms
-- of reference and the work programme, built from the committee's follow-ups
-- at each pack build, so it is a kind of its own.
CREATE TABLE documents_rebuilt (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('agenda', 'minutes', 'report', 'action_plan', 'terms_of_reference', 'work_programme', 'recommendations_monitor', 'other')),
  title           TEXT NOT NULL CHECK (length(title) >= 1),
  status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'withdrawn')),
  committee_id    INTEGER REFERENCES committees (id) ON DELETE SET NULL,
  action_plan_id  INTEGER REFERENCES action_plans (id) ON DELETE SET NULL,
  cover_sheet     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(cover_sheet)),
  body            TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(body)),
  author          TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
INSERT INTO documents_rebuilt (id, kind, title, status, committee_id, action_plan_id, cover_sheet, body, author, created_at, updated_at)
  SELECT id, kind, title, status, committee_id, action_plan_id, cover_sheet, body, author, created_at, updated_at
  FROM documents;
DROP TABLE documents;
ALTER TABLE documents_rebuilt RENAME TO documents;
CREATE INDEX documents_by_kind ON documents (kind, updated_at DESC);
CREATE INDEX documents_by_updated ON documents (updated_at DESC);
CREATE INDEX documents_by_committee ON documents (committee_id);
CREATE INDEX documents_by_plan ON documents (action_plan_id);

CREATE TRIGGER search_documents_insert AFTER INSERT ON documents BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 1, NEW.title, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.body) WHERE key = 'text' AND type = 'text') || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.cover_sheet) WHERE type = 'text'), 'document', NEW.id);
END;
CREATE TRIGGER search_documents_update AFTER UPDATE ON documents BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 1, NEW.title, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.body) WHERE key = 'text' AND type = 'text') || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.cover_sheet) WHERE type = 'text'), 'document', NEW.id);
END;
CREATE TRIGGER search_documents_delete AFTER DELETE ON documents BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
END;
