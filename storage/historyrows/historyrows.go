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
// redo stacks every entry from the first that holds them or refers to them: undo must not
// bring them back, nor step through states the plan can no longer reach. It returns how
// many entries it rewrote.
func Forget(ctx context.Context, tx *sql.Tx, entries []history.JournalEntry, who *privacy.Person) (int, error) {
	n := 0
	involved := map[string]map[int64]bool{}
	for _, e := range entries {
		if !who.Involves(e.Edit) && !who.Involves(e.Inverse) {
			continue
		}
		if involved[e.PlanID] == nil {
			involved[e.PlanID] = map[int64]bool{}
		}
		involved[e.PlanID][e.Seq] = true
		changed, err := rewriteEntry(ctx, tx, e, who)
		if err != nil {
			return n, err
		}
		if changed {
			n++
		}
	}
	for planID, seqs := range involved {
		if err := CutStacks(ctx, tx, planID, seqs); err != nil {
			return n, err
		}
	}
	return n, nil
}

func rewriteEntry(ctx context.Context, tx *sql.Tx, e history.JournalEntry, who *privacy.Person) (bool, error) {
	edit, c1 := who.ScrubEdit(e.Edit)
	inverse, c2 := who.ScrubEdit(e.Inverse)
	if !c1 && !c2 {
		return false, nil
	}
	eb, err := history.EncodeEdit(edit)
	if err != nil {
		return false, err
	}
	ib, err := history.EncodeEdit(inverse)
	if err != nil {
		return false, err
	}
	_, err = tx.ExecContext(ctx, "UPDATE journal SET edit = ?, inverse = ? WHERE plan_id = ? AND seq = ?", string(eb), string(ib), e.PlanID, e.Seq)
	return true, internal(err)
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

// cutStack follows a stack down from top and ends it above the first entry in cut; it
// returns the stack's top, 0 when the top itself is cut.
func cutStack(ctx context.Context, tx *sql.Tx, planID string, top int64, cut map[int64]bool) (int64, error) {
	if cut[top] {
		return 0, nil
	}
	for seq := top; seq > 0; {
		var below int64
		if err := tx.QueryRowContext(ctx, "SELECT below FROM journal WHERE plan_id = ? AND seq = ?", planID, seq).Scan(&below); err != nil {
			return 0, internal(err)
		}
		if cut[below] {
			_, err := tx.ExecContext(ctx, "UPDATE journal SET below = 0 WHERE plan_id = ? AND seq = ?", planID, seq)
			return top, internal(err)
		}
		seq = below
	}
	return top, nil
}
