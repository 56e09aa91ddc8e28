package storage

import (
	"context"
	"database/sql"
)

// inTx runs write in one transaction and commits it when write returns nil: all of it is
// written or nothing. A caller that writes holds s.mu around it and around what it records
// after the commit (the rows kept in s.saved), so that writes do not interleave.
func (s *Store) inTx(ctx context.Context, write func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return internal(err)
	}
	defer tx.Rollback()
	if err := write(tx); err != nil {
		return err
	}
	return internal(tx.Commit())
}

// deleteRow removes the row of table with id; when there is none, it is what's not found.
// The caller holds the store's lock.
func deleteRow(ctx context.Context, db *sql.DB, table, what, id string) error {
	res, err := db.ExecContext(ctx, "DELETE FROM "+table+" WHERE id = ?", id)
	if err != nil {
		return internal(err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return notFound(what, id)
	}
	return nil
}

// stringColumn reads the one column of a query's rows.
func stringColumn(ctx context.Context, q queryer, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
