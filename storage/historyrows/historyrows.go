// Package historyrows works on the rows of the plans' history in the SQLite database, inside
// a transaction the store opens: the journal entries of an account read and rewritten
// without a forgotten person, the undo and redo stacks cut where they held them, the history
// older than the retention dropped, and the log of the erasures.
package historyrows

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/domain/privacy"
)

// Queryer reads rows: a database, a connection or a transaction.
type Queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// internal is a database failure as the store reports it.
func internal(err error) error {
	if err == nil {
		return nil
	}
	return domain.Errorf(domain.CodeInternal, "store.internal", "database error: %v", err)
}

// AccountJournal reads the journal entries of every plan of an account, plan by plan in order.
func AccountJournal(ctx context.Context, q Queryer, accountID string) ([]history.JournalEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT plan_id, seq, at, author, kind, edit, inverse FROM journal
		WHERE plan_id IN (SELECT id FROM plans WHERE account_id = ?) ORDER BY plan_id, seq`, accountID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []history.JournalEntry
	for rows.Next() {
		var e history.JournalEntry
		var at, edit, inverse string
		if err := rows.Scan(&e.PlanID, &e.Seq, &at, &e.Author, &e.Kind, &edit, &inverse); err != nil {
			return nil, internal(err)
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		if e.Edit, err = history.DecodeEdit([]byte(edit)); err != nil {
			return nil, err
		}
		if e.Inverse, err = history.DecodeEdit([]byte(inverse)); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, internal(rows.Err())
}

// Forget rewrites the journal entries that hold the person, and takes off the undo and
// redo stacks every entry from the first that holds them or refers to them (see
// privacy.CutStack). It returns how many entries it rewrote.
func Forget(ctx context.Context, tx *sql.Tx, entries []history.JournalEntry, who *privacy.Person) (int, error) {
	je := who.ForgetInJournal(entries)
	for _, e := range je.Rewritten {
		if err := rewriteEntry(ctx, tx, e); err != nil {
			return 0, err
		}
	}
	for planID, seqs := range je.Involved {
		if err := CutStacks(ctx, tx, planID, seqs); err != nil {
			return 0, err
		}
	}
	return len(je.Rewritten), nil
}

func rewriteEntry(ctx context.Context, tx *sql.Tx, e history.JournalEntry) error {
	eb, err := history.EncodeEdit(e.Edit)
	if err != nil {
		return err
	}
	ib, err := history.EncodeEdit(e.Inverse)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "UPDATE journal SET edit = ?, inverse = ? WHERE plan_id = ? AND seq = ?", string(eb), string(ib), e.PlanID, e.Seq)
	return internal(err)
}

// CutStacks ends a plan's undo and redo stacks above the first entry (from the top) that is
// in cut: undo and redo then step only through the entries above it.
func CutStacks(ctx context.Context, tx *sql.Tx, planID string, cut map[int64]bool) error {
	var last, undoTop, redoTop int64
	err := tx.QueryRowContext(ctx, "SELECT seq, undo_top, redo_top FROM journal WHERE plan_id = ? ORDER BY seq DESC LIMIT 1",
		planID).Scan(&last, &undoTop, &redoTop)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return internal(err)
	}
	if undoTop, err = cutStack(ctx, tx, planID, undoTop, cut); err != nil {
		return err
	}
	if redoTop, err = cutStack(ctx, tx, planID, redoTop, cut); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "UPDATE journal SET undo_top = ?, redo_top = ? WHERE plan_id = ? AND seq = ?", undoTop, redoTop, planID, last)
	return internal(err)
}

// cutStack cuts one stack (privacy.CutStack) and returns its new top.
func cutStack(ctx context.Context, tx *sql.Tx, planID string, top int64, cut map[int64]bool) (int64, error) {
	top, unlink, err := privacy.CutStack(top, cut, func(seq int64) (int64, error) {
		var below int64
		err := tx.QueryRowContext(ctx, "SELECT below FROM journal WHERE plan_id = ? AND seq = ?", planID, seq).Scan(&below)
		return below, internal(err)
	})
	if err != nil || unlink == 0 {
		return top, err
	}
	_, err = tx.ExecContext(ctx, "UPDATE journal SET below = 0 WHERE plan_id = ? AND seq = ?", planID, unlink)
	return top, internal(err)
}
