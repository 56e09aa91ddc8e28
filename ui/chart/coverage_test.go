package chart

import (
	"reflect"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

func coverageText() CoverageText {
	return CoverageText{Person: "Their people", Influence: "influence %d",
		Levels:   [5]string{"None", "Weak", "Working", "Strong", "Trusted advisor"},
		Cadences: map[domain.Cadence]string{domain.CadenceWeekly: "Weekly", domain.CadenceMonthly: "Monthly", domain.CadenceQuarterly: "Quarterly", domain.CadenceAdHoc: "Ad hoc"},
		GapMark:  "⚠", NotInTeam: "not in the team"}
}

var coverageToday = domain.NewDate(2026, 11, 26)

func TestCoverageRowsColumnsAndCells(t *testing.T) {
	p := &domain.Plan{
		Contacts: []domain.Contact{
			{ID: "a", Name: "Zoe", Influence: 3}, {ID: "b", Name: "Bea", Influence: 5},
			{ID: "c", Name: "Adam", Influence: 5, BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}},
		},
		Coverage: []domain.Coverage{
			{ID: "p1", Member: "Ana", ContactID: "b", RelNow: 2, RelTarget: 4, Frequency: domain.CadenceMonthly},
			{ID: "p2", Member: "Guest", ContactID: "a", RelNow: 1, RelTarget: 3},
			{ID: "p3", Member: "Luis", ContactID: "c", RelNow: 1, RelTarget: 2},
		},
	}
	m := LayoutCoverage(p, []string{"Luis", "Ana", "Luis"}, coverageToday, coverageText(), DefaultCoverageOptions())
	var rows, cols []string
	for _, r := range m.Rows {
		rows = append(rows, r.ContactID)
	}
	for _, c := range m.Cols {
		cols = append(cols, c.Member)
	}
	if !reflect.DeepEqual(rows, []string{"c", "b", "a"}) || !reflect.DeepEqual(cols, []string{"Luis", "Ana", "Guest"}) {
		t.Fatalf("rows %v cols %v", rows, cols)
	}
	if m.Cols[2].InTeam || len(m.Cols[2].Labels) != 2 || m.Cols[2].Labels[1].Text != "not in the team" {
		t.Errorf("a member named only in a pair is marked: %+v", m.Cols[2])
	}
	if len(m.Cells) != 3 {
		t.Fatalf("%d cells", len(m.Cells))
	}
	cell := m.Cells[1] // Bea × Ana
	if cell.PairID != "p1" || cell.Row != 1 || cell.Col != 1 || len(cell.Labels) != 3 || cell.Labels[0].Text+" "+cell.Labels[1].Text != "Working → Trusted advisor" || cell.Labels[2].Text != "Monthly" {
		t.Errorf("cell %+v", cell)
	}
	// Adam: a decider covered only Weak; Bea: a key player covered — no gap
	if m.Rows[0].Mark == nil || m.Rows[1].Mark != nil || !reflect.DeepEqual(m.Rows[0].Gaps, []domain.GapKind{domain.GapWeakDecider}) {
		t.Errorf("gap marks: %+v / %+v", m.Rows[0], m.Rows[1])
	}
	hit := m.HitTest(cell.Box.Center())
	if hit.Kind != CoverageHitCell || hit.PairID != "p1" || hit.ContactID != "b" || hit.Member != "Ana" {
		t.Errorf("hit on a pair: %+v", hit)
	}
	empty := Point{m.Cols[2].Box.Center().X, m.Rows[0].Box.Center().Y}
	if h := m.HitTest(empty); h.Kind != CoverageHitCell || h.PairID != "" || h.ContactID != "c" || h.Member != "Guest" {
		t.Errorf("hit on an empty pair: %+v", h)
	}
	if h := m.HitTest(m.Rows[2].Box.Center()); h.Kind != CoverageHitPerson || h.ContactID != "a" {
		t.Errorf("hit on a person: %+v", h)
	}
}

// The large plan: every pair is a cell inside its row and column, labels stay in their
// boxes and never overlap; a slice of rows is the same rows at the top.
func TestCoverageLargePlanFits(t *testing.T) {
	f := gen.LargePlan()
	p := &f.Plans[0]
	team := []string{f.Account.Team[0].Name, f.Account.Team[1].Name}
	m := LayoutCoverage(p, team, coverageToday, coverageText(), DefaultCoverageOptions())
	if len(m.Rows) != 300 || len(m.Cells) != len(p.Coverage) {
		t.Fatalf("%d rows, %d cells for %d pairs", len(m.Rows), len(m.Cells), len(p.Coverage))
	}
	for _, c := range m.Cells {
		if !c.Box.Inside(m.Frame) || c.Box.Y != m.Rows[c.Row].Box.Y || c.Box.X != m.Cols[c.Col].Box.X {
			t.Fatalf("cell %+v out of its row or column", c)
		}
	}
	ls := m.Labels()
	for i, a := range ls {
		if !a.Box.Inside(m.Frame) {
			t.Fatalf("label %q outside", a.Text)
		}
		for _, b := range ls[i+1:] {
			if a.Box.Overlaps(b.Box) {
				t.Fatalf("labels %q and %q overlap", a.Text, b.Text)
			}
		}
	}
	o := DefaultCoverageOptions()
	o.RowFrom, o.RowTo = 100, 140
	part := LayoutCoverage(p, team, coverageToday, coverageText(), o)
	if len(part.Rows) != 40 || part.Rows[0].ContactID != m.Rows[100].ContactID || part.Rows[0].Index != 100 || part.AllRows != 300 {
		t.Errorf("slice of rows: %d rows from %+v", len(part.Rows), part.Rows[0])
	}
}

func BenchmarkCoverageLayout300(b *testing.B) {
	f := gen.LargePlan()
	p := &f.Plans[0]
	for b.Loop() {
		LayoutCoverage(p, []string{"Laura Gómez"}, coverageToday, coverageText(), DefaultCoverageOptions())
	}
}
