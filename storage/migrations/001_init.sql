-- Accounts, their plans, and every collection of a plan as ordered rows of JSON.
-- The columns beside body are what the portfolio list shows, so it never decodes JSON.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE accounts (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE, -- lower-cased name: names are unique whatever their case, accents included
    tier     TEXT NOT NULL,
    owner    TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    body     TEXT NOT NULL
);

CREATE TABLE plans (
    id             TEXT PRIMARY KEY,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    period         TEXT NOT NULL,
    currency       TEXT NOT NULL,
    potential      INTEGER NOT NULL DEFAULT 0,
    revenue        INTEGER NOT NULL DEFAULT 0,
    attractiveness REAL NOT NULL DEFAULT 0,
    strength       REAL NOT NULL DEFAULT 0,
    quadrant       TEXT NOT NULL DEFAULT '',
    next_deadline  TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (account_id, period)
);

CREATE TABLE plan_items (
    plan_id TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL,
    id      TEXT NOT NULL,
    pos     INTEGER NOT NULL,
    body    TEXT NOT NULL,
    PRIMARY KEY (plan_id, kind, id)
) WITHOUT ROWID;
