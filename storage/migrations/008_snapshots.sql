-- Kept states of a plan: at a PDF export, at sign-off, on demand, and the merge bases
-- (the content of every plan file written or read, so that a file that comes back can be
-- merged with its ancestor). body is the plan with its account as a plan file; hash is
-- its SHA-256, and a merge base's id is the hash's first 16 hex digits.
CREATE TABLE IF NOT EXISTS snapshots (
    id      TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    label   TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL,
    author  TEXT NOT NULL DEFAULT '',
    hash    TEXT NOT NULL,
    body    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshots_by_plan ON snapshots(plan_id, at);

-- The merge bases a plan file named that this database has not the content of: a file read
-- names the states it came from, and a file written names them again after its own, so
-- that a plan that went from database to database can still be merged where it started.
CREATE TABLE IF NOT EXISTS merge_bases (
    plan_id  TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    snapshot TEXT NOT NULL,
    hash     TEXT NOT NULL,
    at       TEXT NOT NULL,
    PRIMARY KEY (plan_id, snapshot)
);
