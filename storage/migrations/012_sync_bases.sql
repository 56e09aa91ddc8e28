-- What this database and a team store last agreed on, for each account and plan they share:
-- the versions and journal positions of both copies at that moment and the content they had
-- then (JSON), the common ancestor of the next three-way merge. A plan has an id of its own
-- in each store; an account keeps its id. A row with one id empty is a copy being created on
-- that side: were the sync stopped there, the next one knows the new copy is its own.
-- No foreign keys: the row of a plan deleted here is what tells the sync to delete it there.
CREATE TABLE IF NOT EXISTS sync_bases (
    kind           TEXT NOT NULL,              -- 'account' or 'plan'
    local_id       TEXT NOT NULL,
    remote_id      TEXT NOT NULL,
    account_id     TEXT NOT NULL DEFAULT '',
    period         TEXT NOT NULL DEFAULT '',
    local_version  INTEGER NOT NULL DEFAULT 0,
    remote_version INTEGER NOT NULL DEFAULT 0,
    local_seq      INTEGER NOT NULL DEFAULT 0,
    remote_seq     INTEGER NOT NULL DEFAULT 0,
    body           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, local_id, remote_id)
);
