package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"kamplan/domain"
)

// MaxPlanFile is the largest plan file accepted; a bigger one is a mistake, not a plan.
const MaxPlanFile = 50 << 20

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

// EncodePlanFile is the canonical form of a plan file: plans by period, two-space indent.
func EncodePlanFile(f domain.PlanFile) ([]byte, error) {
	sort.SliceStable(f.Plans, func(i, j int) bool { return f.Plans[i].Period < f.Plans[j].Period })
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, internal(err)
	}
	return append(b, '\n'), nil
}

// DecodePlanFile reads and checks a plan file, listing every problem with its path.
func DecodePlanFile(data []byte) (domain.PlanFile, error) {
	var f domain.PlanFile
	if len(data) > MaxPlanFile {
		return f, domain.Problems{{Key: "err.file_too_big", Args: []any{MaxPlanFile >> 20}, Msg: fmt.Sprintf("the file is larger than %d MB", MaxPlanFile>>20)}}
	}
	data, err := planFileText(data)
	if err != nil {
		return f, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return f, domain.Problems{{Key: "err.file_empty", Msg: "the file is empty"}}
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, domain.Problems{jsonProblem(data, err)}
	}
	if err := checkFormat(f); err != nil {
		return f, err
	}
	if f.Version < 3 {
		named, err := namedCoverage(data)
		if err != nil {
			return f, domain.Problems{jsonProblem(data, err)}
		}
		upgradeCoverage(&f, named)
	}
	defaultSharing(data, &f)
	if err := checkPlanFile(&f); err != nil {
		return f, err
	}
	return f, nil
}

// defaultSharing gives the SWOT items of a file written before the "share with the client"
// switch existed their SWOT's default.
func defaultSharing(data []byte, f *domain.PlanFile) {
	var raw struct {
		Plans []struct {
			SWOTs []json.RawMessage `json:"swots"`
		} `json:"plans"`
	}
	if json.Unmarshal(data, &raw) != nil {
		return
	}
	for i := range min(len(raw.Plans), len(f.Plans)) {
		for j := range min(len(raw.Plans[i].SWOTs), len(f.Plans[i].SWOTs)) {
			f.Plans[i].SWOTs[j].TakeDefaultSharing(raw.Plans[i].SWOTs[j])
		}
	}
}

// checkFormat refuses what is not a plan file of a version this program reads.
func checkFormat(f domain.PlanFile) error {
	if f.Format != domain.PlanFileFormat {
		return domain.Problems{{Path: "format", Key: "err.format", Args: []any{domain.PlanFileFormat},
			Msg: fmt.Sprintf("must be %q: this is not a KAM Planner plan file", domain.PlanFileFormat)}}
	}
	if f.Version < 1 || f.Version > domain.PlanFileVersion {
		return domain.Problems{{Path: "version", Key: "err.file_version", Args: []any{f.Version, domain.PlanFileVersion},
			Msg: fmt.Sprintf("version %d is not known to this program (it reads up to %d): update KAM Planner", f.Version, domain.PlanFileVersion)}}
	}
	return nil
}

// checkPlanFile lists every problem of the account and the plans, with its path.
func checkPlanFile(f *domain.PlanFile) error {
	var ps domain.Problems
	addProblems(&ps, "", f.Account.Validate())
	if len(f.Plans) == 0 {
		ps = append(ps, domain.Problem{Path: "plans", Key: "err.required", Msg: "is required"})
	}
	periods, ids := map[string]bool{}, map[string]int{}
	for i := range f.Plans {
		p := &f.Plans[i]
		p.AccountID = f.Account.ID
		addProblems(&ps, fmt.Sprintf("plans[%d].", i), p.Validate())
		addProblems(&ps, fmt.Sprintf("plans[%d].", i), p.Impossible(domain.Today()))
		if periods[strings.ToLower(p.Period)] {
			ps = append(ps, domain.Problem{Path: fmt.Sprintf("plans[%d].period", i), Key: "err.duplicate", Args: []any{p.Period},
				Msg: fmt.Sprintf("duplicate value %q", p.Period)})
		}
		periods[strings.ToLower(p.Period)] = true
		if first, dup := ids[p.ID]; dup && p.ID != "" {
			first := fmt.Sprintf("plans[%d]", first)
			ps = append(ps, domain.Problem{Path: fmt.Sprintf("plans[%d].id", i), Key: "err.duplicate_id", Args: []any{first},
				Msg: fmt.Sprintf("repeats the id of %s", first)})
		}
		ids[p.ID] = i
	}
	if f.Account.ID == "" {
		ps = append(ps, domain.Problem{Path: "account.id", Key: "err.required", Msg: "is required"})
	}
	return ps.Err()
}

func addProblems(ps *domain.Problems, prefix string, err error) {
	var more domain.Problems
	if errors.As(err, &more) {
		for _, p := range more {
			p.Path = prefix + p.Path
			*ps = append(*ps, p)
		}
	}
}

// jsonProblem locates a JSON error by line and column.
func jsonProblem(data []byte, err error) domain.Problem {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var de *domain.Error
	switch {
	case errors.As(err, &syn):
		line, col := lineCol(data, syn.Offset)
		return domain.Problem{Key: "err.json_syntax", Args: []any{line, col, syn.Error()},
			Msg: fmt.Sprintf("line %d, column %d: %s", line, col, syn.Error())}
	case errors.As(err, &typ):
		line, col := lineCol(data, typ.Offset)
		if kind, ok := jsonKinds[typ.Value]; ok {
			return domain.Problem{Path: typ.Field, Key: "err.json_type." + typ.Value, Args: []any{line, col},
				Msg: fmt.Sprintf("must not be %s (line %d, column %d)", kind, line, col)}
		}
		value := strings.TrimPrefix(typ.Value, "number ")
		return domain.Problem{Path: typ.Field, Key: "err.json_type", Args: []any{value, line, col},
			Msg: fmt.Sprintf("cannot hold the value %s (line %d, column %d)", value, line, col)}
	case errors.As(err, &de):
		return domain.Problem{Key: de.Key, Args: de.Args, Msg: de.Msg}
	}
	return domain.Problem{Key: "err.json", Args: []any{err.Error()}, Msg: err.Error()}
}

func lineCol(data []byte, offset int64) (int, int) {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	before := data[:offset]
	line := bytes.Count(before, []byte{'\n'}) + 1
	return line, max(1, int(offset)-1-bytes.LastIndexByte(before, '\n'))
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
