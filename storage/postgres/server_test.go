package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

var ctx = context.Background()

// adminConn connects as PGUSER to the server the PG* variables name, or skips the test
// when PGHOST is unset.
func adminConn(t testing.TB) *pgx.Conn {
	t.Helper()
	skipWithoutServer(t)
	conn, err := pgx.Connect(ctx, "")
	if err != nil {
		t.Fatalf("connecting to the PostgreSQL server of PGHOST: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// skipWithoutServer skips the test when no PostgreSQL server is named.
func skipWithoutServer(t testing.TB) {
	t.Helper()
	if os.Getenv("PGHOST") == "" {
		t.Skip("PGHOST is unset: no PostgreSQL server to test the team store against (see .ci/pg-cluster.sh)")
	}
}

// freshSchema makes a schema of its own for a test, dropped when the test ends, and
// returns the URL of the store in it (the server from the PG* variables).
func freshSchema(t testing.TB) string {
	t.Helper()
	conn := adminConn(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "kamtest_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping the test's schema %s: %v", schema, err)
		}
	})
	return "postgres:///?search_path=" + schema
}

// openFresh opens a store in a schema of its own.
func openFresh(t testing.TB) *Store {
	t.Helper()
	s, err := Open(ctx, freshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
