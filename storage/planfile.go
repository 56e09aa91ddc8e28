package storage

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"kamplan/domain"
	"kamplan/storage/planfile"
)

// ExportJSON writes an account with its plans (or with the one plan of period) as a
// portable plan file. Export, import and export again give the same bytes.
func (s *Store) ExportJSON(ctx context.Context, accountName, period string) ([]byte, error) {
	a, err := s.AccountByName(ctx, accountName)
	if err != nil {
		return nil, err
	}
	f := domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion, Account: *a}
	summaries, err := s.Portfolio(ctx)
	if err != nil {
		return nil, err
	}
	for _, sum := range summaries {
		if sum.AccountID != a.ID || (period != "" && !strings.EqualFold(sum.Period, period)) {
			continue
		}
		p, err := s.LoadPlan(ctx, sum.PlanID)
		if err != nil {
			return nil, err
		}
		f.Plans = append(f.Plans, *p)
	}
	if len(f.Plans) == 0 && period != "" {
		return nil, domain.Errorf(domain.CodeNotFound, "err.no_period", "%s has no plan for %s", a.Name, period)
	}
	if err := s.keepMergeBases(ctx, &f); err != nil {
		return nil, err
	}
	return EncodePlanFile(f)
}

// ImportJSON stores the account and plans of a plan file in one transaction: all or nothing.
// An account of the same name (or the same account under another name) is a conflict
// unless replace is set, in which case it is replaced whole.
func (s *Store) ImportJSON(ctx context.Context, data []byte, replace bool) (domain.PlanFile, error) {
	f, err := DecodePlanFile(data)
	if err != nil {
		return f, err
	}
	err = s.storeFile(ctx, &f, func(tx *sql.Tx) error { return clearForImport(ctx, tx, f.Account, replace) })
	return f, err
}

// ImportJSONAsCopy stores a plan file as a new account called name, its plans under new
// ids: a copy beside the account it came from, with no history in common with it. A name
// already taken is a conflict.
func (s *Store) ImportJSONAsCopy(ctx context.Context, data []byte, name string) (domain.PlanFile, error) {
	f, err := DecodePlanFile(data)
	if err != nil {
		return f, err
	}
	f.Account.ID, f.Account.Name, f.MergeBases = domain.NewID(), strings.TrimSpace(name), nil
	if err := f.Account.Validate(); err != nil {
		return f, err
	}
	for i := range f.Plans {
		f.Plans[i].ID, f.Plans[i].AccountID = domain.NewID(), f.Account.ID
	}
	err = s.storeFile(ctx, &f, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM accounts WHERE name_key = ?", nameKey(f.Account.Name)).Scan(&n); err != nil {
			return internal(err)
		}
		if n > 0 {
			return domain.Errorf(domain.CodeConflict, "err.copy_name_taken",
				"an account called %s is already in the database: give the copy another name", f.Account.Name)
		}
		return nil
	})
	return f, err
}

// storeFile stores the account and plans of a plan file in one transaction, once
// makeRoom has made room for them.
func (s *Store) storeFile(ctx context.Context, f *domain.PlanFile, makeRoom func(*sql.Tx) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if err := makeRoom(tx); err != nil {
			return err
		}
		return insertFile(ctx, tx, f, s.author)
	})
	if err != nil {
		return err
	}
	s.saved.forgetAll()
	return nil
}

// insertFile stores the account and plans of a plan file, at one new version.
func insertFile(ctx context.Context, tx *sql.Tx, f *domain.PlanFile, author string) error {
	rev, err := nextRevision(ctx, tx)
	if err != nil {
		return err
	}
	if err := insertAccount(ctx, tx, &f.Account, rev); err != nil {
		return err
	}
	st, err := settingsFrom(ctx, tx)
	if err != nil {
		return err
	}
	for i := range f.Plans {
		if _, err := insertPlan(ctx, tx, &f.Plans[i], st, rev); err != nil {
			return err
		}
		if err := keepFileState(ctx, tx, f, i, author); err != nil {
			return err
		}
	}
	return nil
}

// clearForImport makes room for an imported account: the same name or the same account
// already stored is a conflict, or is deleted with its plans when replacing.
func clearForImport(ctx context.Context, tx *sql.Tx, a domain.Account, replace bool) error {
	var id, name string
	err := tx.QueryRowContext(ctx, "SELECT id, name FROM accounts WHERE name_key = ? OR id = ? LIMIT 1", nameKey(a.Name), a.ID).Scan(&id, &name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return internal(err)
	}
	if !replace {
		return domain.Errorf(domain.CodeConflict, "err.import_exists",
			"the account %s is already in the database: import with replace (--replace) to overwrite it", name)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM accounts WHERE name_key = ? OR id = ?", nameKey(a.Name), a.ID); err != nil {
		return internal(err)
	}
	return nil
}

// MaxPlanFile is the largest plan file accepted (planfile.MaxSize).
const MaxPlanFile = planfile.MaxSize

// EncodePlanFile is the canonical form of a plan file (planfile.Encode).
func EncodePlanFile(f domain.PlanFile) ([]byte, error) { return planfile.Encode(f) }

// DecodePlanFile reads and checks a plan file (planfile.Decode).
func DecodePlanFile(data []byte) (domain.PlanFile, error) { return planfile.Decode(data) }
