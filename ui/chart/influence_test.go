package chart

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

func influenceText() InfluenceText {
	return InfluenceText{
		Zones: map[domain.GridCell]string{domain.CellLeverage: "Leverage", domain.CellConvert: "Convert",
			domain.CellMobilise: "Mobilise", domain.CellMonitor: "Monitor"},
		Attitudes: [5]string{"Opponent", "Sceptic", "Neutral", "Supporter", "Champion"},
		Influence: "Influence", Attitude: "Attitude", More: "+%d",
	}
}

func largeContacts(n int) []domain.Contact {
	f := gen.LargePlan()
	return f.Plans[0].Contacts[:n]
}

func influenceSizes() []InfluenceOptions {
	small, big, tiny := DefaultInfluenceOptions(), DefaultInfluenceOptions(), DefaultInfluenceOptions()
	small.W, small.H = 600, 400
	big.W, big.H = 1600, 1200
	tiny.W, tiny.H = 10, 10 // grows to the least size
	return []InfluenceOptions{DefaultInfluenceOptions(), small, big, tiny}
}

// Every contact has a card or is counted in its cell's "+N"; boxes stay in their cell and
// in the frame; no two labels overlap; names are cut to their card.
func TestInfluenceEveryContactPlacedOrCounted(t *testing.T) {
	long := domain.Contact{ID: "long", Name: strings.Repeat("Bartolomé ", 20), Influence: 5, Attitude: 2}
	for _, n := range []int{0, 1, 36, 120, 300} {
		cs := append(largeContacts(n), long)
		for _, o := range influenceSizes() {
			m := LayoutInfluence(cs, influenceText(), o)
			name := fmt.Sprintf("%d contacts %gx%g", n, o.W, o.H)
			seen := map[string]int{}
			for _, c := range m.Cells {
				if !c.Box.Inside(m.Plot) || !m.Plot.Inside(m.Frame) {
					t.Fatalf("%s: cell %d/%d %v outside the plot", name, c.Influence, c.Attitude, c.Box)
				}
				counted := len(c.Cards)
				for _, k := range c.Cards {
					seen[k.ContactID]++
					if !k.Box.Inside(c.Box) || !k.Label.Box.Inside(k.Box) {
						t.Errorf("%s: card of %q leaves its cell or its name leaves the card", name, k.Name)
					}
				}
				if c.More != nil {
					counted += c.More.N
					if c.More.N < 2 || !c.More.Box.Inside(c.Box) || c.More.Label.Text != fmt.Sprintf("+%d", c.More.N) {
						t.Errorf("%s: bad overflow box %+v", name, *c.More)
					}
					for _, id := range c.ContactIDs[len(c.Cards):] {
						seen[id]++
					}
				}
				if counted != len(c.ContactIDs) {
					t.Errorf("%s: cell %d/%d shows %d of %d", name, c.Influence, c.Attitude, counted, len(c.ContactIDs))
				}
			}
			for _, c := range cs {
				if seen[c.ID] != 1 {
					t.Errorf("%s: %s placed %d times", name, c.Name, seen[c.ID])
				}
			}
			checkLabels(t, name, m)
		}
	}
}

func checkLabels(t *testing.T, name string, m InfluenceMap) {
	t.Helper()
	ls := m.Labels()
	for i, a := range ls {
		if !a.Box.Inside(m.Frame) {
			t.Errorf("%s: label %q outside the frame", name, a.Text)
		}
		for _, b := range ls[i+1:] {
			if a.Box.Overlaps(b.Box) {
				t.Fatalf("%s: labels %q and %q overlap", name, a.Text, b.Text)
			}
		}
	}
}

// The zones follow Contact.Cell: every cell lies in the zone the domain gives it, and the
// cut is the domain's (METHOD §5: influence ≥ 3 high, attitude ≥ +1 supportive).
func TestInfluenceZonesFollowTheDomain(t *testing.T) {
	if i, a := InfluenceCut(); i != 3 || a != 1 {
		t.Errorf("cut = influence %d, attitude %d; METHOD §5 says 3 and +1", i, a)
	}
	m := LayoutInfluence(nil, influenceText(), DefaultInfluenceOptions())
	if len(m.Zones) != 4 || len(m.Cells) != 25 {
		t.Fatalf("%d zones, %d cells", len(m.Zones), len(m.Cells))
	}
	for _, c := range m.Cells {
		want := (domain.Contact{Influence: c.Influence, Attitude: c.Attitude}).Cell()
		if c.Zone != want {
			t.Errorf("cell %d/%d in %s, domain says %s", c.Influence, c.Attitude, c.Zone, want)
		}
		for _, z := range m.Zones {
			if z.Box.Overlaps(c.Box.Inset(1e-6)) != (z.Zone == want) {
				t.Errorf("cell %d/%d and zone %s: overlap %v", c.Influence, c.Attitude, z.Zone, z.Box.Overlaps(c.Box))
			}
		}
	}
	// high influence on top, supportive on the right
	top, right := m.Cell(5, 0), m.Cell(1, 2)
	if top.Box.Y >= m.Cell(1, 0).Box.Y || right.Box.X <= m.Cell(1, -2).Box.X {
		t.Error("influence 5 must be on top and attitude +2 on the right")
	}
}

func TestInfluenceHitTest(t *testing.T) {
	cs := largeContacts(300)
	m := LayoutInfluence(cs, influenceText(), DefaultInfluenceOptions())
	var more *InfluenceCell
	for i := range m.Cells {
		c := &m.Cells[i]
		if c.More != nil && more == nil {
			more = c
		}
		k := c.Cards[0]
		if h := m.HitTest(k.Box.Center()); h.Kind != InfluenceHitCard || h.ContactID != k.ContactID || h.Influence != c.Influence || h.Attitude != c.Attitude {
			t.Errorf("card centre hit %+v, want %s in %d/%d", h, k.Name, c.Influence, c.Attitude)
		}
	}
	if more == nil {
		t.Fatal("300 contacts on the default size should crowd some cell")
	}
	if h := m.HitTest(more.More.Box.Center()); h.Kind != InfluenceHitMore || h.Influence != more.Influence || h.Attitude != more.Attitude {
		t.Errorf("+N hit %+v", h)
	}
	empty := LayoutInfluence(nil, influenceText(), DefaultInfluenceOptions())
	c := empty.Cell(2, -1)
	if h := empty.HitTest(c.Box.Center()); h.Kind != InfluenceHitCell || h.Influence != 2 || h.Attitude != -1 {
		t.Errorf("empty cell hit %+v", h)
	}
	strip := Point{empty.Cell(5, 1).Box.Center().X, empty.Zones[0].Label.Box.Center().Y}
	if inf, att, ok := empty.CellAt(strip); !ok || inf != 5 || att != 1 {
		t.Errorf("a zone's strip belongs to the cell under it: got %d/%d %v", inf, att, ok)
	}
	if h := empty.HitTest(Point{1, 1}); h.Kind != InfluenceHitNone {
		t.Errorf("the axis band is no cell: %+v", h)
	}
}

func BenchmarkInfluenceLayout300(b *testing.B) {
	cs := largeContacts(300)
	for b.Loop() {
		LayoutInfluence(cs, influenceText(), DefaultInfluenceOptions())
	}
}
