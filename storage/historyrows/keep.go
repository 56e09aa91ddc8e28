package historyrows

import (
	"context"
	"database/sql"
	"time"

	"kamplan/domain/privacy"
)

// DropBefore drops the journal entries and the snapshots of every plan made before a moment
// (as stored: the texts sort as the moments do). The undo and redo stacks end where their
// entries were dropped.
func DropBefore(ctx context.Context, tx *sql.Tx, before string) (privacy.Dropped, error) {
	var d privacy.Dropped
	var err error
	if d.Entries, err = deleteCounted(ctx, tx, "DELETE FROM journal WHERE at < ?", before); err != nil {
		return d, err
	}
	if d.Snapshots, err = deleteCounted(ctx, tx, "DELETE FROM snapshots WHERE at < ?", before); err != nil {
		return d, err
	}
	for _, link := range []string{"below", "undo_top", "redo_top"} {
		if _, err := tx.ExecContext(ctx, "UPDATE journal SET "+link+` = 0 WHERE `+link+` > 0 AND NOT EXISTS
			(SELECT 1 FROM journal j WHERE j.plan_id = journal.plan_id AND j.seq = journal.`+link+")"); err != nil {
			return d, internal(err)
		}
	}
	return d, nil
}

func deleteCounted(ctx context.Context, tx *sql.Tx, query string, args ...any) (int, error) {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, internal(err)
	}
	n, err := res.RowsAffected()
	return int(n), internal(err)
}

// LogErasure records an erasure; at is its moment as stored.
func LogErasure(ctx context.Context, tx *sql.Tx, e privacy.Erasure, at string) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO erasures(at, author, account, records) VALUES(?, ?, ?, ?)", at, e.Author, e.Account, e.Records)
	return internal(err)
}

// Erasures lists the erasures logged, newest first.
func Erasures(ctx context.Context, q Queryer) ([]privacy.Erasure, error) {
	rows, err := q.QueryContext(ctx, "SELECT at, author, account, records FROM erasures ORDER BY id DESC")
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []privacy.Erasure
	for rows.Next() {
		var e privacy.Erasure
		var at string
		if err := rows.Scan(&at, &e.Author, &e.Account, &e.Records); err != nil {
			return nil, internal(err)
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, e)
	}
	return out, internal(rows.Err())
}
