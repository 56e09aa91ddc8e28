package storage

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"kamplan/domain"
	"kamplan/domain/history"
	"kamplan/storage/planfile"
)

// snapshots keeps the plans' snapshots (see history.Snapshots).
type snapshots struct{ s *Store }

// Snapshots keeps states of the plans (see history.Store).
func (s *Store) Snapshots() history.Snapshots { return snapshots{s} }

// Create keeps the plan as stored now, with its account, as a snapshot.
func (sn snapshots) Create(ctx context.Context, planID string, kind history.SnapshotKind, label, author string) (history.SnapshotInfo, error) {
	s := sn.s
	s.mu.Lock()
	defer s.mu.Unlock()
	info := history.SnapshotInfo{ID: domain.NewID(), PlanID: planID, Kind: kind, Label: label, Author: author}
	if kind == history.SnapshotMergeBase {
		info.ID = ""
	}
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		a, p, err := loadDoc(ctx, tx, planID)
		if err != nil {
			return err
		}
		info, _, err = keepSnapshot(ctx, tx, info, a, p)
		return err
	})
	if err != nil {
		return history.SnapshotInfo{}, err
	}
	return info, nil
}

// loadDoc reads a plan with its account and the portfolio's attractiveness factors.
func loadDoc(ctx context.Context, tx *sql.Tx, planID string) (*domain.Account, *domain.Plan, error) {
	p, _, err := loadPlan(ctx, tx, planID)
	if err != nil {
		return nil, nil, err
	}
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return nil, nil, err
	}
	p.Portfolio.Attractiveness.Factors = append([]domain.Factor(nil), st.Factors...)
	a, err := accountIn(ctx, tx, p.AccountID)
	return a, p, err
}

// keepSnapshot stores a state of a plan. A snapshot without an id is a merge base: its id
// is its content's hash, and keeping the same content again only moves its time.
// Its content is planfile.Snapshot's, so that one state has one hash everywhere.
func keepSnapshot(ctx context.Context, tx *sql.Tx, info history.SnapshotInfo, a *domain.Account, p *domain.Plan) (history.SnapshotInfo, string, error) {
	body, hash, err := planfile.Snapshot(a, p)
	if err != nil {
		return info, "", err
	}
	if info.ID == "" {
		info.ID, info.Kind = hash[:16], history.SnapshotMergeBase
	}
	info.PlanID, info.At = p.ID, time.Now().UTC()
	_, err = tx.ExecContext(ctx, `INSERT INTO snapshots(id, plan_id, kind, label, at, author, hash, body) VALUES(?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET at = excluded.at`,
		info.ID, info.PlanID, string(info.Kind), info.Label, timeText(info.At), info.Author, hash, string(body))
	return info, hash, internal(err)
}

// Holds reports whether snapshot id holds doc as it is, by their contents' hashes, without
// reading the snapshot (see history.Holder).
func (sn snapshots) Holds(ctx context.Context, id string, doc domain.Doc) (bool, error) {
	var stored string
	if err := sn.s.db.QueryRowContext(ctx, "SELECT hash FROM snapshots WHERE id = ?", id).Scan(&stored); err != nil {
		return false, internal(err)
	}
	_, hash, err := planfile.Snapshot(doc.Account, doc.Plan)
	return err == nil && hash == stored, err
}

// List lists a plan's snapshots, newest first.
func (sn snapshots) List(ctx context.Context, planID string) ([]history.SnapshotInfo, error) {
	rows, err := sn.s.db.QueryContext(ctx, "SELECT id, plan_id, kind, label, at, author FROM snapshots WHERE plan_id = ? ORDER BY at DESC, id", planID)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []history.SnapshotInfo
	for rows.Next() {
		var x history.SnapshotInfo
		var at string
		if err := rows.Scan(&x.ID, &x.PlanID, &x.Kind, &x.Label, &at, &x.Author); err != nil {
			return nil, internal(err)
		}
		x.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, x)
	}
	return out, internal(rows.Err())
}

// Read reads one snapshot with its content; the plan has the portfolio's attractiveness
// factors of today's settings.
func (sn snapshots) Read(ctx context.Context, id string) (*history.Snapshot, error) {
	snap, _, err := snapshotIn(ctx, sn.s.db, id)
	if err != nil {
		return nil, err
	}
	st, err := settingsFrom(ctx, sn.s.db)
	snap.Plan.Portfolio.Attractiveness.Factors = st.Factors
	return snap, err
}

// snapshotIn reads a snapshot and its hash.
func snapshotIn(ctx context.Context, q queryer, id string) (*history.Snapshot, string, error) {
	var snap history.Snapshot
	var at, hash, body string
	err := q.QueryRowContext(ctx, "SELECT id, plan_id, kind, label, at, author, hash, body FROM snapshots WHERE id = ?", id).Scan(
		&snap.ID, &snap.PlanID, &snap.Kind, &snap.Label, &at, &snap.Author, &hash, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", notFound("snapshot", id)
	}
	if err != nil {
		return nil, "", internal(err)
	}
	snap.At, _ = time.Parse(time.RFC3339Nano, at)
	f, err := DecodePlanFile([]byte(body))
	if err != nil || len(f.Plans) != 1 {
		return nil, "", domain.Errorf(domain.CodeInternal, "store.corrupt", "plan %s cannot be read: %v", "snapshot "+id, err)
	}
	snap.Account, snap.Plan = f.Account, f.Plans[0]
	return &snap, hash, nil
}

// Delete removes a snapshot.
func (sn snapshots) Delete(ctx context.Context, id string) error {
	sn.s.mu.Lock()
	defer sn.s.mu.Unlock()
	return deleteRow(ctx, sn.s.db, "snapshots", "snapshot", id)
}

// ExportSnapshot writes a snapshot as a plan file, whose merge base is the snapshot's
// content: the file can come back edited and be merged (see MergeJSON).
func (s *Store) ExportSnapshot(ctx context.Context, id string) ([]byte, error) {
	snap, err := s.Snapshots().Read(ctx, id)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var base history.SnapshotInfo
	var hash string
	err = s.inTx(ctx, func(tx *sql.Tx) (err error) {
		base, hash, err = keepSnapshot(ctx, tx, history.SnapshotInfo{Author: s.author}, &snap.Account, &snap.Plan)
		return err
	})
	if err != nil {
		return nil, err
	}
	return EncodePlanFile(domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion, Account: snap.Account,
		Plans: []domain.Plan{snap.Plan}, MergeBases: []domain.MergeBase{{PlanID: snap.PlanID, Snapshot: base.ID, Hash: hash}}})
}
