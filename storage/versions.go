package storage

import (
	"context"
	"database/sql"

	"kamplan/domain"
)

// Optimistic concurrency, as a shared server store would do it: every account, plan and
// the settings carry the revision of the database at which they last changed (their
// version). A save states the version it started from; inside its transaction one
// statement moves the stored row from that version to a new revision, and when no row
// moves, another writer got there first and nothing is written.

// nextRevision takes the next revision of the database, the version of whatever the
// transaction writes. The counter is shared by every table, so versions never repeat,
// even for a plan deleted and imported again under the same id.
func nextRevision(ctx context.Context, tx *sql.Tx) (int64, error) {
	var rev int64
	err := tx.QueryRowContext(ctx, "UPDATE revision SET n = n + 1 WHERE id = 1 RETURNING n").Scan(&rev)
	return rev, internal(err)
}

// claim moves the row id of table (accounts or plans) from version to a new revision and
// returns it; a row at another version is a stale save, a missing row is not found.
func claim(ctx context.Context, tx *sql.Tx, table, what, id string, version int64) (int64, error) {
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, "UPDATE "+table+" SET version = ? WHERE id = ? AND version = ?", rev, id, version)
	if err != nil {
		return 0, internal(err)
	}
	if n, _ := res.RowsAffected(); n == 1 {
		return rev, nil
	}
	var exists int
	err = tx.QueryRowContext(ctx, "SELECT count(*) FROM "+table+" WHERE id = ?", id).Scan(&exists)
	switch {
	case err != nil:
		return 0, internal(err)
	case exists == 0:
		return 0, notFound(what, id)
	}
	return 0, stale(what)
}

// stale is the error of a save that did not start from the stored version.
func stale(what string) *domain.Error {
	switch what {
	case "account":
		return domain.Errorf(domain.CodeConflict, domain.KeyStaleAccount,
			"the account was saved elsewhere (another window or the command line) after you opened it; your change was not saved: open it again to see the other version")
	case "settings":
		return domain.Errorf(domain.CodeConflict, domain.KeyStaleSettings,
			"the settings were saved elsewhere (another window or the command line) after you opened them; your change was not saved: open them again to see the other version")
	}
	return domain.Errorf(domain.CodeConflict, domain.KeyStalePlan,
		"the plan was saved elsewhere (another window or the command line) after you opened it; your change was not saved: open it again to see the other version")
}
