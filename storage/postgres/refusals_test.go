package postgres

import (
	"errors"
	"fmt"
	"testing"

	"kamplan/domain"
)

// PostgreSQL cannot keep the NUL character: a text with one is refused with a message,
// and nothing of the save is written.
func TestATextWithNULIsRefusedWhole(t *testing.T) {
	s := openFresh(t)
	p, err := s.CreateAccount(ctx, &domain.Account{Name: "Nulos, S.A.", Tier: domain.TierKey}, "FY2027")
	if err != nil {
		t.Fatal(err)
	}
	version := p.Version
	p.Risks, p.Context = "ok", "before\x00after"
	err = s.SavePlan(ctx, p)
	if domain.CodeOf(err) != domain.CodeInvalid || keyOf(err) != "teamserver.nul" {
		t.Fatalf("a NUL in a text: %v", err)
	}
	if got, _ := s.LoadPlan(ctx, p.ID); got.Risks == "ok" || got.Version != version {
		t.Fatal("part of a refused save was written")
	}
	_, err = s.CreateAccount(ctx, &domain.Account{Name: "Nul\x00", Tier: domain.TierKey}, "FY2027")
	if domain.CodeOf(err) != domain.CodeInvalid {
		t.Fatalf("a NUL in a new account's name: %v", err)
	}
}

// keyOf is the catalogue key of a domain error, "" for any other.
func keyOf(err error) string {
	var de *domain.Error
	if errors.As(err, &de) {
		return de.Key
	}
	return ""
}

// A KAM whose administrator has not run `kamplan admin init` is told so, and nothing is made.
func TestAServerNotSetUpSaysWhoSetsItUp(t *testing.T) {
	url := freshSchema(t)
	conn := adminConn(t)
	role := "kamtest_nosetup_" + url[len(url)-12:]
	t.Cleanup(func() { conn.Exec(ctx, "DROP OWNED BY "+role+"; DROP ROLE "+role) })
	schema := url[len("postgres:///?search_path="):]
	for _, q := range []string{"CREATE ROLE " + role + " LOGIN PASSWORD 'x'", "GRANT USAGE ON SCHEMA " + schema + " TO " + role} {
		if _, err := conn.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if n := tablesIn(t, schema); n != 0 {
		t.Fatalf("the schema holds %d tables before the test", n)
	}
	cfg := conn.Config()
	_, err := Open(ctx, fmt.Sprintf("postgres://%s:x@%s:%d/%s?search_path=%s", role, cfg.Host, cfg.Port, cfg.Database, schema))
	if keyOf(err) != "teamserver.not_set_up" {
		t.Fatalf("opening a schema never set up, as a KAM: %v", err)
	}
	if n := tablesIn(t, schema); n != 0 {
		t.Fatalf("a KAM's failed opening left %d tables", n)
	}
}

func tablesIn(t *testing.T, schema string) int {
	var n int
	if err := adminConn(t).QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = $1", schema).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
