package postgres

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"

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

// missingOrStale says why a save's UPDATE moved no row: the row is gone (or hidden from
// the person), at another version, or at the same one but read-only for the person (a
// director's view of another team's account).
func missingOrStale(ctx context.Context, tx pgx.Tx, table, what, id string, version int64) error {
	var stored int64
	err := tx.QueryRow(ctx, "SELECT version FROM "+table+" WHERE id = $1", id).Scan(&stored)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return notFound(what, id)
	case err != nil:
		return internal(err)
	case stored == version:
		return readOnly(what)
	}
	return stale(what)
}

func readOnly(what string) error {
	if what == "account" {
		return domain.Errorf(domain.CodeInvalid, "teamserver.read_only_account",
			"you may read this account but not change it: it belongs to a team you are not in; nothing was saved")
	}
	return domain.Errorf(domain.CodeInvalid, "teamserver.read_only_plan",
		"you may read this plan but not change it: it belongs to a team you are not in; nothing was saved")
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
