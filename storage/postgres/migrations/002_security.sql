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

-- kam_is_director: the connected person is a director.
CREATE FUNCTION kam_is_director() RETURNS boolean LANGUAGE sql STABLE
    SET search_path FROM CURRENT
    AS $$ SELECT pg_has_role(current_user, 'kam_director', 'MEMBER') $$;

-- kam_in_team: the connected person belongs to team t.
CREATE FUNCTION kam_in_team(t text) RETURNS boolean LANGUAGE sql STABLE
    SET search_path FROM CURRENT
    AS $$ SELECT EXISTS (SELECT 1 FROM team_members m WHERE m.team = t AND m.member = current_user) $$;

-- kam_default_team: the team a new account goes to, the first of the person's teams.
CREATE FUNCTION kam_default_team() RETURNS text LANGUAGE sql STABLE
    SET search_path FROM CURRENT
    AS $$ SELECT coalesce((SELECT team FROM team_members WHERE member = current_user ORDER BY team LIMIT 1), '') $$;
ALTER TABLE accounts ALTER COLUMN team SET DEFAULT kam_default_team();

-- kam_writes_plan: the plan belongs to an account of one of the person's teams.
CREATE FUNCTION kam_writes_plan(plan text) RETURNS boolean LANGUAGE sql STABLE
    SET search_path FROM CURRENT
    AS $$ SELECT EXISTS (SELECT 1 FROM plans p JOIN accounts a ON a.id = p.account_id
                         WHERE p.id = plan AND kam_in_team(a.team)) $$;

ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON accounts FOR SELECT USING (kam_is_director() OR kam_in_team(team));
CREATE POLICY kam_write ON accounts FOR ALL USING (kam_in_team(team)) WITH CHECK (kam_in_team(team));

ALTER TABLE plans ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON plans FOR SELECT
    USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id));
CREATE POLICY kam_write ON plans FOR ALL
    USING (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id AND kam_in_team(a.team)))
    WITH CHECK (EXISTS (SELECT 1 FROM accounts a WHERE a.id = account_id AND kam_in_team(a.team)));

ALTER TABLE journal ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON journal FOR SELECT USING (EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id));
CREATE POLICY kam_write ON journal FOR ALL USING (kam_writes_plan(plan_id)) WITH CHECK (kam_writes_plan(plan_id));

ALTER TABLE snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY kam_read ON snapshots FOR SELECT USING (EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id));
CREATE POLICY kam_write ON snapshots FOR ALL USING (kam_writes_plan(plan_id)) WITH CHECK (kam_writes_plan(plan_id));
