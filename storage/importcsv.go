package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"kamplan/domain"
)

// Accounts returns every account's profile, by name.
func (s *Store) Accounts(ctx context.Context) ([]domain.Account, error) {
	q, err := s.db.QueryContext(ctx, "SELECT body, version FROM accounts ORDER BY name COLLATE NOCASE")
	if err != nil {
		return nil, internal(err)
	}
	defer q.Close()
	var out []domain.Account
	for q.Next() {
		var body string
		var a domain.Account
		if err := q.Scan(&body, &a.Version); err != nil {
			return nil, internal(err)
		}
		v := a.Version
		if err := json.Unmarshal([]byte(body), &a); err != nil {
			return nil, internal(err)
		}
		a.Version = v
		out = append(out, a)
	}
	return out, internal(q.Err())
}

// inImportTx, when set (by a test), runs inside ImportAccounts' transaction after each account.
var inImportTx func(i int) error

// ImportAccounts creates accounts, each with an empty plan for period, and saves the
// profiles of existing ones, in ONE transaction: a failure or a cancelled ctx anywhere
// leaves the database as it was. An update must start from the stored version (see
// SaveAccount); a name another account holds is a conflict.
func (s *Store) ImportAccounts(ctx context.Context, create, update []*domain.Account, period string) error {
	plans, err := validateImport(create, update, period)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var saved map[string]*planRows
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		if saved, err = insertImported(ctx, tx, create, plans); err != nil {
			return err
		}
		for _, a := range update {
			if err := updateImported(ctx, tx, a); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id, rows := range saved {
		s.saved.remember(id, rows)
	}
	return nil
}

func validateImport(create, update []*domain.Account, period string) ([]*domain.Plan, error) {
	var errs []error
	plans := make([]*domain.Plan, len(create))
	for i, a := range create {
		a.Name = strings.TrimSpace(a.Name)
		if a.ID == "" {
			a.ID = domain.NewID()
		}
		plans[i] = domain.NewPlan(a.ID, strings.TrimSpace(period))
		errs = append(errs, a.Validate(), plans[i].Validate())
	}
	for _, a := range update {
		errs = append(errs, a.Validate())
	}
	return plans, JoinProblems(errs...)
}

func insertImported(ctx context.Context, tx *sql.Tx, create []*domain.Account, plans []*domain.Plan) (map[string]*planRows, error) {
	saved := map[string]*planRows{}
	if len(create) == 0 {
		return saved, nil
	}
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return nil, err
	}
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return nil, err
	}
	for i, a := range create {
		if err := insertAccount(ctx, tx, a, rev); err != nil {
			return nil, err
		}
		rows, err := insertPlan(ctx, tx, plans[i], st, rev)
		if err != nil {
			return nil, err
		}
		saved[plans[i].ID] = rows
		if inImportTx != nil {
			if err := inImportTx(i); err != nil {
				return nil, err
			}
		}
	}
	return saved, nil
}

func updateImported(ctx context.Context, tx *sql.Tx, a *domain.Account) error {
	rev, err := claim(ctx, tx, "accounts", "account", a.ID, a.Version)
	if err != nil {
		return err
	}
	b, err := json.Marshal(a)
	if err != nil {
		return internal(err)
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET name = ?, name_key = ?, tier = ?, owner = ?, industry = ?, body = ? WHERE id = ?",
		a.Name, nameKey(a.Name), string(a.Tier), a.Owner, a.Industry, string(b), a.ID); err != nil {
		return conflictOrInternal(err, nameTaken(a.Name))
	}
	a.Version = rev
	return nil
}
