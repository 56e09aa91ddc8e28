package storage

import (
	"context"
	"database/sql"
	"sort"
	"time"

	"kamplan/domain"
)

// maxMergeBases is how many earlier states of each plan a plan file names.
const maxMergeBases = 20

// keepMergeBases keeps the content of each plan of a file being written as a merge base,
// and names in the file, newest first, the states of each plan this database keeps as
// merge bases: the one written now, and those of files written and read before (which the
// receiver may know, when the plan went back and forth).
func (s *Store) keepMergeBases(ctx context.Context, f *domain.PlanFile) error {
	sort.SliceStable(f.Plans, func(i, j int) bool { return f.Plans[i].Period < f.Plans[j].Period })
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return internal(err)
	}
	defer tx.Rollback()
	f.MergeBases = nil
	for i := range f.Plans {
		if _, _, err := keepSnapshot(ctx, tx, domain.SnapshotInfo{Author: s.author}, &f.Account, &f.Plans[i]); err != nil {
			return err
		}
		bases, err := mergeBasesOf(ctx, tx, f.Plans[i].ID)
		if err != nil {
			return err
		}
		f.MergeBases = append(f.MergeBases, bases...)
	}
	return internal(tx.Commit())
}

// mergeBasesOf lists the merge bases of a plan, newest first: the states this database
// keeps, and those the files it read named.
func mergeBasesOf(ctx context.Context, tx *sql.Tx, planID string) ([]domain.MergeBase, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, hash, at FROM snapshots WHERE plan_id = ? AND kind = ?
		UNION ALL SELECT snapshot, hash, at FROM merge_bases WHERE plan_id = ? ORDER BY 3 DESC, 1`,
		planID, string(domain.SnapshotMergeBase), planID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []domain.MergeBase
	seen := map[string]bool{}
	for rows.Next() && len(out) < maxMergeBases {
		b := domain.MergeBase{PlanID: planID}
		var at string
		if err := rows.Scan(&b.Snapshot, &b.Hash, &at); err != nil {
			return nil, internal(err)
		}
		if !seen[b.Snapshot] {
			seen[b.Snapshot] = true
			out = append(out, b)
		}
	}
	return out, internal(rows.Err())
}

// keepFileState keeps the content of a plan read from a file as a merge base, and the
// merge bases the file names for it, in the file's order just before it.
func keepFileState(ctx context.Context, tx *sql.Tx, f *domain.PlanFile, i int, author string) error {
	info, _, err := keepSnapshot(ctx, tx, domain.SnapshotInfo{Author: author}, &f.Account, &f.Plans[i])
	if err != nil {
		return err
	}
	n := 0
	for _, b := range f.MergeBases {
		if b.PlanID != f.Plans[i].ID {
			continue
		}
		n++
		at := timeText(info.At.Add(-time.Duration(n)))
		if _, err := tx.ExecContext(ctx, `INSERT INTO merge_bases(plan_id, snapshot, hash, at) VALUES(?, ?, ?, ?)
			ON CONFLICT(plan_id, snapshot) DO UPDATE SET at = excluded.at`, b.PlanID, b.Snapshot, b.Hash, at); err != nil {
			return internal(err)
		}
	}
	return nil
}

// commonAncestor is the newest state of a plan that the file names and this database
// keeps with the same content; nil when there is none.
func commonAncestor(ctx context.Context, tx *sql.Tx, bases []domain.MergeBase, planID string) (*domain.Snapshot, error) {
	for _, b := range bases {
		if b.PlanID != planID {
			continue
		}
		snap, hash, err := snapshotIn(ctx, tx, b.Snapshot)
		switch {
		case domain.CodeOf(err) == domain.CodeNotFound:
			continue
		case err != nil:
			return nil, err
		case hash == b.Hash && snap.PlanID == planID:
			return snap, nil
		}
	}
	return nil, nil
}
