-- Facts about the workspace file itself: when it was created, by which version,
-- whether it is the demo workspace.
CREATE TABLE workspace_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
