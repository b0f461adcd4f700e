-- What an inspection found, and the action plan that answers it.

CREATE TABLE judgements (
  id             INTEGER PRIMARY KEY,
  inspection_id  INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  reference      TEXT NOT NULL DEFAULT '',
  area           TEXT NOT NULL CHECK (length(area) >= 1),
  grade          TEXT CHECK (grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate'))
) STRICT;
CREATE INDEX judgements_by_inspection ON judgements (inspection_id, position);

CREATE TABLE recommendations (
  id             INTEGER PRIMARY KEY,
  inspection_id  INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  number         INTEGER NOT NULL CHECK (number >= 1),
  text           TEXT NOT NULL CHECK (length(text) >= 1),
  source_page    INTEGER,
  UNIQUE (inspection_id, number)
) STRICT;

-- Report paragraphs marked "(Recommendation)", kept as evidence.
CREATE TABLE inspection_evidence (
  id                 INTEGER PRIMARY KEY,
  inspection_id      INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
  recommendation_id  INTEGER REFERENCES recommendations (id) ON DELETE SET NULL,
  position           INTEGER NOT NULL,
  text               TEXT NOT NULL CHECK (length(text) >= 1),
  source_page        INTEGER
) STRICT;
CREATE INDEX evidence_by_inspection ON inspection_evidence (inspection_id, position);
CREATE INDEX evidence_by_recommendation ON inspection_evidence (recommendation_id);

-- One entry per recommendation (or free-standing in a hand-made plan).
CREATE TABLE plan_entries (
  id                     INTEGER PRIMARY KEY,
  plan_id                INTEGER NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
  recommendation_id      INTEGER REFERENCES recommendations (id) ON DELETE SET NULL,
  position               INTEGER NOT NULL,
  heading                TEXT NOT NULL CHECK (length(heading) >= 1),
  strategic_lead         TEXT NOT NULL DEFAULT '',
  performance_framework  TEXT NOT NULL DEFAULT '',
  partnership_focus      TEXT NOT NULL DEFAULT '',
  link_plans             TEXT NOT NULL DEFAULT '',
  governance             TEXT NOT NULL DEFAULT '',
  impact_statement       TEXT NOT NULL DEFAULT '',
  archived_at            TEXT,
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL
) STRICT;
CREATE INDEX plan_entries_by_plan ON plan_entries (plan_id, position);
CREATE INDEX plan_entries_by_recommendation ON plan_entries (recommendation_id);

CREATE TABLE measures (
  id             INTEGER PRIMARY KEY,
  entry_id       INTEGER NOT NULL REFERENCES plan_entries (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  description    TEXT NOT NULL CHECK (length(description) >= 1),
  target         TEXT NOT NULL DEFAULT '',
  current_value  TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX measures_by_entry ON measures (entry_id, position);

-- timescale: a date, or a period as people write it ("September 2018").
CREATE TABLE actions (
  id               INTEGER PRIMARY KEY,
  entry_id         INTEGER NOT NULL REFERENCES plan_entries (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  description      TEXT NOT NULL CHECK (length(description) >= 1),
  owner            TEXT NOT NULL DEFAULT '',
  owner_person_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
  due_date         TEXT,
  timescale_label  TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'complete', 'on_hold')),
  rag              TEXT CHECK (rag IN ('red', 'amber', 'green')),
  archived_at      TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX actions_by_entry ON actions (entry_id, position);
CREATE INDEX actions_by_owner ON actions (owner_person_id);
CREATE INDEX actions_by_due ON actions (status, due_date);

-- Append-only: an edit is a new row that supersedes the old one.
CREATE TABLE progress_updates (
  id              INTEGER PRIMARY KEY,
  action_id       INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
  supersedes_id   INTEGER REFERENCES progress_updates (id) ON DELETE CASCADE,
  update_date     TEXT NOT NULL,
  author          TEXT NOT NULL DEFAULT '',
  note            TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(note)),
  rag             TEXT CHECK (rag IN ('red', 'amber', 'green')),
  status          TEXT CHECK (status IN ('not_started', 'in_progress', 'complete', 'on_hold')),
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX progress_by_action ON progress_updates (action_id, update_date);
CREATE INDEX progress_by_supersedes ON progress_updates (supersedes_id);
CREATE INDEX progress_by_date ON progress_updates (update_date);

CREATE TRIGGER progress_updates_are_append_only
BEFORE UPDATE ON progress_updates
BEGIN
  SELECT RAISE(ABORT, 'Progress updates are never changed: add a new revision instead.');
END;
