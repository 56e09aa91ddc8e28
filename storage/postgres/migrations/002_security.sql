-- Who sees what, enforced by PostgreSQL: every person connects as their own role, a member
-- of kam_user (a KAM) or kam_director. A KAM reads and writes the accounts of the teams they
-- belong to (team_members), with those accounts' plans, journals and snapshots; a director
-- reads every account and writes those of their own teams. The settings are the company's:
-- everyone reads and writes them.
DO $$
BEGIN
    CREATE ROLE kam_user NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$
BEGIN
    CREATE ROLE kam_director NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
GRANT kam_user TO kam_director;

DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO kam_user', current_schema());
END $$;
GRANT SELECT ON schema_version, teams, team_members TO kam_user;
GRANT SELECT, INSERT, UPDATE ON settings TO kam_user;
GRANT SELECT, INSERT, UPDATE, DELETE ON accounts, plans, journal, snapshots TO kam_user;
GRANT USAGE, SELECT ON SEQUENCE revision TO kam_user;

-- kam_default_team: the team a new account goes to, the first of the person's teams.
CREATE FUNCTION kam_default_team() RETURNS text LANGUAGE sql STABLE
    SET search_path FROM CURRENT
    AS $$ SELECT coalesce((SELECT team FROM team_members WHERE member = current_user ORDER BY team LIMIT 1), '') $$;
ALTER TABLE accounts ALTER COLUMN team SET DEFAULT kam_default_team();

-- kam_writes_plan: the plan belongs to an account of one of the person's teams.
CREATE FUNCTION kam_writes_plan(plan text) RETURNS boolean LANGUAGE sql STABLE
    SET search_path FROM CURRENT
    AS $$ SELECT EXISTS (SELECT 1 FROM plans p JOIN accounts a ON a.id = p.account_id
                         JOIN team_members m ON m.team = a.team AND m.member = current_user
                         WHERE p.id = plan) $$;

-- The policies name the person's teams and accounts with subqueries PostgreSQL computes once
-- per statement (not a function called for every row), so that a KAM's portfolio lists as
-- fast as an administrator's. A table a policy names is read under its own policies.
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON accounts FOR SELECT
    USING ((SELECT pg_has_role(current_user, 'kam_director', 'MEMBER'))
           OR team IN (SELECT m.team FROM team_members m WHERE m.member = current_user));
CREATE POLICY kam_write ON accounts FOR ALL
    USING (team IN (SELECT m.team FROM team_members m WHERE m.member = current_user))
    WITH CHECK (team IN (SELECT m.team FROM team_members m WHERE m.member = current_user));

ALTER TABLE plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON plans FOR SELECT USING (account_id IN (SELECT a.id FROM accounts a));
CREATE POLICY kam_write ON plans FOR ALL
    USING (account_id IN (SELECT a.id FROM accounts a JOIN team_members m ON m.team = a.team AND m.member = current_user))
    WITH CHECK (account_id IN (SELECT a.id FROM accounts a JOIN team_members m ON m.team = a.team AND m.member = current_user));

ALTER TABLE journal ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON journal FOR SELECT USING (EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id));
CREATE POLICY kam_write ON journal FOR ALL USING (kam_writes_plan(plan_id)) WITH CHECK (kam_writes_plan(plan_id));

ALTER TABLE snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON snapshots FOR SELECT USING (EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id));
CREATE POLICY kam_write ON snapshots FOR ALL USING (kam_writes_plan(plan_id)) WITH CHECK (kam_writes_plan(plan_id));
