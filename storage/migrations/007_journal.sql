-- The journal of each plan: every saved edit, who made it and when, the edit and its
-- inverse as JSON (domain.EncodeEdit). Undo and redo are entries too; below, undo_top and
-- redo_top keep the two stacks as linked lists, so that opening a plan again reads only
-- the entries undo and redo can reach: below is the entry under this one on its stack,
-- undo_top and redo_top the tops of the stacks once this entry is made.
CREATE TABLE IF NOT EXISTS journal (
    plan_id  TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    at       TEXT NOT NULL,
    author   TEXT NOT NULL,
    kind     TEXT NOT NULL,
    sections TEXT NOT NULL, -- ",wallet,contacts,": the sections the edit changes
    edit     TEXT NOT NULL,
    inverse  TEXT NOT NULL,
    below    INTEGER NOT NULL DEFAULT 0,
    undo_top INTEGER NOT NULL DEFAULT 0,
    redo_top INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (plan_id, seq)
);
CREATE INDEX IF NOT EXISTS journal_by_author ON journal(plan_id, author, seq);
