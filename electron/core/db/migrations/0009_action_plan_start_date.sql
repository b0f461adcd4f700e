-- The day a plan started: no action may fall due before it. Optional, since
-- plans made before this version never recorded it. date() gives back the
-- same text only for a real calendar day, so "2025-02-30" is refused too.
ALTER TABLE action_plans ADD COLUMN start_date TEXT
  CHECK (start_date IS NULL OR (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(start_date) IS start_date));
