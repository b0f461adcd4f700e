-- Agendas, their papers, and minutes with decisions and follow-ups.

CREATE TABLE agenda_items (
  id                      INTEGER PRIMARY KEY,
  meeting_id              INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  position                INTEGER NOT NULL,
  title                   TEXT NOT NULL CHECK (length(title) >= 1),
  kind                    TEXT NOT NULL DEFAULT 'report' CHECK (kind IN ('minutes', 'report', 'exclusion_of_public', 'terms_and_work_programme', 'other')),
  report_of               TEXT NOT NULL DEFAULT '',
  summary                 TEXT NOT NULL DEFAULT '',
  is_exempt               INTEGER NOT NULL DEFAULT 0 CHECK (is_exempt IN (0, 1)),
  exempt_ground           TEXT NOT NULL DEFAULT '',
  is_to_follow            INTEGER NOT NULL DEFAULT 0 CHECK (is_to_follow IN (0, 1)),
  work_programme_item_id  INTEGER REFERENCES work_programme_items (id) ON DELETE SET NULL,
  created_at              TEXT NOT NULL,
  updated_at              TEXT NOT NULL,
  CHECK (is_exempt = 0 OR length(exempt_ground) >= 1)
) STRICT;
CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position);
CREATE INDEX agenda_items_by_work_programme ON agenda_items (work_programme_item_id);

-- A paper is one generated document or one attached file, in order under an item.
CREATE TABLE papers (
  id              INTEGER PRIMARY KEY,
  agenda_item_id  INTEGER NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  document_id     INTEGER REFERENCES documents (id) ON DELETE RESTRICT,
  attachment_id   INTEGER REFERENCES attachments (id) ON DELETE RESTRICT,
  label           TEXT NOT NULL DEFAULT '',
  CHECK ((document_id IS NULL) <> (attachment_id IS NULL))
) STRICT;
CREATE INDEX papers_by_item ON papers (agenda_item_id, position);
CREATE INDEX papers_by_document ON papers (document_id);
CREATE INDEX papers_by_attachment ON papers (attachment_id);

-- reference is {prefix}/{yy}/{n}, numbered on across meetings within a year.
CREATE TABLE minute_entries (
  id                  INTEGER PRIMARY KEY,
  meeting_id          INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  agenda_item_id      INTEGER REFERENCES agenda_items (id) ON DELETE SET NULL,
  position            INTEGER NOT NULL,
  reference           TEXT NOT NULL UNIQUE,
  numbering_year      INTEGER NOT NULL,
  sequence_number     INTEGER NOT NULL CHECK (sequence_number >= 1),
  heading             TEXT NOT NULL CHECK (length(heading) >= 1),
  is_public_excluded  INTEGER NOT NULL DEFAULT 0 CHECK (is_public_excluded IN (0, 1)),
  discussion          TEXT NOT NULL DEFAULT '{"type":"doc","content":[]}' CHECK (json_valid(discussion)),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX minute_entries_by_meeting ON minute_entries (meeting_id, position);
CREATE INDEX minute_entries_by_item ON minute_entries (agenda_item_id);

-- Who attended; a partial attendance names the first and last minute it covers.
CREATE TABLE attendance (
  id                  INTEGER PRIMARY KEY,
  meeting_id          INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  person_id           INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
  status              TEXT NOT NULL CHECK (status IN ('present', 'apologies', 'also_attending', 'absent')),
  capacity            TEXT NOT NULL DEFAULT '',
  is_chair            INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1)),
  from_minute_id      INTEGER REFERENCES minute_entries (id) ON DELETE SET NULL,
  to_minute_id        INTEGER REFERENCES minute_entries (id) ON DELETE SET NULL,
  position            INTEGER NOT NULL,
  UNIQUE (meeting_id, person_id)
) STRICT;
CREATE INDEX attendance_by_meeting ON attendance (meeting_id, status, position);
CREATE INDEX attendance_by_person ON attendance (person_id);
CREATE INDEX attendance_by_from_minute ON attendance (from_minute_id);
CREATE INDEX attendance_by_to_minute ON attendance (to_minute_id);

CREATE TABLE decisions (
  id               INTEGER PRIMARY KEY,
  minute_entry_id  INTEGER NOT NULL REFERENCES minute_entries (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL,
  text             TEXT NOT NULL CHECK (length(text) >= 1)
) STRICT;
CREATE INDEX decisions_by_entry ON decisions (minute_entry_id, position);

-- Raised by a decision, tracked until done and reported back.
CREATE TABLE follow_ups (
  id                    INTEGER PRIMARY KEY,
  decision_id           INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
  description           TEXT NOT NULL CHECK (length(description) >= 1),
  owner                 TEXT NOT NULL DEFAULT '',
  owner_person_id       INTEGER REFERENCES people (id) ON DELETE SET NULL,
  due_date              TEXT,
  status                TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  completed_on          TEXT,
  reported_meeting_id   INTEGER REFERENCES meetings (id) ON DELETE SET NULL,
  notes                 TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
) STRICT;
CREATE INDEX follow_ups_by_decision ON follow_ups (decision_id);
CREATE INDEX follow_ups_open ON follow_ups (status, due_date);
CREATE INDEX follow_ups_by_owner ON follow_ups (owner_person_id);
CREATE INDEX follow_ups_by_reported_meeting ON follow_ups (reported_meeting_id);
