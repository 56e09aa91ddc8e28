package postgres

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
)

// Optimistic concurrency, as in the SQLite store: every account, plan and the settings
// carry the revision at which they last changed. A save moves the stored row from the
// version it started from to a new revision in one UPDATE … WHERE version = …; when no row
// moves, another writer got there first and nothing is written. PostgreSQL's row lock makes
// a second writer wait for the first and then find the version changed.

// nextRevision takes the next revision, the version of whatever the transaction writes.
func nextRevision(ctx context.Context, tx pgx.Tx) (int64, error) {
	var rev int64
	err := tx.QueryRow(ctx, "SELECT nextval('revision')").Scan(&rev)
	return rev, internal(err)
}

// missingOrStale says why a save's UPDATE moved no row: the row is gone, or at another version.
func missingOrStale(ctx context.Context, tx pgx.Tx, table, what, id string) error {
	var exists bool
	if err := tx.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM "+table+" WHERE id = $1)", id).Scan(&exists); err != nil {
		return internal(err)
	}
	if !exists {
		return notFound(what, id)
	}
	return stale(what)
}

// deleteRow removes the row of table with id; when there is none, it is what's not found.
func deleteRow(ctx context.Context, tx pgx.Tx, table string, kind ChangeKind, id string) error {
	tag, err := tx.Exec(ctx, "DELETE FROM "+table+" WHERE id = $1", id)
	if err != nil {
		return internal(err)
	}
	if tag.RowsAffected() == 0 {
		return notFound(string(kind), id)
	}
	return notify(ctx, tx, kind, id, 0)
}

// encode is the JSON document of v as the server keeps it. PostgreSQL's jsonb cannot hold
// the NUL character, so a text with one is refused with a message rather than lost.
func encode(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, internal(err)
	}
	if bytes.Contains(b, []byte(`\u0000`)) {
		return nil, domain.Errorf(domain.CodeInvalid, "teamserver.nul",
			"a text holds an invisible NUL character, which the team server cannot keep: remove it and save again; nothing was saved")
	}
	return b, nil
}
