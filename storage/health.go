package storage

import (
	"context"
	"database/sql"

	"kamplan/domain"
	"kamplan/domain/health"
)

// HealthOf is what the plan's row keeps of its health for the portfolio: the score on the
// day it is saved (with the portfolio's factors, as the plan is placed).
func HealthOf(p *domain.Plan, st domain.Settings, today domain.Date) int {
	q := *p
	q.Portfolio.Attractiveness.Factors = st.Factors
	return health.Score(&q, st, today).Score
}

// RescoreStale scores again the plans not scored on today (checks such as overdue actions
// and the review's date change with the days, and a change of settings marks every plan),
// so that the portfolio's health column stays true without opening the plans. Neither the
// plans' versions nor their history change. It returns how many rows it updated; the app
// calls it when it starts, off the interface's goroutine. (A function, not a method: the
// store has enough.)
func RescoreStale(ctx context.Context, s *Store, today domain.Date) (int, error) {
	total := 0
	for {
		n, err := rescoreBatch(ctx, s, today)
		total += n
		if err != nil || n < rescoreBatchSize {
			return total, err
		}
	}
}

// rescoreBatchSize is how many plans RescoreStale scores in one transaction: between two,
// the store is free for the person's own saves.
const rescoreBatchSize = 50

func rescoreBatch(ctx context.Context, s *Store, today domain.Date) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	err := s.inTx(ctx, func(tx *sql.Tx) (err error) {
		n, err = rescore(ctx, tx, today, "WHERE health_on <> ? LIMIT ?", today.String(), rescoreBatchSize)
		return err
	})
	return n, err
}

// rescore scores the plans the where clause selects and writes the scores in their rows.
func rescore(ctx context.Context, tx *sql.Tx, today domain.Date, where string, args ...any) (int, error) {
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return 0, err
	}
	ids, err := planIDs(ctx, tx, where, args...)
	if err != nil {
		return 0, err
	}
	for _, id := range ids {
		p, _, err := loadPlan(ctx, tx, id)
		if err != nil {
			return 0, err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE plans SET health = ?, health_on = ? WHERE id = ?",
			HealthOf(p, st, today), today.String(), id); err != nil {
			return 0, internal(err)
		}
	}
	return len(ids), nil
}

func planIDs(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]string, error) {
	q, err := tx.QueryContext(ctx, "SELECT id FROM plans "+where, args...)
	if err != nil {
		return nil, internal(err)
	}
	defer q.Close()
	var ids []string
	for q.Next() {
		var id string
		if err := q.Scan(&id); err != nil {
			return nil, internal(err)
		}
		ids = append(ids, id)
	}
	return ids, internal(q.Err())
}

// healthColumns (schema 015) gives each plan's row its health score (see HealthOf) and the
// day it was scored, and scores every plan stored before. Written in Go because the score
// follows the method's rules (package domain/health).
func healthColumns(tx *sql.Tx) error {
	if err := addMissingColumns(tx, "health INTEGER NOT NULL DEFAULT 0", "health_on TEXT NOT NULL DEFAULT ''"); err != nil {
		return err
	}
	_, err := rescore(context.Background(), tx, domain.Today(), "")
	return err
}
