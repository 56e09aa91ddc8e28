package chart

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/domain"
	"kamplan/domain/gen"
)

func orgText() OrgText {
	return OrgText{
		Badges: map[string]string{"buying.user": "USR", "buying.influencer": "INF", "buying.buyer": "BUY", "buying.decider": "DEC",
			"buying.gatekeeper": "GK", "buying.initiator": "INI", "buying.approver": "APR", "selling.economic": "EB",
			"selling.user": "UB", "selling.technical": "TB", "selling.coach": "COACH"},
		Rel:  [5]string{"None", "Weak", "Working", "Strong", "Trusted advisor"},
		More: "+%d", KeyMark: "★", ContinuesOn: "continues on p. %d", ContinuedFrom: "Reports of %s, continued from p. %d",
	}
}

// orgPlan is a small organisation: a CEO, two directors, their reports, and one long name.
func orgPlan() *domain.Plan {
	c := func(id, boss string, inf int) domain.Contact {
		return domain.Contact{ID: id, Name: "Person " + id, Title: "Director of " + id, ReportsTo: boss, Influence: inf,
			BuyingRoles: []domain.BuyingRole{domain.BuyingDecider, domain.BuyingApprover}, RelNow: 1, RelTarget: 3}
	}
	p := &domain.Plan{ID: "p", Period: "FY2027", Language: "en", Currency: "EUR", Contacts: []domain.Contact{c("ceo", "", 5), c("cfo", "ceo", 4), c("coo", "ceo", 5),
		c("a", "coo", 3), c("b", "coo", 2), c("x", "cfo", 2), c("lone", "", 1)}}
	p.Contacts[4].Name = strings.Repeat("Bartolomé ", 12)
	p.Contacts[4].Title = strings.Repeat("Responsable de descarbonización ", 5)
	p.Links = []domain.Link{{ID: "l1", From: "x", To: "coo", Kind: domain.LinkInfluences}, {ID: "l2", From: "a", To: "cfo", Kind: domain.LinkConflict}}
	return p
}

func largePlan(n int) *domain.Plan {
	f := gen.LargePlan()
	p := f.Plans[0]
	p.Contacts = p.Contacts[:n]
	var links []domain.Link
	for _, l := range p.Links {
		if p.FindContact(l.From) != nil && p.FindContact(l.To) != nil {
			links = append(links, l)
		}
	}
	p.Links = links
	return &p
}

// checkOrg checks one chart: cards in the frame and apart, labels in their card and apart,
// tree lines never through a card.
func checkOrg(t *testing.T, name string, m OrgChart) {
	t.Helper()
	for i, c := range m.Cards {
		if !c.Box.Inside(m.Frame) {
			t.Errorf("%s: card %s %+v outside the frame %+v", name, c.ContactID, c.Box, m.Frame)
		}
		for _, d := range m.Cards[i+1:] {
			if c.Box.Overlaps(d.Box) {
				t.Fatalf("%s: cards %s and %s overlap", name, c.ContactID, d.ContactID)
			}
		}
		for _, l := range append(append([]Label{c.Name, c.Rel}, c.Title...), c.Badges...) {
			if !l.Box.Inside(c.Box) {
				t.Errorf("%s: label %q leaves card %s", name, l.Text, c.ContactID)
			}
			if EstimateWidth(l.Text, OrgFontSize(l), false) > l.Box.W+0.01 {
				t.Errorf("%s: label %q wider than its box", name, l.Text)
			}
		}
		if !c.Handle.Inside(c.Box) {
			t.Errorf("%s: handle outside card %s", name, c.ContactID)
		}
	}
	labels := m.Labels()
	for i, a := range labels {
		if !a.Box.Inside(m.Frame) {
			t.Errorf("%s: label %q outside the frame", name, a.Text)
		}
		for _, b := range labels[i+1:] {
			if a.Box.Overlaps(b.Box) {
				t.Fatalf("%s: labels %q and %q overlap", name, a.Text, b.Text)
			}
		}
		for _, c := range m.Cards {
			if a.ID != c.ContactID && a.Box.Overlaps(c.Box) {
				t.Fatalf("%s: label %q of %s lies on card %s", name, a.Text, a.ID, c.ContactID)
			}
		}
	}
	for _, l := range m.Tree {
		for _, c := range m.Cards {
			if segmentCrosses(l, c.Box.Inset(1)) {
				t.Fatalf("%s: a reports-to line %+v crosses card %s %+v", name, l, c.ContactID, c.Box)
			}
		}
	}
}

