package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"kamplan/domain"
	"kamplan/domain/review"
)

// LoadPlan reads a whole plan in one read transaction.
func (s *Store) LoadPlan(ctx context.Context, planID string) (*domain.Plan, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, internal(err)
	}
	defer tx.Rollback()
	p, rows, err := loadPlan(ctx, tx, planID)
	if err != nil {
		return nil, err
	}
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return nil, err
	}
	p.Portfolio.Attractiveness.Factors = append([]domain.Factor(nil), st.Factors...)
	s.mu.Lock()
	s.saved.remember(planID, rows)
	s.mu.Unlock()
	return p, nil
}

func loadPlan(ctx context.Context, tx *sql.Tx, planID string) (*domain.Plan, *planRows, error) {
	rows := &planRows{items: map[itemKey]itemRow{}}
	err := tx.QueryRowContext(ctx, "SELECT body, version FROM plans WHERE id = ?", planID).Scan(&rows.body, &rows.version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil, notFound("plan", planID)
	}
	if err != nil {
		return nil, nil, internal(err)
	}
	q, err := tx.QueryContext(ctx, "SELECT kind, id, pos, body FROM plan_items WHERE plan_id = ? ORDER BY kind, pos", planID)
	if err != nil {
		return nil, nil, internal(err)
	}
	defer q.Close()
	var items []item
	for q.Next() {
		var k itemKey
		var r itemRow
		if err := q.Scan(&k.kind, &k.id, &r.pos, &r.body); err != nil {
			return nil, nil, internal(err)
		}
		rows.items[k] = r
		items = append(items, item{k.kind, r.body})
	}
	if err := q.Err(); err != nil {
		return nil, nil, internal(err)
	}
	p, err := assemble(rows.body, items)
	if err != nil {
		return nil, nil, domain.Errorf(domain.CodeInternal, "store.corrupt", "plan %s cannot be read: %v", planID, err)
	}
	p.Version = rows.version
	return p, rows, nil
}

// inSaveTx, when set (by the crash test), runs inside SavePlan's transaction.
var inSaveTx func()

// SavePlan validates the plan (unless Doc.Apply validated it as it is, see
// Plan.TakeValidated) and writes, in one short transaction, only the rows that
// differ from what the database holds. The plan must be at the stored version: when
// another writer saved it since, nothing is written and the error is a stale conflict.
// On success p.Version is the plan's new version.
func (s *Store) SavePlan(ctx context.Context, p *domain.Plan) error {
	return s.SaveEdits(ctx, nil, p, nil)
}

// writePlan writes a plan saved from its stored version (see SavePlan): the rows that
// differ from the stored ones, at the new version w.planRev.
func (s *Store) writePlan(ctx context.Context, tx *sql.Tx, w *pendingSave) error {
	p := w.plan
	var err error
	if w.planRev, err = claim(ctx, tx, "plans", "plan", p.ID, p.Version); err != nil {
		return err
	}
	if inSaveTx != nil {
		inSaveTx()
	}
	if w.stored, err = s.storedRows(ctx, tx, p); err != nil {
		return err
	}
	if w.rows != nil {
		w.changes = diffRows(w.stored, w.rows)
	} else if w.changes, err = reachedRows(p, w.stored, w.reach); err != nil {
		return internal(err)
	}
	return writeChanges(ctx, tx, p, w.stored, w.changes)
}

// storedRows is what the database holds of a plan at p.Version: what this store last
// read or wrote when that is the same version, else read again.
func (s *Store) storedRows(ctx context.Context, tx *sql.Tx, p *domain.Plan) (*planRows, error) {
	if old := s.saved.of(p.ID); old != nil && old.version == p.Version {
		return old, nil
	}
	_, old, err := loadPlan(ctx, tx, p.ID)
	return old, err
}

func writeChanges(ctx context.Context, tx *sql.Tx, p *domain.Plan, old *planRows, ch rowChanges) error {
	if ch.body != old.body || ch.summedChanged() {
		st, err := settingsFrom(ctx, tx)
		if err != nil {
			return err
		}
		if err := updatePlanRow(ctx, tx, p, ch.body, st); err != nil {
			return err
		}
	}
	for k, r := range ch.put {
		if _, err := tx.ExecContext(ctx, `INSERT INTO plan_items(plan_id, kind, id, pos, body) VALUES(?, ?, ?, ?, ?)
			ON CONFLICT(plan_id, kind, id) DO UPDATE SET pos = excluded.pos, body = excluded.body`,
			p.ID, k.kind, k.id, r.pos, r.body); err != nil {
			return internal(err)
		}
	}
	for _, k := range ch.gone {
		if _, err := tx.ExecContext(ctx, "DELETE FROM plan_items WHERE plan_id = ? AND kind = ? AND id = ?", p.ID, k.kind, k.id); err != nil {
			return internal(err)
		}
	}
	return nil
}

