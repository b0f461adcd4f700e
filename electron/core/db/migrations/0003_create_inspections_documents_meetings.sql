-- Documents the app writes, and the committee's work programme.

CREATE TABLE inspections (
  id                    INTEGER PRIMARY KEY,
  inspectorate          TEXT NOT NULL DEFAULT 'Ofsted',
  framework             TEXT NOT NULL CHECK (framework IN ('SIF', 'ILACS', 'other')),
  local_authority       TEXT NOT NULL DEFAULT '',
  title                 TEXT NOT NULL CHECK (length(title) >= 1),
  inspection_start      TEXT,
  inspection_end        TEXT,
  publication_date      TEXT,
  lead_inspector        TEXT NOT NULL DEFAULT '',
  overall_grade         TEXT CHECK (overall_grade IN ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  source_attachment_id  INTEGER REFERENCES attachments (id) ON DELETE SET NULL,
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX inspections_by_date ON inspections (inspection_start DESC);
CREATE INDEX inspections_by_source ON inspections (source_attachment_id);

CREATE TABLE action_plans (
  id               INTEGER PRIMARY KEY,
  inspection_id    INTEGER REFERENCES inspections (id) ON DELETE SET NULL,
  title            TEXT NOT NULL CHECK (length(title) >= 1),
  owner            TEXT NOT NULL DEFAULT '',
  archived_at      TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX action_plans_by_inspection ON action_plans (inspection_id);

-- body is the editor's rich-text JSON (ProseMirror/TipTap), never HTML;
-- cover_sheet holds a report's cover fields as JSON.
CREATE TABLE documents (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('agenda', 'minutes', 'report', 'action_plan', 'terms_of_reference', 'work_programme', 'other')),
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
CREATE INDEX documents_by_kind ON documents (kind, updated_at DESC);
CREATE INDEX documents_by_updated ON documents (updated_at DESC);
CREATE INDEX documents_by_committee ON documents (committee_id);
CREATE INDEX documents_by_plan ON documents (action_plan_id);

CREATE TABLE meetings (
  id                          INTEGER PRIMARY KEY,
  committee_id                INTEGER NOT NULL REFERENCES committees (id) ON DELETE RESTRICT,
  meeting_date                TEXT NOT NULL CHECK (meeting_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  start_time                  TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  venue                       TEXT NOT NULL DEFAULT '',
  access_notes                TEXT NOT NULL DEFAULT '',
  public_notice               TEXT NOT NULL DEFAULT '',
  status                      TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'held', 'minuted')),
  agenda_issue_date           TEXT,
  report_deadline             TEXT,
  is_report_deadline_manual   INTEGER NOT NULL DEFAULT 0 CHECK (is_report_deadline_manual IN (0, 1)),
  created_at                  TEXT NOT NULL,
  updated_at                  TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_by_committee ON meetings (committee_id, meeting_date);
CREATE INDEX meetings_by_date ON meetings (meeting_date);
CREATE INDEX meetings_by_status ON meetings (status, meeting_date);

-- Work programme: items per scheduled meeting, or waiting to be scheduled (meeting_id NULL).
CREATE TABLE work_programme_items (
  id                INTEGER PRIMARY KEY,
  committee_id      INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  meeting_id        INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  position          INTEGER NOT NULL,
  item              TEXT NOT NULL CHECK (length(item) >= 1),
  purpose           TEXT NOT NULL DEFAULT '',
  lead_officer      TEXT NOT NULL DEFAULT '',
  executive_member  TEXT NOT NULL DEFAULT '',
  comments          TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
) STRICT;
CREATE INDEX work_programme_by_meeting ON work_programme_items (committee_id, meeting_id, position);
CREATE INDEX work_programme_by_scheduled_meeting ON work_programme_items (meeting_id);
