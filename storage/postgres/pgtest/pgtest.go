// Package pgtest gives tests a PostgreSQL schema of their own on the server that the
// standard PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE variables name (see
// .ci/pg-cluster.sh), and skips them when PGHOST is unset.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// SkipWithoutServer skips the test, in one line, when no PostgreSQL server is named.
func SkipWithoutServer(t testing.TB) {
	t.Helper()
	if os.Getenv("PGHOST") == "" {
		t.Skip("PGHOST is unset: no PostgreSQL server to test the team store against (see .ci/pg-cluster.sh)")
	}
}

// Admin connects as PGUSER, closed when the test ends.
func Admin(t testing.TB) *pgx.Conn {
	t.Helper()
	SkipWithoutServer(t)
	conn, err := pgx.Connect(context.Background(), "")
	if err != nil {
		t.Fatalf("connecting to the PostgreSQL server of PGHOST: %v", err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// Schema makes a schema of its own for the test, dropped with everything in it when the
// test ends, and returns the URL of a store in it, connected as PGUSER.
func Schema(t testing.TB) string {
	t.Helper()
	conn := Admin(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "kamtest_" + hex.EncodeToString(b)
	if _, err := conn.Exec(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping the test's schema %s: %v", schema, err)
		}
	})
	return "postgres:///?search_path=" + schema
}
