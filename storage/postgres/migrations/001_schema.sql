-- The team store: accounts and plans as JSON documents, each row with the revision of the
-- database at which it last changed (its version), the plans' journals and snapshots.
-- A save states the version it started from and is refused when the stored one differs.
-- Revisions come from one sequence, so versions never repeat, even for a plan deleted and
-- made again under the same id.
CREATE SEQUENCE revision;

CREATE TABLE settings (
    id      integer PRIMARY KEY CHECK (id = 1),
    doc     jsonb   NOT NULL,
    version bigint  NOT NULL
);

-- Teams own accounts; a member is a PostgreSQL role (see 002_security.sql).
CREATE TABLE teams (
    name text PRIMARY KEY CHECK (btrim(name) <> '')
);

CREATE TABLE team_members (
    team   text NOT NULL REFERENCES teams(name) ON DELETE CASCADE ON UPDATE CASCADE,
    member name NOT NULL,
    PRIMARY KEY (team, member)
);

CREATE TABLE accounts (
    id       text   PRIMARY KEY,
    name     text   NOT NULL,
    name_key text   NOT NULL UNIQUE, -- the name lower-cased: names are unique whatever their case
    team     text   NOT NULL DEFAULT '',
    doc      jsonb  NOT NULL,        -- domain.Account
    version  bigint NOT NULL
);
CREATE INDEX accounts_by_team ON accounts(team);

-- The columns beside doc are what the portfolio lists, so that listing it never reads a
-- plan's document; doc is json (text, checked) rather than jsonb, and kept uncompressed:
-- a save of a large plan writes it without parsing or compressing it.
CREATE TABLE plans (
    id            text        PRIMARY KEY,
    account_id    text        NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    period        text        NOT NULL,
    currency      text        NOT NULL DEFAULT '',
    potential     bigint      NOT NULL DEFAULT 0,
    revenue       bigint      NOT NULL DEFAULT 0,
    portfolio     jsonb       NOT NULL DEFAULT '{}', -- domain.Portfolio: placed with the settings as it is read
    next_deadline text        NOT NULL DEFAULT '',
    doc           json        NOT NULL, -- domain.Plan without the portfolio's attractiveness factors
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL,
    UNIQUE (account_id, period)
);
ALTER TABLE plans ALTER COLUMN doc SET STORAGE EXTERNAL;

-- Every saved edit of a plan (see the SQLite store's 007_journal.sql): below, undo_top and
-- redo_top keep the undo and redo stacks as linked lists.
CREATE TABLE journal (
    plan_id  text        NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq      bigint      NOT NULL,
    at       timestamptz NOT NULL,
    author   text        NOT NULL,
    kind     text        NOT NULL,
    sections text        NOT NULL, -- ",wallet,contacts,"
    edit     text        NOT NULL,
    inverse  text        NOT NULL,
    below    bigint      NOT NULL DEFAULT 0,
    undo_top bigint      NOT NULL DEFAULT 0,
    redo_top bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, seq)
);
CREATE INDEX journal_by_author ON journal(plan_id, author, seq);

-- Kept states of a plan: body is the plan with its account as a plan file, hash its SHA-256.
CREATE TABLE snapshots (
    id      text        PRIMARY KEY,
    plan_id text        NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    kind    text        NOT NULL,
    label   text        NOT NULL DEFAULT '',
    at      timestamptz NOT NULL,
    author  text        NOT NULL DEFAULT '',
    hash    text        NOT NULL,
    body    text        NOT NULL
);
CREATE INDEX snapshots_by_plan ON snapshots(plan_id, at);
