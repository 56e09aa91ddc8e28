package chart

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/domain"
)

func spaceText() SpaceText {
	return SpaceText{
		Status: map[domain.SpaceStatus]string{domain.SpaceOurs: "Ours", domain.SpaceInProgress: "In progress",
			domain.SpaceCompetitor: "Competitor", domain.SpaceOpen: "Open", domain.SpaceNotRelevant: "Not relevant"},
		Total: "Total", Open: "open",
		Money: func(m int64) string { return fmt.Sprintf("%d", m) },
	}
}

// spaceTestPlan: two centres × three offerings; one pair unknown.
func spaceTestPlan() *domain.Plan {
	return &domain.Plan{
		Wallet: domain.Wallet{
			Offerings:   []domain.Offering{{ID: "o1", Name: "MES"}, {ID: "o2", Name: "IoT platform for the whole group of plants and offices"}, {ID: "o3", Name: "Cloud"}},
			Competitors: []domain.CompetitorShare{{ID: "k1", Name: "Siemens"}}},
		Centres: []domain.BuyingCentre{{ID: "c1", Name: "Bilbao"}, {ID: "c2", Name: "Gijón"}},
		WhiteSpace: []domain.SpaceCell{
			{ID: "a", CentreID: "c1", OfferingID: "o1", Status: domain.SpaceOpen, Potential: 400},
			{ID: "b", CentreID: "c2", OfferingID: "o1", Status: domain.SpaceCompetitor, Competitor: "k1", Potential: 200, Revenue: 100},
			{ID: "c", CentreID: "c1", OfferingID: "o2", Status: domain.SpaceOurs, Potential: 250, Revenue: 200},
			{ID: "d", CentreID: "c2", OfferingID: "o2", Status: domain.SpaceNotRelevant},
			{ID: "e", CentreID: "c1", OfferingID: "o3", Status: domain.SpaceInProgress},
		},
	}
}

func TestWhiteSpaceLayoutClassesAndStrength(t *testing.T) {
	m := LayoutWhiteSpace(spaceTestPlan(), spaceText(), DefaultSpaceOptions())
	if len(m.Cells) != 6 {
		t.Fatalf("%d cells, want 2×3", len(m.Cells))
	}
	byPair := map[string]SpaceBox{}
	for _, c := range m.Cells {
		byPair[c.CentreID+"/"+c.OfferingID] = c
	}
	tests := []struct {
		pair  string
		class SpaceClass
		text  string
	}{
		{"c1/o1", "open", "Open|0 / 400"},
		{"c2/o1", "competitor", "Competitor|Siemens|100 / 200"},
		{"c1/o2", "ours", "Ours|200 / 250"},
		{"c2/o2", "not_relevant", "Not relevant"},
		{"c1/o3", "in_progress", "In progress"},
		{"c2/o3", SpaceUnknown, ""},
	}
	for _, tc := range tests {
		c := byPair[tc.pair]
		if c.Class != tc.class {
			t.Errorf("%s: class %q, want %q", tc.pair, c.Class, tc.class)
		}
		if got := labelText(c.Labels); got != tc.text {
			t.Errorf("%s: text %q, want %q", tc.pair, got, tc.text)
		}
	}
	open, comp := byPair["c1/o1"].Strength, byPair["c2/o1"].Strength
	if open != 1 || comp <= 0.3 || comp >= open {
		t.Errorf("intensity should follow the open potential: open 400 → %v, competitor 100 → %v", open, comp)
	}
	if byPair["c2/o3"].Strength != 0 || byPair["c2/o2"].Strength >= byPair["c1/o2"].Strength {
		t.Errorf("unknown must be white and not relevant paler than ours")
	}
}

func labelText(ls []Label) string {
	var s []string
	for _, l := range ls {
		s = append(s, l.Text)
	}
	return strings.Join(s, "|")
}

func TestWhiteSpaceLayoutTotals(t *testing.T) {
	m := LayoutWhiteSpace(spaceTestPlan(), spaceText(), DefaultSpaceOptions())
	want := map[string]string{
		"row:c1": "200 / 650|open 400", "row:c2": "100 / 200|open 100",
		"col:o1": "100 / 600|open 500", "col:o2": "200 / 250", "col:o3": "", "all": "300 / 850|open 500",
	}
	got := map[string]string{}
	for _, b := range m.Boxes() {
		if b.Class == "total" {
			id := ""
			switch {
			case b.Row >= 0:
				id = "row:" + b.CentreID
			case b.Col >= 0:
				id = "col:" + b.OfferingID
			default:
				id = "all"
			}
			got[id] = labelText(b.Labels)
		}
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("total %s = %q, want %q", id, got[id], w)
		}
	}
	if len(m.RowTotals) != 2 || len(m.ColTotals) != 3 || m.Grand == nil {
		t.Errorf("totals: %d rows, %d columns, grand %v", len(m.RowTotals), len(m.ColTotals), m.Grand != nil)
	}
}