// segmentCrosses reports whether an axis-parallel segment passes through a box.
func segmentCrosses(l Line, b Rect) bool {
	x0, x1 := min(l.From.X, l.To.X), max(l.From.X, l.To.X)
	y0, y1 := min(l.From.Y, l.To.Y), max(l.From.Y, l.To.Y)
	return x0 < b.Right() && x1 > b.X && y0 < b.Bottom() && y1 > b.Y
}

func TestOrgLayoutPlacesEveryoneWithoutOverlap(t *testing.T) {
	narrow := DefaultOrgOptions()
	narrow.MaxRowW = 700
	for _, n := range []int{1, 12, 120, 300} {
		for _, o := range []OrgOptions{DefaultOrgOptions(), narrow} {
			p := largePlan(n)
			m := LayoutOrg(p.Contacts, p.Links, orgText(), o)
			name := fmt.Sprintf("%d contacts, row %.0f", n, o.MaxRowW)
			if len(m.Cards) != n || m.Placed() != n {
				t.Errorf("%s: %d cards, %d placed", name, len(m.Cards), m.Placed())
			}
			if m.Frame.W > o.MaxRowW+2*o.Margin+0.01 {
				t.Errorf("%s: %.0f wide, rows should wrap at %.0f", name, m.Frame.W, o.MaxRowW)
			}
			checkOrg(t, name, m)
		}
	}
	p := orgPlan()
	checkOrg(t, "small", LayoutOrg(p.Contacts, p.Links, orgText(), DefaultOrgOptions()))
}

// A boss is centred over their reports, who follow the plan's order from the left.
func TestOrgLayoutCentresBossOverReportsInPlanOrder(t *testing.T) {
	p := orgPlan()
	m := LayoutOrg(p.Contacts, p.Links, orgText(), DefaultOrgOptions())
	coo, _ := m.Card("coo")
	a, _ := m.Card("a")
	b, _ := m.Card("b")
	if a.Box.X >= b.Box.X {
		t.Errorf("a (first in the plan) at %.0f, b at %.0f", a.Box.X, b.Box.X)
	}
	if mid := (a.Box.Center().X + b.Box.Center().X) / 2; coo.Box.Center().X != mid {
		t.Errorf("coo centred at %.1f, reports' middle %.1f", coo.Box.Center().X, mid)
	}
	if a.Box.Y <= coo.Box.Bottom() || a.Boss != "coo" {
		t.Errorf("a is not below its boss: %+v", a)
	}
	ceo, _ := m.Card("ceo")
	if !ceo.KeyPlayer || ceo.Key.Text != "★" || len(ceo.Badges) != 2 || ceo.Badges[0].Text != "DEC" || ceo.Rel.Text != "Weak → Strong" {
		t.Errorf("ceo card: key %v %q, badges %+v, rel %q", ceo.KeyPlayer, ceo.Key.Text, ceo.Badges, ceo.Rel.Text)
	}
	if ceo.Kids != 2 {
		t.Errorf("ceo has %d reports", ceo.Kids)
	}
}

