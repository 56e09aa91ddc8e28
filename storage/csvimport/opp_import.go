package csvimport

import (
	"context"
	"io"
	"reflect"
	"strings"

	"kamplan/domain"
	"kamplan/domain/pipeline"
)

// OppImport is an opportunities import worked out and not yet written: the plan as it
// will be saved, and the report of every row.
type OppImport struct {
	Plan    *domain.Plan
	Report  Report
	changed bool
}

// oppMerge is the state of one merge: the plan's opportunities by CRM id and by name, and
// the rows already read by the same keys (a row twice in the file is skipped).
type oppMerge struct {
	p       *domain.Plan
	a       *domain.Account
	crm     CRM
	stages  []domain.SalesStage
	rep     *Report
	byID    map[string]int
	byName  map[string]int
	seenID  map[string]int
	seenKey map[string]int
}

// PrepareOpportunities merges a file's opportunities into a copy of the plan, writing
// nothing. A row matches an opportunity by its CRM id first, then by name (case and
// spaces aside) among those without another id; it updates the stage, amount,
// probability, close date and owner, and is never added twice. A row of another account
// (its account name, or its account id when the account has one) is refused.
func PrepareOpportunities(ctx context.Context, st domain.Store, planID string, o Opportunities) (*OppImport, error) {
	p, err := st.LoadPlan(ctx, planID)
	if err != nil {
		return nil, err
	}
	a, err := st.Account(ctx, p.AccountID)
	if err != nil {
		return nil, err
	}
	settings, err := st.Settings(ctx)
	if err != nil {
		return nil, err
	}
	oi := &OppImport{Plan: p, Report: newReport(KindOpportunities, o.Table, o.Mapping())}
	oi.Report.add(o.Notes...)
	oi.Report.Skipped = len(o.Table.Rows) - len(o.Rows) + rejected(o.Table)
	before := append([]domain.Deal(nil), p.Opportunities...)
	m := &oppMerge{p: p, a: a, crm: o.CRM, stages: pipeline.Stages(settings), rep: &oi.Report,
		byID: map[string]int{}, byName: map[string]int{}, seenID: map[string]int{}, seenKey: map[string]int{}}
	m.index()
	for _, r := range o.Rows {
		m.row(r)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	oi.changed = !reflect.DeepEqual(before, p.Opportunities)
	oi.Report.sortNotes()
	return oi, nil
}

func (m *oppMerge) index() {
	for i, d := range m.p.Opportunities {
		if d.CRMID != "" {
			m.byID[d.CRMID] = i
		}
		if _, taken := m.byName[nameKey(d.Name)]; !taken {
			m.byName[nameKey(d.Name)] = i
		}
	}
}

// row settles one row: refused, skipped as a repeat, added, updated or unchanged.
func (m *oppMerge) row(r OppRow) {
	if n, wrong := m.otherAccount(r); wrong {
		m.skip(n)
		return
	}
	if n, dup := m.repeated(r); dup {
		m.skip(n)
		return
	}
	sm := matchStage(r, m.stages)
	if !sm.ok {
		m.skip(note(r.Line, "csv.opp_unknown_stage",
			"%s: the stage %q is not one of the company's stages (%s) and the row has no probability to place it: row skipped",
			clip(r.Name), r.Stage, m.stageNames()))
		return
	}
	if sm.nearest {
		m.rep.add(note(r.Line, "csv.opp_stage_nearest",
			"%s: the stage %q is not one of the company's stages: placed in %s, the stage nearest its probability of %d %%",
			clip(r.Name), r.Stage, sm.stage, sm.pct))
	}
	i, found, by := m.find(r)
	if !found {
		m.add(r, sm.stage)
		return
	}
	m.update(i, r, sm.stage, by)
}

func (m *oppMerge) skip(n Note) {
	m.rep.add(n)
	m.rep.Skipped++
}

func (m *oppMerge) stageNames() string {
	var names []string
	for _, s := range m.stages {
		names = append(names, s.Name)
	}
	return strings.Join(append(names, domain.StageWon, domain.StageLost), ", ")
}

// otherAccount reports a row of another account: its account id differs from the
// account's CRM id, or (without ids) its account name is another company (see CompanyKey).
func (m *oppMerge) otherAccount(r OppRow) (Note, bool) {
	wrong := func(what string) (Note, bool) {
		return note(r.Line, "csv.opp_wrong_account", "%s is an opportunity of %s, not of %s: row skipped", clip(r.Name), what, m.a.Name), true
	}
	if m.a.CRMID != "" && r.AccountID != "" {
		if r.AccountID != m.a.CRMID {
			return wrong(r.Account + " (" + r.AccountID + ")")
		}
		return Note{}, false
	}
	if r.Account != "" && CompanyKey(r.Account) != CompanyKey(m.a.Name) {
		return wrong(r.Account)
	}
	return Note{}, false
}

// repeated reports a row whose CRM id (or, without one, name) an earlier row had.
func (m *oppMerge) repeated(r OppRow) (Note, bool) {
	seen, key := m.seenKey, nameKey(r.Name)
	if r.ID != "" {
		seen, key = m.seenID, r.ID
	}
	if first, dup := seen[key]; dup {
		return note(r.Line, "csv.opp_repeated", "%s is the same opportunity as line %d: row skipped", clip(r.Name), first), true
	}
	seen[key] = r.Line
	return Note{}, false
}

// find is the plan's opportunity a row names: by CRM id, else by name when that one has
// no other id.
func (m *oppMerge) find(r OppRow) (int, bool, Phrase) {
	if i, ok := m.byID[r.ID]; ok && r.ID != "" {
		return i, true, phrase("csv.by_crm_id", "its CRM id %s", r.ID)
	}
	i, ok := m.byName[nameKey(r.Name)]
	if ok && (m.p.Opportunities[i].CRMID == "" || r.ID == "") {
		return i, true, phrase("csv.by_name", "its name")
	}
	return 0, false, Phrase{}
}

// ImportOpportunities reads an opportunities export and merges it into the plan, saved in
// one transaction: either every good row lands or nothing does.
func ImportOpportunities(ctx context.Context, st domain.Store, planID string, r io.Reader, opts OppOptions) (Report, error) {
	o, err := ParseOpportunities(r, opts)
	if err != nil {
		return Report{}, err
	}
	oi, err := PrepareOpportunities(ctx, st, planID, o)
	if err != nil {
		return Report{}, err
	}
	return oi.Report, oi.Save(ctx, st)
}

// Save writes the merged plan in one transaction, nothing when nothing changed; when the
// plan was saved elsewhere since it was read, nothing is written and domain.IsStale holds.
func (oi *OppImport) Save(ctx context.Context, st domain.Store) error {
	if !oi.changed {
		return nil
	}
	return st.SavePlan(ctx, oi.Plan)
}
