package storage

import (
	"context"
	"database/sql"
	"time"

	"kamplan/domain/privacy"
)

// DropHistoryBefore drops the journal entries and the snapshots of every plan made before
// cutoff (the retention set in Settings). The undo and redo stacks end where their entries
// were dropped: undo steps back only through the entries kept.
func (s *Store) DropHistoryBefore(ctx context.Context, cutoff time.Time) (privacy.Dropped, error) {
	var d privacy.Dropped
	s.mu.Lock()
	defer s.mu.Unlock()
	before := timeText(cutoff)
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var err error
		if d.Entries, err = deleteCounted(ctx, tx, "DELETE FROM journal WHERE at < ?", before); err != nil {
			return err
		}
		if d.Snapshots, err = deleteCounted(ctx, tx, "DELETE FROM snapshots WHERE at < ?", before); err != nil {
			return err
		}
		for _, link := range []string{"below", "undo_top", "redo_top"} {
			if _, err := tx.ExecContext(ctx, "UPDATE journal SET "+link+` = 0 WHERE `+link+` > 0 AND NOT EXISTS
				(SELECT 1 FROM journal j WHERE j.plan_id = journal.plan_id AND j.seq = journal.`+link+")"); err != nil {
				return internal(err)
			}
		}
		return nil
	})
	return d, err
}

func deleteCounted(ctx context.Context, tx *sql.Tx, query string, args ...any) (int, error) {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, internal(err)
	}
	n, err := res.RowsAffected()
	return int(n), internal(err)
}
