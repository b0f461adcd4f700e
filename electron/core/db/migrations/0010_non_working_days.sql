-- Days the authority's offices are shut besides weekends and bank holidays: a
-- local closure day, or a bank holiday proclaimed after this version was
-- built. The statutory timetable and report deadlines do not count them as
-- working days. The bank holidays themselves ship with the app
-- (domain/bank-holidays.ts), so they are not stored here.
CREATE TABLE non_working_days (
  id          INTEGER PRIMARY KEY,
  date        TEXT NOT NULL UNIQUE
    CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(date) IS date),
  name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at  TEXT NOT NULL
) STRICT;

-- An executive body (the cabinet or one of its committees) must give 28 clear
-- days' notice before meeting in private (Access to Information Regulations
-- 2012), which other committees need not. Existing committees are not.
ALTER TABLE committees ADD COLUMN is_executive INTEGER NOT NULL DEFAULT 0 CHECK (is_executive IN (0, 1));
