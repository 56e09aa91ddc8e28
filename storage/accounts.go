package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"

	"kamplan/domain"
)

// Portfolio lists every account with each of its plans, by account name and newest period first.
func (s *Store) Portfolio(ctx context.Context) ([]domain.PlanSummary, error) {
	q, err := s.db.QueryContext(ctx, `SELECT a.id, a.name, a.tier, a.owner, a.industry,
		p.id, p.period, p.currency, p.potential, p.revenue, p.attractiveness, p.strength, p.quadrant, p.next_deadline,
		p.pipeline, p.weighted, p.won, p.gap, p.health, p.next_review
		FROM accounts a JOIN plans p ON p.account_id = a.id
		ORDER BY a.name COLLATE NOCASE, p.period DESC`)
	if err != nil {
		return nil, internal(err)
	}
	defer q.Close()
	var out []domain.PlanSummary
	for q.Next() {
		var r domain.PlanSummary
		var quadrant, deadline, review string
		if err := q.Scan(&r.AccountID, &r.AccountName, &r.Tier, &r.Owner, &r.Industry, &r.PlanID, &r.Period,
			&r.Currency, &r.Potential, &r.Revenue, &r.Position.Attractiveness, &r.Position.Strength, &quadrant, &deadline,
			&r.Pipeline, &r.Weighted, &r.Won, &r.Gap, &r.Health, &review); err != nil {
			return nil, internal(err)
		}
		r.Position.Quadrant = domain.PortfolioQuadrant(quadrant)
		r.Position.Placed = quadrant != ""
		r.NextDeadline, _ = domain.ParseDate(deadline)
		r.NextReview, _ = domain.ParseDate(review)
		out = append(out, r)
	}
	return out, internal(q.Err())
}

// Account returns an account by id.
func (s *Store) Account(ctx context.Context, id string) (*domain.Account, error) {
	return accountFrom(ctx, s.db, "id = ?", id)
}

// AccountByName returns an account by name, whatever its case.
func (s *Store) AccountByName(ctx context.Context, name string) (*domain.Account, error) {
	a, err := accountFrom(ctx, s.db, "name_key = ?", nameKey(name))
	if domain.CodeOf(err) == domain.CodeNotFound {
		return nil, notFound("account", strings.TrimSpace(name)) // as typed, not as compared
	}
	return a, err
}

// nameKey is what makes two account names the same: case does not count, in any alphabet.
func nameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

// accountIn reads an account by id inside a transaction.
func accountIn(ctx context.Context, q queryer, id string) (*domain.Account, error) {
	return accountFrom(ctx, q, "id = ?", id)
}

func accountFrom(ctx context.Context, q queryer, where, arg string) (*domain.Account, error) {
	var body string
	var version int64
	err := q.QueryRowContext(ctx, "SELECT body, version FROM accounts WHERE "+where, arg).Scan(&body, &version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("account", arg)
	}
	if err != nil {
		return nil, internal(err)
	}
	var a domain.Account
	if err := json.Unmarshal([]byte(body), &a); err != nil {
		return nil, internal(err)
	}
	a.Version = version
	return &a, nil
}

// CreateAccount stores a new account with an empty first plan for period.
func (s *Store) CreateAccount(ctx context.Context, a *domain.Account, period string) (*domain.Plan, error) {
	a.Name = strings.TrimSpace(a.Name)
	if a.ID == "" {
		a.ID = domain.NewID()
	}
	p := domain.NewPlan(a.ID, strings.TrimSpace(period))
	if err := JoinProblems(a.Validate(), p.Validate()); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var rows *planRows
	var st domain.Settings
	err := s.inTx(ctx, func(tx *sql.Tx) (err error) {
		rows, st, err = insertNewPlan(ctx, tx, a, p)
		return err
	})
	if err != nil {
		return nil, err
	}
	s.saved.remember(p.ID, rows)
	p.Portfolio.Attractiveness.Factors = append([]domain.Factor(nil), st.Factors...)
	return p, nil
}

// insertAccount stores a new account at version rev and sets a.Version.
func insertAccount(ctx context.Context, tx *sql.Tx, a *domain.Account, rev int64) error {
	b, err := json.Marshal(a)
	if err != nil {
		return internal(err)
	}
	_, err = tx.ExecContext(ctx, "INSERT INTO accounts(id, name, name_key, tier, owner, industry, body, version) VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
		a.ID, a.Name, nameKey(a.Name), string(a.Tier), a.Owner, a.Industry, string(b), rev)
	if err != nil {
		return conflictOrInternal(err, nameTaken(a.Name))
	}
	a.Version = rev
	return nil
}

func nameTaken(name string) *domain.Error {
	return domain.Errorf(domain.CodeConflict, "err.name_taken", "an account named %s already exists", name)
}

// SaveAccount validates and stores an account's profile. Like SavePlan, it must start
// from the stored version, and sets a.Version to the new one.
func (s *Store) SaveAccount(ctx context.Context, a *domain.Account) error {
	return s.SaveEdits(ctx, a, nil, nil)
}

// writeAccount writes an account saved from its stored version and returns its new version.
func writeAccount(ctx context.Context, tx *sql.Tx, a *domain.Account, body string) (int64, error) {
	rev, err := claim(ctx, tx, "accounts", "account", a.ID, a.Version)
	if err != nil {
		return 0, err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET name = ?, name_key = ?, tier = ?, owner = ?, industry = ?, body = ? WHERE id = ?",
		a.Name, nameKey(a.Name), string(a.Tier), a.Owner, a.Industry, body, a.ID); err != nil {
		return 0, conflictOrInternal(err, nameTaken(a.Name))
	}
	return rev, nil
}

// DeleteAccount removes an account with all its plans.
func (s *Store) DeleteAccount(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := deleteRow(ctx, s.db, "accounts", "account", id); err != nil {
		return err
	}
	s.saved.forgetAll()
	return nil
}

// JoinProblems merges validation results, keeping every problem (the team store's too).
func JoinProblems(errs ...error) error {
	var all domain.Problems
	for _, err := range errs {
		var ps domain.Problems
		if errors.As(err, &ps) {
			all = append(all, ps...)
		} else if err != nil {
			return err
		}
	}
	return all.Err()
}
