package postgres

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/gen"
	"kamplan/domain/history"
)

// person is a login role made for a test, dropped when it ends, with the URL it connects by.
type person struct {
	role, url string
}

// addPerson creates a login role in team (a director when director is set), with a
// password set as a DBA would, and returns how it connects to the schema at schemaURL.
func addPerson(t testing.TB, admin *Store, schemaURL, name, team string, director bool) person {
	t.Helper()
	role := fmt.Sprintf("%s_%s", strings.TrimPrefix(strings.Split(schemaURL, "=")[1], "kamtest_"), name)
	conn := adminConn(t)
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP ROLE IF EXISTS "+pgx.Identifier{role}.Sanitize()) })
	if err := admin.AddUser(ctx, role, team, director); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, "ALTER ROLE "+pgx.Identifier{role}.Sanitize()+" PASSWORD 'secreto'"); err != nil {
		t.Fatal(err)
	}
	u := url.URL{Scheme: "postgres", User: url.UserPassword(role, "secreto"), Host: os.Getenv("PGHOST") + ":" + os.Getenv("PGPORT"),
		Path: "/" + os.Getenv("PGDATABASE"), RawQuery: strings.SplitN(schemaURL, "?", 2)[1]}
	return person{role, u.String()}
}

func openAs(t testing.TB, p person) *Store {
	t.Helper()
	s, err := Open(ctx, p.url)
	if err != nil {
		t.Fatalf("%s opens the team store: %v", p.role, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// teamsOfTwo sets up two teams with a KAM each and a director, each KAM with an account.
func teamsOfTwo(t *testing.T) (ana, luis, dir *Store, anaPlan, luisPlan *domain.Plan, people map[string]person) {
	schemaURL := freshSchema(t)
	admin, err := Open(ctx, schemaURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	for _, team := range []string{"Norte", "Sur"} {
		if err := admin.AddTeam(ctx, team); err != nil {
			t.Fatal(err)
		}
	}
	people = map[string]person{"ana": addPerson(t, admin, schemaURL, "ana", "Norte", false),
		"luis": addPerson(t, admin, schemaURL, "luis", "Sur", false), "dir": addPerson(t, admin, schemaURL, "dir", "Norte", true)}
	ana, luis, dir = openAs(t, people["ana"]), openAs(t, people["luis"]), openAs(t, people["dir"])
	files := gen.Portfolio(2)
	anaPlan, luisPlan = importInto(t, ana, files[0]), importInto(t, luis, files[1])
	return
}

func importInto(t *testing.T, s *Store, f domain.PlanFile) *domain.Plan {
	t.Helper()
	a := f.Account
	p, err := s.CreateAccount(ctx, &a, f.Plans[0].Period)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAKAMSeesOnlyTheAccountsOfTheirTeams(t *testing.T) {
	ana, luis, dir, anaPlan, luisPlan, _ := teamsOfTwo(t)
	if rows, err := ana.Portfolio(ctx); err != nil || len(rows) != 1 || rows[0].PlanID != anaPlan.ID {
		t.Fatalf("Ana's portfolio: %+v, %v", rows, err)
	}
	_, err := ana.LoadPlan(ctx, luisPlan.ID)
	if domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("Ana loads Luis's plan: %v", err)
	}
	luisPlan.Risks = "written by Ana"
	if err := ana.SavePlan(ctx, luisPlan); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("Ana saves over Luis's plan: %v", err)
	}
	if err := ana.DeleteAccount(ctx, luisPlan.AccountID); domain.CodeOf(err) != domain.CodeNotFound {
		t.Fatalf("Ana deletes Luis's account: %v", err)
	}
	if p, err := luis.LoadPlan(ctx, luisPlan.ID); err != nil || p.Risks == "written by Ana" {
		t.Fatalf("Luis's plan after Ana's attempts: %v", err)
	}
	if rows, err := dir.Portfolio(ctx); err != nil || len(rows) != 2 {
		t.Fatalf("the director's portfolio: %d plans, %v", len(rows), err)
	}
	fromDir, err := dir.LoadPlan(ctx, luisPlan.ID)
	if err != nil {
		t.Fatalf("the director reads Luis's plan: %v", err)
	}
	fromDir.Risks = "written by the director"
	if err := dir.SavePlan(ctx, fromDir); domain.CodeOf(err) != domain.CodeInvalid || domain.IsStale(err) {
		t.Fatalf("the director, of another team, saves Luis's plan: %v", err)
	}
}

// Row-level security holds whatever the SQL: a KAM connected with psql reads nothing of
// another team's, and writes nothing of it.
func TestRowLevelSecurityHoldsForHandWrittenSQL(t *testing.T) {
	_, luis, _, anaPlan, luisPlan, people := teamsOfTwo(t)
	if _, err := luis.Snapshots().Create(ctx, luisPlan.ID, "manual", "Luis's", "Luis"); err != nil {
		t.Fatal(err)
	}
	d := &domain.Doc{Plan: luisPlan}
	e := domain.SetField{Field: "risks", Value: "Luis's risk"}
	inv, err := d.Apply(e)
	if err == nil {
		err = luis.SaveEdits(ctx, nil, luisPlan, []history.JournalEntry{{PlanID: luisPlan.ID, Author: "Luis", Kind: history.JournalDo, Edit: e, Inverse: inv}})
	}
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(ctx, people["ana"].url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, q := range []string{
		"SELECT count(*) FROM plans WHERE id = '" + luisPlan.ID + "'",
		"SELECT count(*) FROM accounts WHERE id = '" + luisPlan.AccountID + "'",
		"SELECT count(*) FROM snapshots WHERE plan_id = '" + luisPlan.ID + "'",
		"SELECT count(*) FROM journal WHERE plan_id = '" + luisPlan.ID + "'",
		"SELECT count(*) FROM journal WHERE author = 'Luis'",
		"SELECT count(*) FROM plans p JOIN accounts a ON a.id = p.account_id WHERE a.team = 'Sur'",
		"WITH u AS (UPDATE plans SET doc = '{}' WHERE id = '" + luisPlan.ID + "' RETURNING 1) SELECT count(*) FROM u",
		"WITH d AS (DELETE FROM accounts WHERE team = 'Sur' RETURNING 1) SELECT count(*) FROM d",
	} {
		var n int
		if err := conn.QueryRow(ctx, q).Scan(&n); err != nil || n != 0 {
			t.Errorf("as a KAM of another team, %s: %d rows, %v", q, n, err)
		}
	}
	var mine int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM plans WHERE id = $1", anaPlan.ID).Scan(&mine); err != nil || mine != 1 {
		t.Fatalf("Ana reads her own plan by hand: %d rows, %v", mine, err)
	}
	for _, q := range []string{
		"INSERT INTO journal(plan_id, seq, at, author, kind, sections, edit, inverse) VALUES('" + luisPlan.ID + "', 99, now(), 'Ana', 'do', ',', '{}', '{}')",
		"UPDATE accounts SET team = 'Sur' WHERE id = '" + anaPlan.AccountID + "'",
		"ALTER TABLE plans DISABLE ROW LEVEL SECURITY",
	} {
		if _, err := conn.Exec(ctx, q); err == nil {
			t.Errorf("as a KAM, %s was allowed", q)
		}
	}
	if p, err := luis.LoadPlan(ctx, luisPlan.ID); err != nil || p.Version != luisPlan.Version {
		t.Fatalf("Luis's plan after Ana's SQL: %v", err)
	}
}
