// Package planfile reads and writes the portable plan file: its canonical form, its checks
// with every problem's path, the encodings an editor may have saved it in, and the upgrade
// of older versions' coverage by names.
package planfile

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"kamplan/domain"
)

// MaxSize is the largest plan file accepted; a bigger one is a mistake, not a plan.
const MaxSize = 50 << 20

// Snapshot is what a snapshot of a plan and its account holds, and its hash: the plan file
// without the portfolio's attractiveness factors, which are the settings' (each database
// has its own).
func Snapshot(a *domain.Account, p *domain.Plan) (body []byte, hash string, err error) {
	content := *p
	content.Portfolio.Attractiveness.Factors = nil
	body, err = Encode(domain.PlanFile{Format: domain.PlanFileFormat, Version: domain.PlanFileVersion, Account: *a, Plans: []domain.Plan{content}})
	sum := sha256.Sum256(body)
	return body, hex.EncodeToString(sum[:]), err
}

// Encode gives the canonical form of a plan file: plans by period, two-space indent.
func Encode(f domain.PlanFile) ([]byte, error) {
	sort.SliceStable(f.Plans, func(i, j int) bool { return f.Plans[i].Period < f.Plans[j].Period })
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return nil, domain.Errorf(domain.CodeInternal, "err.internal", "internal error: %s", err)
	}
	return append(b, '\n'), nil
}

// Decode reads and checks a plan file, listing every problem with its path.
func Decode(data []byte) (domain.PlanFile, error) {
	var f domain.PlanFile
	if len(data) > MaxSize {
		return f, domain.Problems{{Key: "err.file_too_big", Args: []any{MaxSize >> 20}, Msg: fmt.Sprintf("the file is larger than %d MB", MaxSize>>20)}}
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
		named, err := NamedCoverage(data)
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