// checkSpaceGeometry: every label inside its box and the frame; no two labels overlap;
// no two boxes overlap.
func checkSpaceGeometry(t *testing.T, m SpaceMap) {
	t.Helper()
	ls := m.Labels()
	for _, l := range ls {
		if !l.Box.Inside(m.Frame) {
			t.Fatalf("label %q outside the frame: %+v", l.Text, l.Box)
		}
	}
	hidden := append([]Label(nil), ls...)
	HideColliding(hidden)
	for i, l := range hidden {
		if l.Hidden {
			t.Fatalf("label %q overlaps another: %+v", ls[i].Text, l.Box)
		}
	}
	boxes := m.Boxes()
	for _, b := range boxes {
		for _, l := range b.Labels {
			if !l.Box.Inside(b.Box) {
				t.Fatalf("label %q leaves its cell %+v", l.Text, b.Box)
			}
		}
	}
	for _, h := range append(append([]SpaceHead{}, m.Rows...), m.Cols...) {
		for _, l := range h.Labels {
			if !l.Box.Inside(h.Box) {
				t.Fatalf("header label %q leaves its box", l.Text)
			}
		}
	}
}

func TestWhiteSpaceLayoutHeadersFitWithoutOverlap(t *testing.T) {
	m := LayoutWhiteSpace(spaceTestPlan(), spaceText(), DefaultSpaceOptions())
	checkSpaceGeometry(t, m)
	long := m.Cols[1]
	last := long.Labels[len(long.Labels)-1].Text
	if len(long.Labels) != 2 || !strings.HasSuffix(last, "…") || !strings.HasPrefix(long.Full, "IoT platform") {
		t.Errorf("a long offering wraps on two lines ending in …: %q", labelText(long.Labels))
	}
}

func TestWhiteSpaceHitTest(t *testing.T) {
	m := LayoutWhiteSpace(spaceTestPlan(), spaceText(), DefaultSpaceOptions())
	for _, c := range m.Cells {
		h := m.HitTest(c.Box.Center())
		if h.Kind != SpaceHitCell || h.CellID != c.CellID || h.CentreID != c.CentreID || h.OfferingID != c.OfferingID {
			t.Errorf("centre of %s/%s hit %+v", c.CentreID, c.OfferingID, h)
		}
	}
	tests := []struct {
		name string
		p    Point
		want SpaceHit
	}{
		{"row header of Gijón", m.Rows[1].Box.Center(), SpaceHit{Kind: SpaceHitCentre, CentreID: "c2", Index: 1}},
		{"column header of Cloud", m.Cols[2].Box.Center(), SpaceHit{Kind: SpaceHitOffering, OfferingID: "o3", Index: 2}},
		{"grand total", m.Grand.Box.Center(), SpaceHit{Kind: SpaceHitTotal, Index: -1}},
		{"corner", m.Corner.Center(), SpaceHit{Index: -1}},
		{"outside", Point{-5, -5}, SpaceHit{Index: -1}},
	}
	for _, tc := range tests {
		if got := m.HitTest(tc.p); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// bigSpacePlan has n centres × n offerings with long names and every status.
func bigSpacePlan(n int) *domain.Plan {
	p := &domain.Plan{Wallet: domain.Wallet{Competitors: []domain.CompetitorShare{{ID: "k", Name: "A competitor with a rather long name"}}}}
	for i := range n {
		p.Centres = append(p.Centres, domain.BuyingCentre{ID: fmt.Sprint("c", i), Name: fmt.Sprintf("Planta número %d de la división de productos largos", i)})
		p.Wallet.Offerings = append(p.Wallet.Offerings, domain.Offering{ID: fmt.Sprint("o", i), Name: fmt.Sprintf("Offering %d with a long descriptive name", i)})
	}
	for i := range n {
		for j := range n {
			st := domain.SpaceStatuses[(i+j)%len(domain.SpaceStatuses)]
			c := domain.SpaceCell{ID: fmt.Sprint(i, "-", j), CentreID: fmt.Sprint("c", i), OfferingID: fmt.Sprint("o", j), Status: st,
				Potential: int64(100000 * (i + j + 1)), Revenue: int64(1000 * i)}
			if st == domain.SpaceCompetitor {
				c.Competitor = "k"
			}
			p.WhiteSpace = append(p.WhiteSpace, c)
		}
	}
	return p
}

func TestWhiteSpaceLayout30x30(t *testing.T) {
	p := bigSpacePlan(30)
	m := LayoutWhiteSpace(p, spaceText(), DefaultSpaceOptions())
	if len(m.Cells) != 900 || len(m.RowTotals) != 30 || len(m.ColTotals) != 30 {
		t.Fatalf("cells %d, row totals %d, column totals %d", len(m.Cells), len(m.RowTotals), len(m.ColTotals))
	}
	checkSpaceGeometry(t, m)
}

func TestWhiteSpaceLayoutSlice(t *testing.T) {
	p := bigSpacePlan(10)
	o := DefaultSpaceOptions()
	o.RowFrom, o.RowTo, o.NoColTotals = 3, 6, true
	m := LayoutWhiteSpace(p, spaceText(), o)
	if len(m.Rows) != 3 || m.Rows[0].ID != "c3" || len(m.Cols) != 11 || len(m.ColTotals) != 0 || m.Grand != nil {
		t.Fatalf("slice rows 3..6: %d rows from %q, %d columns", len(m.Rows), m.Rows[0].ID, len(m.Cols))
	}
	if m.Rows[0].Box.Y != o.ColHeadH {
		t.Errorf("a slice starts under its own header row")
	}
	checkSpaceGeometry(t, m)
}

func BenchmarkWhiteSpaceLayout30x30(b *testing.B) {
	p := bigSpacePlan(30)
	tx := spaceText()
	for b.Loop() {
		LayoutWhiteSpace(p, tx, DefaultSpaceOptions())
	}
}
