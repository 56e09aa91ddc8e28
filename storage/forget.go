package storage

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"time"

	"kamplan/domain"
	"kamplan/domain/privacy"
	"kamplan/storage/historyrows"
)

// ForgetPerson erases a person from an account's plans, snapshots and journals (see
// privacy.Store): in one transaction, with SQLite's secure_delete on so that the pages
// freed are overwritten; then VACUUM rebuilds the file without the free pages, and a
// checkpoint empties the write-ahead log, so that no byte of the person is left in either.
func (ps personal) ForgetPerson(ctx context.Context, accountID, nameOrEmail string, progress func(float64)) (privacy.Erasure, error) {
	s := ps.s
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return privacy.Erasure{}, internal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA secure_delete = ON"); err != nil {
		return privacy.Erasure{}, internal(err)
	}
	defer conn.ExecContext(context.Background(), "PRAGMA secure_delete = OFF")
	s.mu.Lock()
	defer s.mu.Unlock()
	e, planIDs, err := s.erase(ctx, conn, accountID, nameOrEmail)
	if err != nil {
		return e, err
	}
	for _, id := range planIDs {
		s.saved.forget(id)
	}
	report(progress, 0.2)
	return e, compact(ctx, conn, progress)
}

func report(progress func(float64), f float64) {
	if progress != nil {
		progress(f)
	}
}

// compact rebuilds the database file without its free pages and empties the log.
func compact(ctx context.Context, conn *sql.Conn, progress func(float64)) error {
	for i, step := range []string{"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		var busy, logged, done int
		var err error
		if step == "VACUUM" {
			_, err = conn.ExecContext(ctx, step)
		} else {
			err = conn.QueryRowContext(ctx, step).Scan(&busy, &logged, &done)
		}
		if err == nil && busy != 0 {
			err = errors.New("another connection is reading the database")
		}
		if err != nil {
			return domain.Errorf(domain.CodeInternal, "privacy.compact",
				"the person was erased, but the database could not be compacted (%v): close other copies of KAM Planner and try again", err)
		}
		report(progress, 0.2+0.8*float64(i+1)/3)
	}
	return nil
}

// erase rewrites, in one transaction, what the account keeps of the person, logs the
// erasure, and returns it with the ids of the plans.
func (s *Store) erase(ctx context.Context, conn *sql.Conn, accountID, nameOrEmail string) (privacy.Erasure, []string, error) {
	e := privacy.Erasure{At: time.Now().UTC(), Author: s.author}
	var planIDs []string
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return e, nil, internal(err)
	}
	defer tx.Rollback()
	h, who, err := findPerson(ctx, tx, accountID, nameOrEmail)
	if err != nil {
		return e, nil, err
	}
	e.Account = h.Account.Name
	for _, p := range h.Plans {
		planIDs = append(planIDs, p.ID)
	}
	steps := []func(context.Context, *sql.Tx, privacy.Holdings, *privacy.Person) (int, error){
		forgetInPlans, forgetInAccount, forgetInSnapshots, forgetInJournal}
	for _, step := range steps {
		n, err := step(ctx, tx, h, who)
		if err != nil {
			return e, nil, err
		}
		e.Records += n
	}
	if err := historyrows.LogErasure(ctx, tx, e, timeText(e.At)); err != nil {
		return e, nil, err
	}
	return e, planIDs, internal(tx.Commit())
}

func forgetInPlans(ctx context.Context, tx *sql.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	n := 0
	for _, p := range h.Plans {
		changed, err := who.Forget(p)
		if err != nil {
			return n, err
		}
		if !changed {
			continue
		}
		if err := p.Validate(); err != nil {
			return n, err
		}
		rows, err := toRows(p)
		if err != nil {
			return n, internal(err)
		}
		if _, err := claim(ctx, tx, "plans", "plan", p.ID, p.Version); err != nil {
			return n, err
		}
		_, stored, err := loadPlan(ctx, tx, p.ID)
		if err != nil {
			return n, err
		}
		if err := writeChanges(ctx, tx, p, stored, diffRows(stored, rows)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func forgetInAccount(ctx context.Context, tx *sql.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	if !who.ScrubAccount(h.Account) {
		return 0, nil
	}
	body, err := encodeAccount(h.Account)
	if err != nil {
		return 0, err
	}
	_, err = writeAccount(ctx, tx, h.Account, body)
	return 1, err
}

// forgetInSnapshots rewrites the snapshots that hold the person, each with its new hash.
func forgetInSnapshots(ctx context.Context, tx *sql.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	n := 0
	for _, snap := range h.Snapshots {
		if !who.ScrubSnapshot(snap) {
			continue
		}
		body, err := EncodePlanFile(domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion,
			Account: snap.Account, Plans: []domain.Plan{snap.Plan}})
		if err != nil {
			return n, err
		}
		sum := sha256.Sum256(body)
		if _, err := tx.ExecContext(ctx, "UPDATE snapshots SET label = ?, body = ?, hash = ? WHERE id = ?",
			snap.Label, string(body), hex.EncodeToString(sum[:]), snap.ID); err != nil {
			return n, internal(err)
		}
		n++
	}
	return n, nil
}

func forgetInJournal(ctx context.Context, tx *sql.Tx, h privacy.Holdings, who *privacy.Person) (int, error) {
	return historyrows.Forget(ctx, tx, h.Journal, who)
}
