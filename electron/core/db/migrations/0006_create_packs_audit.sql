-- Packs as issued (frozen, so what was sent can be produced again) and the audit trail.

CREATE TABLE issued_packs (
  id           INTEGER PRIMARY KEY,
  meeting_id   INTEGER NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
  kind         TEXT NOT NULL DEFAULT 'main' CHECK (kind IN ('main', 'supplementary')),
  edition      TEXT NOT NULL CHECK (edition IN ('public', 'members')),
  format       TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  version      INTEGER NOT NULL CHECK (version >= 1),
  file_name    TEXT NOT NULL,
  content_id   INTEGER NOT NULL REFERENCES attachment_contents (id) ON DELETE RESTRICT,
  page_count   INTEGER,
  issued_at    TEXT NOT NULL,
  issued_by    TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, kind, edition, format, version)
) STRICT;
CREATE INDEX issued_packs_by_content ON issued_packs (content_id);

-- Content is stored once; drop it when nothing refers to it any more.
CREATE TRIGGER attachment_contents_collect_after_attachment
AFTER DELETE ON attachments
WHEN NOT EXISTS (SELECT 1 FROM attachments WHERE content_id = OLD.content_id)
 AND NOT EXISTS (SELECT 1 FROM issued_packs WHERE content_id = OLD.content_id)
BEGIN
  DELETE FROM attachment_contents WHERE id = OLD.content_id;
END;

CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  author     TEXT NOT NULL DEFAULT '',
  action     TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'reorder', 'archive', 'restore', 'import', 'issue')),
  entity     TEXT NOT NULL,
  entity_id  INTEGER,
  summary    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_by_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_by_time ON audit_log (at);
