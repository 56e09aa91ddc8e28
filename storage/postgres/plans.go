package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/domain/review"
	"kamplan/storage"
)

// Portfolio lists every account the person may see with each of its plans, by account name
// and newest period first, in one query; each plan is placed with today's settings, and its
// health score taken again when it was taken another day or with other settings (see
// rescoreStale).
func (s *Store) Portfolio(ctx context.Context) ([]domain.PlanSummary, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.name, coalesce(a.doc->>'tier', ''), coalesce(a.doc->>'owner', ''),
		coalesce(a.doc->>'industry', ''), p.id, p.period, p.currency, p.potential, p.revenue, p.portfolio, p.next_deadline,
		p.pipeline, p.weighted, p.won, p.gap, p.health, p.next_review, p.health_on, p.health_settings
		FROM accounts a JOIN plans p ON p.account_id = a.id
		ORDER BY a.name_key, a.id, p.period DESC`)
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []domain.PlanSummary
	stale := map[string]int{}
	today := domain.Today()
	for rows.Next() {
		r, scored, err := summaryOf(rows, st)
		if err != nil {
			return nil, err
		}
		if scored != (healthScored{today.String(), st.Version}) {
			stale[r.PlanID] = len(out)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, internal(err)
	}
	return out, rescoreStale(ctx, s.pool, out, stale, st, today)
}

func summaryOf(rows pgx.Rows, st domain.Settings) (domain.PlanSummary, healthScored, error) {
	var r domain.PlanSummary
	var portfolio []byte
	var deadline, review string
	var scored healthScored
	if err := rows.Scan(&r.AccountID, &r.AccountName, &r.Tier, &r.Owner, &r.Industry, &r.PlanID, &r.Period,
		&r.Currency, &r.Potential, &r.Revenue, &portfolio, &deadline, &r.Pipeline, &r.Weighted, &r.Won, &r.Gap, &r.Health, &review,
		&scored.on, &scored.with); err != nil {
		return r, scored, internal(err)
	}
	var pf domain.Portfolio
	if err := json.Unmarshal(portfolio, &pf); err != nil {
		return r, scored, internal(err)
	}
	pf.Attractiveness.Factors = st.Factors
	r.Position = pf.Position(st.Cutoff)
	r.NextDeadline, _ = domain.ParseDate(deadline)
	r.NextReview, _ = domain.ParseDate(review)
	return r, scored, nil
}

// LoadPlan reads a whole plan, with the portfolio's attractiveness factors filled in.
func (s *Store) LoadPlan(ctx context.Context, planID string) (*domain.Plan, error) {
	p, err := planFrom(ctx, s.pool, planID)
	if err != nil {
		return nil, err
	}
	st, err := s.Settings(ctx)
	p.Portfolio.Attractiveness.Factors = append([]domain.Factor(nil), st.Factors...)
	return p, err
}

func planFrom(ctx context.Context, q queryer, planID string) (*domain.Plan, error) {
	var doc []byte
	var version int64
	err := q.QueryRow(ctx, "SELECT doc, version FROM plans WHERE id = $1", planID).Scan(&doc, &version)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("plan", planID)
	}
	if err != nil {
		return nil, internal(err)
	}
	var p domain.Plan
	if err := json.Unmarshal(doc, &p); err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "store.corrupt", "plan %s cannot be read: %v", planID, err)
	}
	p.Version = version
	return &p, nil
}

// planRow is a plan as stored: the document, without the portfolio's attractiveness
// factors (the settings'), and the columns the portfolio lists.
type planRow struct {
	doc, portfolio []byte
}

func planRowOf(p *domain.Plan) (planRow, error) {
	c := *p
	c.Portfolio.Attractiveness.Factors = nil
	doc, err := encode(c)
	if err != nil {
		return planRow{}, err
	}
	portfolio, err := encode(c.Portfolio)
	return planRow{doc, portfolio}, err
}

// planColumns are the columns planRow sets, from $1, after the plan's id.
const planColumns = "period, currency, potential, revenue, portfolio, next_deadline, doc, pipeline, weighted, won, gap, health, next_review, health_on, health_settings"

// args are the values of planColumns; the health score is taken with the team's settings, today.
func (r planRow) args(ctx context.Context, tx pgx.Tx, p *domain.Plan) ([]any, error) {
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return nil, err
	}
	pipe, today := storage.PipelineOf(p), domain.Today()
	return []any{p.Period, p.Currency, p.Wallet.Potential, p.Wallet.Revenue, r.portfolio, p.NextDeadline().String(), string(r.doc),
		pipe[0], pipe[1], pipe[2], pipe[3], storage.HealthOf(p, st, today), review.NextOf(p).String(), today.String(), st.Version}, nil
}

// insertPlan stores a new plan at version rev and sets p.Version.
func insertPlan(ctx context.Context, tx pgx.Tx, p *domain.Plan, rev int64) error {
	row, err := planRowOf(p)
	if err != nil {
		return err
	}
	args, err := row.args(ctx, tx, p)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, "INSERT INTO plans("+planColumns+", id, account_id, version) VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
		append(args, p.ID, p.AccountID, rev)...)
	switch {
	case uniqueViolation(err, "plans_account_id_period_key"):
		return periodTaken(p.Period)
	case uniqueViolation(err, "plans_pkey"):
		return domain.Errorf(domain.CodeConflict, "err.id_taken", "an element of the plan repeats an id already in the database")
	case err != nil:
		return internal(err)
	}
	p.Version = rev
	return notify(ctx, tx, changePlan, p.ID, rev)
}

// writePlan writes a plan saved from its stored version and returns its new version.
func writePlan(ctx context.Context, tx pgx.Tx, p *domain.Plan, row planRow) (int64, error) {
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return 0, err
	}
	args, err := row.args(ctx, tx, p)
	if err != nil {
		return 0, err
	}
	tag, err := tx.Exec(ctx, "UPDATE plans SET ("+planColumns+", version, updated_at) = ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, now()) WHERE id = $17 AND version = $18",
		append(args, rev, p.ID, p.Version)...)
	if uniqueViolation(err, "plans_account_id_period_key") {
		return 0, periodTaken(p.Period)
	}
	if err != nil {
		return 0, internal(err)
	}
	if tag.RowsAffected() != 1 {
		return 0, missingOrStale(ctx, tx, "plans", "plan", p.ID, p.Version)
	}
	return rev, notify(ctx, tx, changePlan, p.ID, rev)
}

func periodTaken(period string) *domain.Error {
	return domain.Errorf(domain.CodeConflict, "err.period_taken", "the account already has a plan for %s", period)
}

// SavePlan validates the plan (unless Doc.Apply did) and writes it when it is at the stored
// version; otherwise nothing is written and the error is a stale conflict.
func (s *Store) SavePlan(ctx context.Context, p *domain.Plan) error {
	return s.SaveEdits(ctx, nil, p, nil)
}

// DeletePlan removes a plan and everything in it.
func (s *Store) DeletePlan(ctx context.Context, planID string) error {
	return s.inTx(ctx, func(tx pgx.Tx) error { return deleteRow(ctx, tx, "plans", changePlan, planID) })
}

// RollForward copies a plan into a new period of the same account (see storage.NextPeriodPlan).
func (s *Store) RollForward(ctx context.Context, planID, period string) (*domain.Plan, error) {
	src, err := s.LoadPlan(ctx, planID)
	if err != nil {
		return nil, err
	}
	next := storage.NextPeriodPlan(src, strings.TrimSpace(period))
	if err := next.Validate(); err != nil {
		return nil, err
	}
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		rev, err := nextRevision(ctx, tx)
		if err != nil {
			return err
		}
		return insertPlan(ctx, tx, next, rev)
	})
	if err != nil {
		return nil, err
	}
	return next, nil
}

// ActionsDue lists the open actions of the given plans due by until, overdue ones included,
// in the order of planIDs and then of each plan's list, without loading the plans.
func (s *Store) ActionsDue(ctx context.Context, planIDs []string, until domain.Date) ([]domain.PlanAction, error) {
	rows, err := s.pool.Query(ctx, `SELECT wanted.id, a.value FROM unnest($1::text[]) WITH ORDINALITY AS wanted(id, n)
		JOIN plans p ON p.id = wanted.id,
		json_array_elements(coalesce(p.doc->'actions', '[]')) WITH ORDINALITY AS a(value, pos)
		WHERE a.value->>'due' BETWEEN '0001-01-01' AND $2
		AND coalesce(a.value->>'status', '') NOT IN ($3, $4)
		ORDER BY wanted.n, a.pos`, inOrder(planIDs), until.String(), string(domain.StatusDone), string(domain.StatusCancelled))
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []domain.PlanAction
	for rows.Next() {
		var planID string
		var body []byte
		if err := rows.Scan(&planID, &body); err != nil {
			return nil, internal(err)
		}
		var a domain.Action
		if err := json.Unmarshal(body, &a); err != nil {
			return nil, internal(err)
		}
		out = append(out, domain.PlanAction{PlanID: planID, Action: a})
	}
	return out, internal(rows.Err())
}

// inOrder is each id once, in the order of its last place in ids (as the SQLite store reads them).
func inOrder(ids []string) []string {
	last := make(map[string]int, len(ids))
	for i, id := range ids {
		last[id] = i
	}
	var out []string
	for i, id := range ids {
		if last[id] == i {
			out = append(out, id)
		}
	}
	return out
}
