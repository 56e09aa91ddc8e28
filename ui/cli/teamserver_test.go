package cli

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/history"

	"kamplan/storage/postgres"
	"kamplan/storage/postgres/pgtest"
)

// A team server set up with the admin verbs alone: a KAM's role, its password set by the
// DBA, imports accounts with the command line and lists them; the verbs of a database
// file refuse the server without touching it.
func TestAdminVerbsSetUpATeamServer(t *testing.T) {
	admin := pgtest.Schema(t)
	conn := pgtest.Admin(t)
	role := "kamcli_" + strings.TrimPrefix(strings.SplitN(admin, "=", 2)[1], "kamtest_")
	t.Cleanup(func() { conn.Exec(context.Background(), "DROP ROLE IF EXISTS "+role) })
	for _, args := range [][]string{{"admin", "init"}, {"admin", "add-team", "Iberia"}, {"admin", "add-user", role, "--team", "Iberia"}} {
		if r := run(append(args, "--db", admin)...); r.code != ExitOK {
			t.Fatalf("%v: %d %s", args, r.code, r.stderr)
		}
	}
	if _, err := conn.Exec(context.Background(), "ALTER ROLE "+role+" PASSWORD 'clave'"); err != nil {
		t.Fatal(err)
	}
	kam := (&url.URL{Scheme: "postgres", User: url.UserPassword(role, "clave"), Host: os.Getenv("PGHOST") + ":" + os.Getenv("PGPORT"),
		Path: "/" + os.Getenv("PGDATABASE"), RawQuery: strings.SplitN(admin, "?", 2)[1]}).String()
	if r := run("import-csv", "--accounts", "../../storage/csvimport/testdata/hubspot_companies.csv", "--db", kam); r.code != ExitOK {
		t.Fatalf("import as the KAM: %d %s", r.code, r.stderr)
	}
	mine, all := run("list", "--db", kam), run("list", "--db", admin)
	if mine.code != ExitOK || mine.stdout == "" || mine.stdout != all.stdout {
		t.Fatalf("the KAM lists %q (%s), the administrator %q", mine.stdout, mine.stderr, all.stdout)
	}
	var team string
	if err := conn.QueryRow(context.Background(), fmt.Sprintf("SELECT DISTINCT team FROM %s.accounts", strings.SplitN(admin, "=", 2)[1])).Scan(&team); err != nil || team != "Iberia" {
		t.Fatalf("the imported accounts belong to %q (%v), want the KAM's team", team, err)
	}
	for _, args := range [][]string{{"export-json", "--account", "x", "--out", "-"}, {"restore", "backup.db"}, {"backup", "--out", t.TempDir() + "/b.db"}} {
		if r := run(append(args, "--db", kam)...); r.code != ExitError || !strings.Contains(r.stderr, "server") {
			t.Errorf("%v on a team server: %d %q", args, r.code, r.stderr)
		}
	}
}

// The script `kamplan admin schema` prints makes the schema the store opens without
// upgrading it.
func TestAdminSchemaIsTheScriptInitRuns(t *testing.T) {
	r := run("admin", "schema")
	if r.code != ExitOK || !strings.Contains(r.stdout, "CREATE POLICY") {
		t.Fatalf("admin schema: %d %s", r.code, r.stderr)
	}
	db := pgtest.Schema(t)
	conn, err := pgx.Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(context.Background(), r.stdout); err != nil {
		t.Fatalf("running the printed script: %v", err)
	}
	s, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if rows, err := s.Portfolio(context.Background()); err != nil || len(rows) != 0 {
		t.Fatalf("a new schema's portfolio: %v, %v", rows, err)
	}
}

func TestHelpAdmin(t *testing.T) {
	r := run("help", "admin")
	if r.code != ExitOK || !strings.Contains(r.stdout, "add-user ROLE --team NAME [--director]") {
		t.Fatalf("help admin: %d %q", r.code, r.stdout)
	}
	if r := run("admin", "add-team", "X", "--db", "/tmp/file.db"); r.code != ExitUsage || !strings.Contains(r.stderr, "postgres://") {
		t.Fatalf("admin with a file: %d %q", r.code, r.stderr)
	}
}

// forget-contact and export-person answer a person's requests on the team server as on a
// database file.
func TestPersonVerbsWorkOnATeamServer(t *testing.T) {
	db := pgtest.Schema(t)
	s, err := postgres.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := domain.Account{ID: domain.NewID(), Name: "Aceros del Sur", Tier: "key"}
	p, err := s.CreateAccount(context.Background(), &a, "FY2027")
	if err != nil {
		t.Fatal(err)
	}
	d := domain.Doc{Account: &a, Plan: p}
	c := domain.Contact{ID: domain.NewID(), Name: "Olvido Markowska", Email: "olvido.mk44@aceros.example", Notes: "MKNOTE-8812", Influence: 3}
	inv, err := d.Apply(domain.AddItem{Coll: domain.CollContacts, Value: c})
	if err != nil {
		t.Fatal(err)
	}
	entry := history.JournalEntry{PlanID: p.ID, Author: "Ana", Kind: history.JournalDo, Edit: domain.AddItem{Coll: domain.CollContacts, Value: c}, Inverse: inv}
	if err := s.SaveEdits(context.Background(), nil, p, []history.JournalEntry{entry}); err != nil {
		t.Fatal(err)
	}
	if r := run("--db", db, "export-person", "--account", a.Name, "--contact", "olvido markowska", "--out", "-"); r.code != ExitOK || !strings.Contains(r.stdout, "MKNOTE-8812") {
		t.Fatalf("export-person on the team server: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := run("--db", db, "forget-contact", "--account", a.Name, "--contact", "olvido.mk44@aceros.example", "--yes"); r.code != ExitOK || !strings.Contains(r.stdout, "Forgotten on the team server") {
		t.Fatalf("forget-contact on the team server: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := run("--db", db, "export-person", "--account", a.Name, "--contact", "olvido markowska", "--out", "-"); r.code != ExitError {
		t.Errorf("the person is still found on the team server: %+v", r)
	}
	if log, err := s.Erasures(context.Background()); err != nil || len(log) != 1 {
		t.Errorf("the erasure log: %+v, %v", log, err)
	}
}
