-- Full-text search over what people look for: document bodies, recommendations,
-- actions, progress updates, minutes, decisions and agenda items. Kept in step
-- by triggers. rowid = source id * 8 + kind code, so a row is found by key.
-- Seven sources, one pattern: insert, update (delete + insert), delete, then a backfill.

CREATE VIRTUAL TABLE search_index USING fts5(
  title,
  body,
  kind UNINDEXED,
  entity_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

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

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 1, s.title, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(s.body) WHERE key = 'text' AND type = 'text') || ' ' || (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(s.cover_sheet) WHERE type = 'text'), 'document', s.id FROM documents s;

CREATE TRIGGER search_recommendations_insert AFTER INSERT ON recommendations BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 2, 'Recommendation ' || NEW.number, NEW.text, 'recommendation', NEW.id);
END;
CREATE TRIGGER search_recommendations_update AFTER UPDATE ON recommendations BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 2, 'Recommendation ' || NEW.number, NEW.text, 'recommendation', NEW.id);
END;
CREATE TRIGGER search_recommendations_delete AFTER DELETE ON recommendations BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 2, 'Recommendation ' || s.number, s.text, 'recommendation', s.id FROM recommendations s;

CREATE TRIGGER search_actions_insert AFTER INSERT ON actions BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 3, NEW.description, NEW.owner || ' ' || NEW.timescale_label, 'action', NEW.id);
END;
CREATE TRIGGER search_actions_update AFTER UPDATE ON actions BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 3, NEW.description, NEW.owner || ' ' || NEW.timescale_label, 'action', NEW.id);
END;
CREATE TRIGGER search_actions_delete AFTER DELETE ON actions BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 3, s.description, s.owner || ' ' || s.timescale_label, 'action', s.id FROM actions s;

CREATE TRIGGER search_progress_updates_insert AFTER INSERT ON progress_updates BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 4, NEW.update_date, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.note) WHERE key = 'text' AND type = 'text') || ' ' || NEW.author, 'progress_update', NEW.id);
  DELETE FROM search_index WHERE NEW.supersedes_id IS NOT NULL AND rowid = NEW.supersedes_id * 8 + 4;
END;
CREATE TRIGGER search_progress_updates_update AFTER UPDATE ON progress_updates BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 4, NEW.update_date, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.note) WHERE key = 'text' AND type = 'text') || ' ' || NEW.author, 'progress_update', NEW.id);
END;
CREATE TRIGGER search_progress_updates_delete AFTER DELETE ON progress_updates BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 4, s.update_date, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(s.note) WHERE key = 'text' AND type = 'text') || ' ' || s.author, 'progress_update', s.id FROM progress_updates s WHERE NOT EXISTS (SELECT 1 FROM progress_updates later WHERE later.supersedes_id = s.id);

CREATE TRIGGER search_minute_entries_insert AFTER INSERT ON minute_entries BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 5, NEW.reference || ' ' || NEW.heading, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.discussion) WHERE key = 'text' AND type = 'text'), 'minute_entry', NEW.id);
END;
CREATE TRIGGER search_minute_entries_update AFTER UPDATE ON minute_entries BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 5, NEW.reference || ' ' || NEW.heading, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(NEW.discussion) WHERE key = 'text' AND type = 'text'), 'minute_entry', NEW.id);
END;
CREATE TRIGGER search_minute_entries_delete AFTER DELETE ON minute_entries BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 5;
END;

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 5, s.reference || ' ' || s.heading, (SELECT coalesce(group_concat(value, ' '), '') FROM json_tree(s.discussion) WHERE key = 'text' AND type = 'text'), 'minute_entry', s.id FROM minute_entries s;

CREATE TRIGGER search_decisions_insert AFTER INSERT ON decisions BEGIN
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 6, '', NEW.text, 'decision', NEW.id);
END;
CREATE TRIGGER search_decisions_update AFTER UPDATE ON decisions BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
  INSERT INTO search_index (rowid, title, body, kind, entity_id) VALUES (NEW.id * 8 + 6, '', NEW.text, 'decision', NEW.id);
END;
CREATE TRIGGER search_decisions_delete AFTER DELETE ON decisions BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 6;
END;

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 6, '', s.text, 'decision', s.id FROM decisions s;

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

INSERT INTO search_index (rowid, title, body, kind, entity_id)
  SELECT s.id * 8 + 7, s.title, s.report_of || ' ' || s.summary, 'agenda_item', s.id FROM agenda_items s;