func updatePlanRow(ctx context.Context, tx *sql.Tx, p *domain.Plan, body string, st domain.Settings) error {
	pos := position(p, st)
	sum, today := PipelineOf(p), domain.Today()
	res, err := tx.ExecContext(ctx, `UPDATE plans SET period = ?, currency = ?, potential = ?, revenue = ?,
		attractiveness = ?, strength = ?, quadrant = ?, next_deadline = ?, body = ?, updated_at = ?,
		pipeline = ?, weighted = ?, won = ?, gap = ?, health = ?, health_on = ?, next_review = ? WHERE id = ?`,
		p.Period, p.Currency, p.Wallet.Potential, p.Wallet.Revenue, pos.Attractiveness, pos.Strength,
		string(pos.Quadrant), p.NextDeadline().String(), body, now(), sum[0], sum[1], sum[2], sum[3],
		HealthOf(p, st, today), today.String(), review.NextOf(p).String(), p.ID)
	if err != nil {
		return conflictOrInternal(err, periodTaken(p.Period))
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return notFound("plan", p.ID)
	}
	return nil
}

// insertPlan stores a new plan at version rev and sets p.Version.
func insertPlan(ctx context.Context, tx *sql.Tx, p *domain.Plan, st domain.Settings, rev int64) (*planRows, error) {
	rows, err := toRows(p)
	if err != nil {
		return nil, internal(err)
	}
	pos := position(p, st)
	sum, today := PipelineOf(p), domain.Today()
	_, err = tx.ExecContext(ctx, `INSERT INTO plans(id, account_id, period, currency, potential, revenue,
		attractiveness, strength, quadrant, next_deadline, body, updated_at, version, pipeline, weighted, won, gap,
		health, health_on, next_review) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		p.ID, p.AccountID, p.Period, p.Currency, p.Wallet.Potential, p.Wallet.Revenue, pos.Attractiveness,
		pos.Strength, string(pos.Quadrant), p.NextDeadline().String(), rows.body, now(), rev, sum[0], sum[1], sum[2], sum[3],
		HealthOf(p, st, today), today.String(), review.NextOf(p).String())
	if err != nil {
		return nil, conflictOrInternal(err, periodTaken(p.Period))
	}
	for k, r := range rows.items {
		if _, err := tx.ExecContext(ctx, "INSERT INTO plan_items(plan_id, kind, id, pos, body) VALUES(?, ?, ?, ?, ?)",
			p.ID, k.kind, k.id, r.pos, r.body); err != nil {
			return nil, conflictOrInternal(err, domain.Errorf(domain.CodeConflict, "err.id_taken", "an element of the plan repeats an id already in the database"))
		}
	}
	rows.version, p.Version = rev, rev
	return rows, nil
}

// insertNewPlan stores a new plan, with its new account when a is not nil, at a new version;
// the plan is placed with the stored settings. It returns the plan's rows and those settings.
func insertNewPlan(ctx context.Context, tx *sql.Tx, a *domain.Account, p *domain.Plan) (*planRows, domain.Settings, error) {
	var st domain.Settings
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return nil, st, err
	}
	if a != nil {
		if err := insertAccount(ctx, tx, a, rev); err != nil {
			return nil, st, err
		}
	}
	if st, err = settingsFrom(ctx, tx); err != nil {
		return nil, st, err
	}
	rows, err := insertPlan(ctx, tx, p, st, rev)
	return rows, st, err
}

// position places a plan with the portfolio's attractiveness factors and cut-off.
func position(p *domain.Plan, st domain.Settings) domain.Position {
	pf := p.Portfolio
	pf.Attractiveness.Factors = st.Factors
	return pf.Position(st.Cutoff)
}

// replaceAll places every plan again after the portfolio factors or the cut-off changed.
func replaceAll(ctx context.Context, tx *sql.Tx, st domain.Settings) error {
	q, err := tx.QueryContext(ctx, "SELECT id, body FROM plans")
	if err != nil {
		return err
	}
	type placed struct {
		id  string
		pos domain.Position
	}
	var all []placed
	for q.Next() {
		var id, body string
		if err := q.Scan(&id, &body); err != nil {
			q.Close()
			return err
		}
		var p domain.Plan
		if err := json.Unmarshal([]byte(body), &p); err != nil {
			q.Close()
			return err
		}
		all = append(all, placed{id, position(&p, st)})
	}
	q.Close()
	for _, x := range all {
		if _, err := tx.ExecContext(ctx, "UPDATE plans SET attractiveness = ?, strength = ?, quadrant = ? WHERE id = ?",
			x.pos.Attractiveness, x.pos.Strength, string(x.pos.Quadrant), x.id); err != nil {
			return err
		}
	}
	return q.Err()
}

// DeletePlan removes a plan and everything in it.
func (s *Store) DeletePlan(ctx context.Context, planID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := deleteRow(ctx, s.db, "plans", "plan", planID); err != nil {
		return err
	}
	s.saved.forget(planID)
	return nil
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

// conflictOrInternal turns a uniqueness violation into the conflict the user can act on.
func conflictOrInternal(err error, conflict *domain.Error) error {
	if strings.Contains(err.Error(), "UNIQUE constraint failed") || strings.Contains(err.Error(), "PRIMARY KEY") {
		return conflict
	}
	return internal(err)
}

func periodTaken(period string) *domain.Error {
	return domain.Errorf(domain.CodeConflict, "err.period_taken", "the account already has a plan for %s", period)
}
