-- The council, the people it works with, and its committees.
-- Dates are ISO text (YYYY-MM-DD), times HH:MM, moments ISO-8601 UTC.

CREATE TABLE attachment_contents (
  id      INTEGER PRIMARY KEY,
  sha256  TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
  size    INTEGER NOT NULL CHECK (size >= 0),
  data    BLOB NOT NULL
) STRICT;

CREATE TABLE attachments (
  id          INTEGER PRIMARY KEY,
  content_id  INTEGER NOT NULL REFERENCES attachment_contents (id) ON DELETE RESTRICT,
  file_name   TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type  TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_content ON attachments (content_id);
CREATE INDEX attachments_by_name ON attachments (file_name COLLATE NOCASE);

-- One row: the authority and its house style.
CREATE TABLE authority_settings (
  id                          INTEGER PRIMARY KEY CHECK (id = 1),
  name                        TEXT NOT NULL DEFAULT '',
  address                     TEXT NOT NULL DEFAULT '',
  logo_attachment_id          INTEGER REFERENCES attachments (id) ON DELETE SET NULL,
  font_family                 TEXT NOT NULL DEFAULT 'Liberation Sans',
  body_font_size_pt           REAL NOT NULL DEFAULT 12 CHECK (body_font_size_pt BETWEEN 8 AND 20),
  accent_colour               TEXT NOT NULL DEFAULT '#12395B' CHECK (accent_colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
  minute_numbering            TEXT NOT NULL DEFAULT 'municipal_year' CHECK (minute_numbering IN ('calendar_year', 'municipal_year')),
  municipal_year_start_month  INTEGER NOT NULL DEFAULT 5 CHECK (municipal_year_start_month BETWEEN 1 AND 12),
  report_deadline_days        INTEGER NOT NULL DEFAULT 11 CHECK (report_deadline_days BETWEEN 0 AND 90),
  report_deadline_basis       TEXT NOT NULL DEFAULT 'calendar_days' CHECK (report_deadline_basis IN ('calendar_days', 'working_days')),
  author_name                 TEXT NOT NULL DEFAULT '',
  updated_at                  TEXT
) STRICT;
INSERT INTO authority_settings (id) VALUES (1);

CREATE TABLE people (
  id            INTEGER PRIMARY KEY,
  honorific     TEXT NOT NULL DEFAULT '',
  full_name     TEXT NOT NULL CHECK (length(full_name) >= 1),
  job_title     TEXT NOT NULL DEFAULT '',
  organisation  TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  phone         TEXT NOT NULL DEFAULT '',
  archived_at   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE INDEX people_by_name ON people (full_name COLLATE NOCASE);

CREATE TABLE committees (
  id                          INTEGER PRIMARY KEY,
  name                        TEXT NOT NULL CHECK (length(name) >= 1),
  parent_id                   INTEGER REFERENCES committees (id) ON DELETE SET NULL,
  minute_prefix               TEXT NOT NULL UNIQUE CHECK (length(minute_prefix) >= 1),
  contact_officer_id          INTEGER REFERENCES people (id) ON DELETE SET NULL,
  tor_operation               TEXT NOT NULL DEFAULT '',
  tor_access_to_information   TEXT NOT NULL DEFAULT '',
  default_venue               TEXT NOT NULL DEFAULT '',
  default_start_time          TEXT CHECK (default_start_time IS NULL OR default_start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  archived_at                 TEXT,
  created_at                  TEXT NOT NULL,
  updated_at                  TEXT NOT NULL
) STRICT;
CREATE INDEX committees_by_name ON committees (name COLLATE NOCASE);
CREATE INDEX committees_by_parent ON committees (parent_id);
CREATE INDEX committees_by_contact ON committees (contact_officer_id);

-- Terms of reference: the rationale, one item per row, in order.
CREATE TABLE committee_rationale_items (
  id            INTEGER PRIMARY KEY,
  committee_id  INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  text          TEXT NOT NULL CHECK (length(text) >= 1)
) STRICT;
CREATE INDEX rationale_by_committee ON committee_rationale_items (committee_id, position);

-- Membership per municipal year (2018 = 2018/19); one row per role held.
CREATE TABLE memberships (
  id              INTEGER PRIMARY KEY,
  committee_id    INTEGER NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
  person_id       INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  municipal_year  INTEGER NOT NULL CHECK (municipal_year BETWEEN 1900 AND 2200),
  role            TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'co_opted_member', 'lead_executive_member', 'strategic_director', 'lead_officer')),
  capacity        TEXT NOT NULL DEFAULT '',
  position        INTEGER NOT NULL,
  UNIQUE (committee_id, person_id, municipal_year, role)
) STRICT;
CREATE INDEX memberships_by_year ON memberships (committee_id, municipal_year, position);
CREATE INDEX memberships_by_person ON memberships (person_id);
