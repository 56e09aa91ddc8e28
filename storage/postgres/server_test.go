package postgres

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"

	"kamplan/storage/postgres/pgtest"
)

var ctx = context.Background()

func skipWithoutServer(t testing.TB)   { pgtest.SkipWithoutServer(t) }
func adminConn(t testing.TB) *pgx.Conn { return pgtest.Admin(t) }
func freshSchema(t testing.TB) string  { return pgtest.Schema(t) }

// openFresh opens a store in a schema of its own.
func openFresh(t testing.TB) *Store {
	t.Helper()
	return openAt(t, freshSchema(t))
}

// openAt opens another store (another pool of connections) on the schema at url.
func openAt(t testing.TB, url string) *Store {
	t.Helper()
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
