package chart

import (
	"fmt"
	"strings"
	"testing"
)

// Every page fits its box; every contact is drawn once (plus repeated heads); a card whose
// reports continue names a page that repeats it under a mark saying so.
func TestOrgPagesSplitBySubtree(t *testing.T) {
	page := Rect{0, 0, 850, 1150}
	for _, n := range []int{12, 120, 300} {
		p := largePlan(n)
		pages := LayoutOrgPages(p.Contacts, p.Links, orgText(), DefaultOrgOptions(), page, 7)
		seen := map[string]int{}
		for i, m := range pages {
			name := fmt.Sprintf("%d contacts, page %d", n, i+7)
			if m.Frame.W > page.W+0.01 || m.Frame.H > page.H+0.01 {
				t.Errorf("%s: %.0f×%.0f does not fit the page", name, m.Frame.W, m.Frame.H)
			}
			checkOrg(t, name, m)
			for _, c := range m.Cards {
				if !c.Repeated {
					seen[c.ContactID]++
				}
				if c.ContinuesOn > 0 {
					checkContinued(t, pages, 7, c, i+7)
				}
			}
		}
		for _, c := range p.Contacts {
			if seen[c.ID] != 1 {
				t.Errorf("%d contacts: %s drawn %d times", n, c.Name, seen[c.ID])
			}
		}
		if n == 300 && len(pages) < 2 {
			t.Errorf("300 contacts on %d page", len(pages))
		}
	}
}

func checkContinued(t *testing.T, pages []OrgChart, first int, c OrgCard, on int) {
	t.Helper()
	if c.Continues == nil || !strings.Contains(c.Continues.Text, fmt.Sprint(c.ContinuesOn)) || len(c.Title) == 0 && c.Name.Text == "" {
		t.Errorf("page %d: card %s continues without a mark", on, c.ContactID)
	}
	i := c.ContinuesOn - first
	if i <= on-first || i >= len(pages) {
		t.Fatalf("page %d: card %s continues on page %d of %d", on, c.ContactID, c.ContinuesOn, len(pages))
	}
	head, ok := pages[i].Card(c.ContactID)
	mark := ""
	for _, l := range pages[i].Marks {
		if l.ID == c.ContactID {
			mark += l.Text + " "
		}
	}
	if !ok || !head.Repeated || !strings.Contains(mark, fmt.Sprint(on)) {
		t.Errorf("page %d does not continue %s from page %d: %q", c.ContinuesOn, c.ContactID, on, mark)
	}
}

// A boss with more reports than a page holds gets several pages, each repeating the boss.
func TestOrgPagesSplitALongListOfReports(t *testing.T) {
	p := largePlan(1)
	for i := range 80 {
		c := p.Contacts[0]
		c.ID, c.Name, c.ReportsTo = fmt.Sprint(i), fmt.Sprint("Report ", i), p.Contacts[0].ID
		p.Contacts = append(p.Contacts, c)
	}
	pages := LayoutOrgPages(p.Contacts, nil, orgText(), DefaultOrgOptions(), Rect{0, 0, 850, 700}, 1)
	if len(pages) < 3 {
		t.Fatalf("81 people on %d pages of 700 units", len(pages))
	}
	total := 0
	for _, m := range pages {
		total += m.Placed()
		if m.Frame.H > 700 {
			t.Errorf("page %.0f high", m.Frame.H)
		}
	}
	if total != 81 {
		t.Errorf("%d of 81 on the pages", total)
	}
}

func BenchmarkLayoutOrg300(b *testing.B) {
	p := largePlan(300)
	tx, o := orgText(), DefaultOrgOptions()
	for b.Loop() {
		LayoutOrg(p.Contacts, p.Links, tx, o)
	}
}

func BenchmarkLayoutOrgPages300(b *testing.B) {
	p := largePlan(300)
	tx, o := orgText(), DefaultOrgOptions()
	for b.Loop() {
		LayoutOrgPages(p.Contacts, p.Links, tx, o, Rect{0, 0, 850, 1150}, 1)
	}
}
