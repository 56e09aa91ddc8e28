-- The log of the people forgotten (see privacy.Erasure): when, by whom, in which account and
-- how many records were rewritten, never anything of the person. Everyone reads the
-- erasures of the accounts they read; a KAM logs those of their teams' accounts.
CREATE TABLE erasures (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    author     text        NOT NULL,
    account_id text        NOT NULL,
    account    text        NOT NULL,
    team       text        NOT NULL,
    records    integer     NOT NULL
);
GRANT SELECT, INSERT ON erasures TO kam_user;

ALTER TABLE erasures ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON erasures FOR SELECT
    USING ((SELECT pg_has_role(current_user, 'kam_director', 'MEMBER'))
           OR team IN (SELECT m.team FROM team_members m WHERE m.member = current_user));
CREATE POLICY kam_write ON erasures FOR INSERT
    WITH CHECK (team IN (SELECT m.team FROM team_members m WHERE m.member = current_user));
