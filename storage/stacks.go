package storage

import (
	"context"
	"database/sql"
	"errors"
)

// cutStacks ends a plan's undo and redo stacks above the first entry (from the top) that is
// in cut: undo and redo then step only through the entries above it.
func cutStacks(ctx context.Context, tx *sql.Tx, planID string, cut map[int64]bool) error {
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
		below, err := belowOf(ctx, tx, planID, seq)
		if err != nil {
			return 0, err
		}
		if cut[below] {
			_, err := tx.ExecContext(ctx, "UPDATE journal SET below = 0 WHERE plan_id = ? AND seq = ?", planID, seq)
			return top, internal(err)
		}
		seq = below
	}
	return top, nil
}
