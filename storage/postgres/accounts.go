package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"strings"

	"github.com/jackc/pgx/v5"

	"kamplan/domain"
	"kamplan/storage"
)

// Account returns an account by id.
func (s *Store) Account(ctx context.Context, id string) (*domain.Account, error) {
	return accountFrom(ctx, s.pool, "id = $1", id)
}

// AccountByName returns an account by name, whatever its case.
func (s *Store) AccountByName(ctx context.Context, name string) (*domain.Account, error) {
	a, err := accountFrom(ctx, s.pool, "name_key = $1", nameKey(name))
	if domain.CodeOf(err) == domain.CodeNotFound {
		return nil, notFound("account", strings.TrimSpace(name)) // as typed, not as compared
	}
	return a, err
}

// nameKey is what makes two account names the same, as in the SQLite store.
func nameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

func accountFrom(ctx context.Context, q queryer, where, arg string) (*domain.Account, error) {
	var doc []byte
	var version int64
	err := q.QueryRow(ctx, "SELECT doc, version FROM accounts WHERE "+where, arg).Scan(&doc, &version)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, notFound("account", arg)
	}
	if err != nil {
		return nil, internal(err)
	}
	var a domain.Account
	if err := json.Unmarshal(doc, &a); err != nil {
		return nil, internal(err)
	}
	a.Version = version
	return &a, nil
}

// Accounts returns every account's profile, by name.
func (s *Store) Accounts(ctx context.Context) ([]domain.Account, error) {
	rows, err := s.pool.Query(ctx, "SELECT doc, version FROM accounts ORDER BY name_key, id")
	if err != nil {
		return nil, internal(err)
	}
	defer rows.Close()
	var out []domain.Account
	for rows.Next() {
		var doc []byte
		var a domain.Account
		if err := rows.Scan(&doc, &a.Version); err != nil {
			return nil, internal(err)
		}
		v := a.Version
		if err := json.Unmarshal(doc, &a); err != nil {
			return nil, internal(err)
		}
		a.Version = v
		out = append(out, a)
	}
	return out, internal(rows.Err())
}

// CreateAccount stores a new account with an empty first plan for period. The account
// goes to the first of the person's teams (see Schema).
func (s *Store) CreateAccount(ctx context.Context, a *domain.Account, period string) (*domain.Plan, error) {
	a.Name = strings.TrimSpace(a.Name)
	if a.ID == "" {
		a.ID = domain.NewID()
	}
	p := domain.NewPlan(a.ID, strings.TrimSpace(period))
	if err := storage.JoinProblems(a.Validate(), p.Validate()); err != nil {
		return nil, err
	}
	var st domain.Settings
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		rev, err := nextRevision(ctx, tx)
		if err == nil {
			err = insertAccount(ctx, tx, a, rev)
		}
		if err == nil {
			err = insertPlan(ctx, tx, p, rev)
		}
		if err == nil {
			st, err = settingsFrom(ctx, tx)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	p.Portfolio.Attractiveness.Factors = append([]domain.Factor(nil), st.Factors...)
	return p, nil
}

// insertAccount stores a new account at version rev and sets a.Version.
func insertAccount(ctx context.Context, tx pgx.Tx, a *domain.Account, rev int64) error {
	doc, err := encode(a)
	if err != nil {
		return err
	}
	_, err = tx.Exec(ctx, "INSERT INTO accounts(id, name, name_key, doc, version) VALUES($1, $2, $3, $4, $5)",
		a.ID, a.Name, nameKey(a.Name), doc, rev)
	if uniqueViolation(err, "accounts_name_key_key") || uniqueViolation(err, "accounts_pkey") {
		return nameTaken(a.Name)
	}
	if err != nil {
		return internal(err)
	}
	a.Version = rev
	return notify(ctx, tx, changeAccount, a.ID, rev)
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
func writeAccount(ctx context.Context, tx pgx.Tx, a *domain.Account, doc []byte) (int64, error) {
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return 0, err
	}
	tag, err := tx.Exec(ctx, "UPDATE accounts SET name = $1, name_key = $2, doc = $3, version = $4 WHERE id = $5 AND version = $6",
		a.Name, nameKey(a.Name), doc, rev, a.ID, a.Version)
	if uniqueViolation(err, "accounts_name_key_key") {
		return 0, nameTaken(a.Name)
	}
	if err != nil {
		return 0, internal(err)
	}
	if tag.RowsAffected() != 1 {
		return 0, missingOrStale(ctx, tx, "accounts", "account", a.ID, a.Version)
	}
	return rev, notify(ctx, tx, changeAccount, a.ID, rev)
}

// DeleteAccount removes an account with all its plans.
func (s *Store) DeleteAccount(ctx context.Context, id string) error {
	return s.inTx(ctx, func(tx pgx.Tx) error { return deleteRow(ctx, tx, "accounts", changeAccount, id) })
}

// ImportAccounts creates accounts, each with an empty plan for period, and saves the
// profiles of existing ones, in ONE transaction: a failure anywhere leaves the server as it
// was. An update must start from the stored version; a name another account holds is a conflict.
func (s *Store) ImportAccounts(ctx context.Context, create, update []*domain.Account, period string) error {
	plans, err := validateImport(create, update, period)
	if err != nil {
		return err
	}
	updates := make([][]byte, len(update))
	for i, a := range update {
		if updates[i], err = encode(a); err != nil {
			return err
		}
	}
	versions := make([]int64, len(update))
	err = s.inTx(ctx, func(tx pgx.Tx) error {
		if err := insertImported(ctx, tx, create, plans); err != nil {
			return err
		}
		for i, a := range update {
			if versions[i], err = writeAccount(ctx, tx, a, updates[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, a := range update {
		a.Version = versions[i]
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
		a.Name = strings.TrimSpace(a.Name)
		errs = append(errs, a.Validate())
	}
	return plans, storage.JoinProblems(errs...)
}

func insertImported(ctx context.Context, tx pgx.Tx, create []*domain.Account, plans []*domain.Plan) error {
	if len(create) == 0 {
		return nil
	}
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return err
	}
	for i, a := range create {
		if err := insertAccount(ctx, tx, a, rev); err != nil {
			return err
		}
		if err := insertPlan(ctx, tx, plans[i], rev); err != nil {
			return err
		}
	}
	return nil
}
