package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage"
	"kamplan/storage/planfile"
)

// snapshots keeps the plans' snapshots (see history.Snapshots).
type snapshots struct{ s *Store }

// Snapshots keeps states of the plans (see history.Store).
func (s *Store) Snapshots() history.Snapshots { return snapshots{s} }

// Create keeps the plan as stored now, with its account, as a snapshot. A merge base's id
// is its content's hash, as in the SQLite store, so one state has one id in both.
func (sn snapshots) Create(ctx context.Context, planID string, kind history.SnapshotKind, label, author string) (history.SnapshotInfo, error) {
	info := history.SnapshotInfo{ID: domain.NewID(), PlanID: planID, Kind: kind, Label: label, Author: author}
	err := sn.s.inTx(ctx, func(tx pgx.Tx) error {
		p, err := planFrom(ctx, tx, planID)
		if err != nil {
			return err
		}
		a, err := accountFrom(ctx, tx, "id = $1", p.AccountID)
		if err != nil {
			return err
		}
		body, hash, err := planfile.Snapshot(a, p)
		if err != nil {
			return internal(err)
		}
		if kind == history.SnapshotMergeBase {
			info.ID = hash[:16]
		}
		info.At = time.Now().UTC()
		_, err = tx.Exec(ctx, `INSERT INTO snapshots(id, plan_id, kind, label, at, author, hash, body) VALUES($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (id) DO UPDATE SET at = excluded.at`,
			info.ID, info.PlanID, string(info.Kind), info.Label, info.At, info.Author, hash, string(body))
		return internal(err)
	})
	if err != nil {
		return history.SnapshotInfo{}, err
	}
	return info, nil
}

// List lists a plan's snapshots, newest first.
func (sn snapshots) List(ctx context.Context, planID string) ([]history.SnapshotInfo, error) {
	rows, err := sn.s.pool.Query(ctx, "SELECT id, plan_id, kind, label, at, author FROM snapshots WHERE plan_id = $1 ORDER BY at DESC, id", planID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []history.SnapshotInfo
	for rows.Next() {
		var x history.SnapshotInfo
		if err := rows.Scan(&x.ID, &x.PlanID, &x.Kind, &x.Label, &x.At, &x.Author); err != nil {
			return nil, internal(err)
		}
		out = append(out, x)
	}
	return out, internal(rows.Err())
}

// Read reads one snapshot with its content; the plan has the portfolio's attractiveness
// factors of today's settings.
func (sn snapshots) Read(ctx context.Context, id string) (*history.Snapshot, error) {
	var snap history.Snapshot
	var body string
	err := sn.s.pool.QueryRow(ctx, "SELECT id, plan_id, kind, label, at, author, body FROM snapshots WHERE id = $1", id).Scan(
		&snap.ID, &snap.PlanID, &snap.Kind, &snap.Label, &snap.At, &snap.Author, &body)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("snapshot", id)
	}
	if err != nil {
		return nil, internal(err)
	}
	f, err := storage.DecodePlanFile([]byte(body))
	if err != nil || len(f.Plans) != 1 {
		return nil, domain.Errorf(domain.CodeInternal, "store.corrupt", "plan %s cannot be read: %v", "snapshot "+id, err)
	}
	snap.Account, snap.Plan = f.Account, f.Plans[0]
	st, err := sn.s.Settings(ctx)
	snap.Plan.Portfolio.Attractiveness.Factors = st.Factors
	return &snap, err
}

// Delete removes a snapshot.
func (sn snapshots) Delete(ctx context.Context, id string) error {
	tag, err := sn.s.pool.Exec(ctx, "DELETE FROM snapshots WHERE id = $1", id)
	if err != nil {
		return internal(err)
	}
	if tag.RowsAffected() == 0 {
		return notFound("snapshot", id)
	}
	return nil
}
