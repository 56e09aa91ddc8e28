package chart

import (
	"slices"
	"testing"

	"kamplan/domain"
)

func TestOrgDropDecisions(t *testing.T) {
	p := orgPlan()
	o := DefaultOrgOptions()
	m := LayoutOrg(p.Contacts, p.Links, orgText(), o)
	card := func(id string) Rect { c, _ := m.Card(id); return c.Box }
	a, b, cfo := card("a"), card("b"), card("cfo")
	cases := []struct {
		name, dragged string
		at            Point
		want          OrgDrop
	}{
		{"onto a card", "x", cfo.Center(), OrgDrop{}},
		{"onto another card", "x", b.Center(), OrgDrop{OrgDropBoss, "b"}},
		{"left edge of a sibling", "b", Point{a.X + 3, a.Center().Y}, OrgDrop{OrgDropBefore, "a"}},
		{"right edge of a sibling", "a", Point{b.Right() - 3, b.Center().Y}, OrgDrop{OrgDropAfter, "b"}},
		{"gap right of a card", "x", Point{a.Right() + o.GapX/2 - 1, a.Center().Y}, OrgDrop{OrgDropAfter, "a"}},
		{"own card", "a", a.Center(), OrgDrop{}},
		{"empty space", "a", Point{m.Frame.Right() - 2, m.Frame.Bottom() - 2}, OrgDrop{Kind: OrgDropRoot}},
		{"empty space, already a root", "lone", Point{m.Frame.Right() - 2, m.Frame.Bottom() - 2}, OrgDrop{}},
	}
	cases[0].dragged, cases[0].want = "a", OrgDrop{OrgDropBoss, "cfo"}
	for _, c := range cases {
		if got := m.DropAt(c.dragged, c.at, o); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

// applyDrop applies a drop's edit through the domain, as the editor does.
func applyDrop(t *testing.T, p *domain.Plan, dragged string, d OrgDrop) error {
	t.Helper()
	ed, ok := OrgDropEdit(p, dragged, d)
	if !ok {
		t.Fatalf("drop %+v of %s makes no edit", d, dragged)
	}
	doc := domain.Doc{Account: &domain.Account{Name: "A"}, Plan: p}
	_, err := doc.Apply(ed)
	return err
}

func ids(p *domain.Plan) []string {
	var out []string
	for _, c := range p.Contacts {
		out = append(out, c.ID)
	}
	return out
}

func TestOrgDropEditsThroughTheDomain(t *testing.T) {
	p := orgPlan()
	if err := applyDrop(t, p, "x", OrgDrop{OrgDropBoss, "b"}); err != nil || p.FindContact("x").ReportsTo != "b" {
		t.Errorf("new boss: %v, reports to %q", err, p.FindContact("x").ReportsTo)
	}
	if err := applyDrop(t, p, "x", OrgDrop{Kind: OrgDropRoot}); err != nil || p.FindContact("x").ReportsTo != "" {
		t.Errorf("root: %v", err)
	}
	// beside a card of another boss: that boss, and the place just after it
	if err := applyDrop(t, p, "x", OrgDrop{OrgDropAfter, "a"}); err != nil {
		t.Fatal(err)
	}
	if got := ids(p); p.FindContact("x").ReportsTo != "coo" || slices.Index(got, "x") != slices.Index(got, "a")+1 {
		t.Errorf("after a: order %v, boss %q", got, p.FindContact("x").ReportsTo)
	}
	if err := applyDrop(t, p, "b", OrgDrop{OrgDropBefore, "a"}); err != nil {
		t.Fatal(err)
	}
	if got := ids(p); slices.Index(got, "b") != slices.Index(got, "a")-1 {
		t.Errorf("b before a: order %v", got)
	}
	if _, ok := OrgDropEdit(p, "b", OrgDrop{OrgDropBefore, "a"}); ok {
		t.Error("a drop where the card already is makes an edit")
	}
}

// A boss dropped onto one of their reports would make a cycle: the domain refuses it with a
// message and the plan is unchanged.
func TestOrgDropOntoOwnReportIsRefused(t *testing.T) {
	p := orgPlan()
	before := ids(p)
	err := applyDrop(t, p, "ceo", OrgDrop{OrgDropBoss, "a"})
	if err == nil {
		t.Fatal("a reports-to cycle was accepted")
	}
	if err.Error() == "" || p.FindContact("ceo").ReportsTo != "" || !slices.Equal(ids(p), before) {
		t.Errorf("refused with %q but the plan changed", err)
	}
	if err := applyDrop(t, p, "coo", OrgDrop{OrgDropBefore, "a"}); err == nil {
		t.Error("beside one's own report (reporting to oneself) was accepted")
	}
}