// A boss with many reports wraps them into rows below a trunk; order is kept row by row.
func TestOrgLayoutWrapsWideLevels(t *testing.T) {
	p := &domain.Plan{Contacts: []domain.Contact{{ID: "boss", Name: "Boss", Influence: 3}}}
	for i := range 40 {
		p.Contacts = append(p.Contacts, domain.Contact{ID: fmt.Sprint(i), Name: fmt.Sprint("Report ", i), ReportsTo: "boss", Influence: 2})
	}
	o := DefaultOrgOptions()
	o.MaxRowW = 900
	m := LayoutOrg(p.Contacts, nil, orgText(), o)
	checkOrg(t, "40 reports", m)
	if m.Frame.W > 900+2*o.Margin {
		t.Errorf("%.0f wide", m.Frame.W)
	}
	prev := Rect{Y: -1}
	for i := range 40 {
		c, _ := m.Card(fmt.Sprint(i))
		if c.Box.Y < prev.Y || (c.Box.Y == prev.Y && c.Box.X <= prev.X) {
			t.Fatalf("report %d at %+v after %+v: order lost", i, c.Box, prev)
		}
		prev = c.Box
	}
}

// A collapsed card draws none of its subtree and counts it in "+N".
func TestOrgLayoutCollapsedSubtreeCountsHidden(t *testing.T) {
	p := largePlan(300)
	o := DefaultOrgOptions()
	o.Collapsed = map[string]bool{p.Contacts[0].ID: false}
	for _, c := range p.Contacts[1:40] {
		o.Collapsed[c.ID] = true
	}
	m := LayoutOrg(p.Contacts, p.Links, orgText(), o)
	if m.Placed() != 300 {
		t.Errorf("%d of 300 placed or counted", m.Placed())
	}
	if len(m.Cards) >= 300 {
		t.Fatal("nothing collapsed")
	}
	for _, c := range m.Cards {
		if c.Hidden > 0 && (c.More == nil || c.More.Text != fmt.Sprintf("+%d", c.Hidden)) {
			t.Errorf("card %s hides %d without +N", c.ContactID, c.Hidden)
		}
	}
	checkOrg(t, "collapsed", m)
	for _, l := range m.Links {
		if _, ok := m.Card(l.From); !ok {
			t.Errorf("link %s drawn from a card not drawn", l.LinkID)
		}
	}
}

// Influences are an arrow at the influenced card; a conflict is dashed.
func TestOrgLinksArrowAndDashes(t *testing.T) {
	p := orgPlan()
	m := LayoutOrg(p.Contacts, p.Links, orgText(), DefaultOrgOptions())
	if len(m.Links) != 2 {
		t.Fatalf("%d links drawn", len(m.Links))
	}
	inf, conflict := m.Links[0], m.Links[1]
	coo, _ := m.Card("coo")
	if len(inf.Arrow) != 2 || inf.Dashes != nil || !coo.Box.Inset(-0.01).Contains(inf.Line.To) {
		t.Errorf("influences: %+v", inf)
	}
	if len(conflict.Dashes) < 3 || conflict.Arrow != nil {
		t.Errorf("conflict: %+v", conflict)
	}
}

func TestOrgHitTest(t *testing.T) {
	p := orgPlan()
	m := LayoutOrg(p.Contacts, p.Links, orgText(), DefaultOrgOptions())
	a, _ := m.Card("a")
	cases := []struct {
		at   Point
		want OrgHit
	}{
		{a.Box.Center(), OrgHit{OrgHitCard, "a"}},
		{a.Handle.Center(), OrgHit{OrgHitHandle, "a"}},
		{Point{1, 1}, OrgHit{}},
	}
	for _, c := range cases {
		if got := m.HitTest(c.at); got != c.want {
			t.Errorf("at %+v: %+v, want %+v", c.at, got, c.want)
		}
	}
	o := DefaultOrgOptions()
	o.Collapsed = map[string]bool{"coo": true}
	m = LayoutOrg(p.Contacts, p.Links, orgText(), o)
	coo, _ := m.Card("coo")
	if got := m.HitTest(coo.More.Box.Center()); got != (OrgHit{OrgHitMore, "coo"}) {
		t.Errorf("+N hit: %+v", got)
	}
}
