-- Optimistic concurrency: every account, plan and the settings carry the revision of the
-- database at which they last changed. A save states the version it started from and is
-- refused when the stored one differs. Revisions come from one counter for the whole
-- database, so a plan deleted and imported again never reuses a version an old copy holds.
CREATE TABLE revision (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n  INTEGER NOT NULL
);
INSERT INTO revision(id, n) VALUES (1, 1);

ALTER TABLE accounts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plans ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
