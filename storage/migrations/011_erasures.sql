-- The people forgotten at their request (privacy.Erasure): when, by whom, in which account
-- and how many records were rewritten — never who the person was.
CREATE TABLE IF NOT EXISTS erasures (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    author  TEXT NOT NULL,
    account TEXT NOT NULL,
    records INTEGER NOT NULL
);
