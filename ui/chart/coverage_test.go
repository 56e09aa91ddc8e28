package chart

import (
	"reflect"
	"slices"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gaps"
	"kamplan/domain/gen"
)

func coverageText() CoverageText {
	return CoverageText{Person: "Their people", Influence: "influence %d",
		Levels:   [5]string{"None", "Weak", "Working", "Strong", "Trusted advisor"},
		Cadences: map[domain.Cadence]string{domain.CadenceWeekly: "Weekly", domain.CadenceMonthly: "Monthly", domain.CadenceQuarterly: "Quarterly", domain.CadenceAdHoc: "Ad hoc"},
		GapMark:  "⚠", Former: "Former team member",
		Roles: map[domain.TeamRole]string{domain.RoleManager: "KAM", domain.RoleTechnical: "Technical"}}
}

var coverageToday = domain.NewDate(2026, 11, 26)

func TestCoverageRowsColumnsAndCells(t *testing.T) {
	p := &domain.Plan{
		Contacts: []domain.Contact{
			{ID: "a", Name: "Zoe", Influence: 3}, {ID: "b", Name: "Bea", Influence: 5},
			{ID: "c", Name: "Adam", Influence: 5, BuyingRoles: []domain.BuyingRole{domain.BuyingDecider}},
		},
		Coverage: []domain.Coverage{
			{ID: "p1", MemberID: "ana", ContactID: "b", RelNow: 2, RelTarget: 4, Frequency: domain.CadenceMonthly},
			{ID: "p2", MemberID: "gone", ContactID: "a", RelNow: 1, RelTarget: 3},
			{ID: "p3", MemberID: "luis", ContactID: "c", RelNow: 1, RelTarget: 2},
		},
	}
	team := []domain.TeamMember{{ID: "luis", Name: "Luis", Role: domain.RoleTechnical}, {ID: "ana", Name: "Luis", Role: domain.RoleManager}}
	m := LayoutCoverage(p, team, coverageToday, coverageText(), DefaultCoverageOptions())
	var rows, cols []string
	for _, r := range m.Rows {
		rows = append(rows, r.ContactID)
	}
	for _, c := range m.Cols {
		cols = append(cols, c.MemberID)
	}
	if !reflect.DeepEqual(rows, []string{"c", "b", "a"}) || !reflect.DeepEqual(cols, []string{"luis", "ana", "gone"}) {
		t.Fatalf("rows %v cols %v", rows, cols)
	}
	// two people of one name are two columns, told apart by their roles
	if l := m.Cols[1].Labels; !m.Cols[1].InTeam || len(l) != 2 || l[0].Text != "Luis" || l[1].Text != "KAM" {
		t.Errorf("a member's header: %+v", m.Cols[1])
	}
	if m.Cols[2].InTeam || len(m.Cols[2].Labels) != 1 || m.Cols[2].Labels[0].Text != "Former team member" {
		t.Errorf("a former member whom a pair refers to is marked: %+v", m.Cols[2])
	}
	if len(m.Cells) != 3 {
		t.Fatalf("%d cells", len(m.Cells))
	}
	cell := m.Cells[1] // Bea × Ana
	if cell.PairID != "p1" || cell.Row != 1 || cell.Col != 1 || len(cell.Labels) != 3 || cell.Labels[0].Text+" "+cell.Labels[1].Text != "Working → Trusted advisor" || cell.Labels[2].Text != "Monthly" {
		t.Errorf("cell %+v", cell)
	}
	// Adam: a decider covered only Weak; Bea: a key player covered — no gap
	if m.Rows[0].Mark == nil || m.Rows[1].Mark != nil || !reflect.DeepEqual(m.Rows[0].Gaps, []gaps.Kind{gaps.WeakDecider}) {
		t.Errorf("gap marks: %+v / %+v", m.Rows[0], m.Rows[1])
	}
	hit := m.HitTest(cell.Box.Center())
	if hit.Kind != CoverageHitCell || hit.PairID != "p1" || hit.ContactID != "b" || hit.MemberID != "ana" {
		t.Errorf("hit on a pair: %+v", hit)
	}
	empty := Point{m.Cols[2].Box.Center().X, m.Rows[0].Box.Center().Y}
	if h := m.HitTest(empty); h.Kind != CoverageHitCell || h.PairID != "" || h.ContactID != "c" || h.MemberID != "gone" {
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
	team := f.Account.Team
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

// The matrix and the gaps give one answer: a row has cells for exactly its pairs, and a key
// player's row is marked uncovered exactly when it has none.
func TestCoverageGapsAgreeWithCells(t *testing.T) {
	f := gen.LargePlan()
	p := &f.Plans[0]
	p.Coverage = p.Coverage[:len(p.Coverage)/2] // half the people are left uncovered
	m := LayoutCoverage(p, f.Account.Team, coverageToday, coverageText(), DefaultCoverageOptions())
	cells := map[int]int{}
	for _, c := range m.Cells {
		cells[c.Row]++
	}
	checked := 0
	for i, r := range m.Rows {
		k := p.FindContact(r.ContactID)
		if cells[i] != len(p.CoverageOf(k.ID)) {
			t.Fatalf("%s: %d cells for %d pairs", k.Name, cells[i], len(p.CoverageOf(k.ID)))
		}
		if k.KeyPlayer() {
			checked++
			if slices.Contains(r.Gaps, gaps.Uncovered) != (cells[i] == 0) {
				t.Errorf("%s: %d cells, gaps %v", k.Name, cells[i], r.Gaps)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no key player: the test proves nothing")
	}
}

func BenchmarkCoverageLayout300(b *testing.B) {
	f := gen.LargePlan()
	p := &f.Plans[0]
	for b.Loop() {
		LayoutCoverage(p, f.Account.Team[:1], coverageToday, coverageText(), DefaultCoverageOptions())
	}
}
