package chart

import (
	"fmt"
	"strings"
	"testing"

	"kamplan/domain"
)

// A cell with an open opportunity shows how many and is in progress when it was open or
// unknown; one held by a competitor keeps its status; won and lost ones are not counted.
func TestWhiteSpaceCellsCountOpenOpportunities(t *testing.T) {
	p := spaceTestPlan()
	p.Opportunities = []domain.Deal{
		{ID: "d1", Name: "a", CentreID: "c1", OfferingID: "o1", Stage: "propose"},
		{ID: "d2", Name: "b", CentreID: "c1", OfferingID: "o1", Stage: "qualify"},
		{ID: "d3", Name: "c", CentreID: "c2", OfferingID: "o1", Stage: "develop"},
		{ID: "d4", Name: "d", CentreID: "c2", OfferingID: "o3", Stage: "develop"},
		{ID: "d5", Name: "e", CentreID: "c2", OfferingID: "o2", Stage: domain.StageWon},
	}
	tx := spaceText()
	tx.Deals = func(n int) string { return fmt.Sprintf("%d deals", n) }
	m := LayoutWhiteSpace(p, tx, DefaultSpaceOptions())
	tests := []struct {
		centre, offering string
		class            SpaceClass
		deals            string
	}{
		{"c1", "o1", SpaceClass(domain.SpaceInProgress), "2 deals"}, // open → in progress
		{"c2", "o1", SpaceClass(domain.SpaceCompetitor), "1 deals"}, // a competitor's stays so
		{"c2", "o3", SpaceClass(domain.SpaceInProgress), "1 deals"}, // unknown → in progress
		{"c2", "o2", SpaceClass(domain.SpaceNotRelevant), ""},       // only a won one
	}
	for _, tt := range tests {
		for _, c := range m.Cells {
			if c.CentreID != tt.centre || c.OfferingID != tt.offering {
				continue
			}
			var text []string
			for _, l := range c.Labels {
				text = append(text, l.Text)
			}
			shown := strings.Join(text, " ")
			if c.Class != tt.class || (tt.deals != "") != strings.Contains(shown, "deals") || !strings.Contains(shown, tt.deals) {
				t.Errorf("%s×%s: class %s, %q; want %s with %q", tt.centre, tt.offering, c.Class, shown, tt.class, tt.deals)
			}
		}
	}
}

// An open cell in progress by a deal leaves the map's "open" totals, as its colour says; the
// plan's own cell stays open (the status is derived, not written).
func TestWhiteSpaceCellInProgressByADealLeavesTheOpenTotals(t *testing.T) {
	p := spaceTestPlan()
	c := p.SpaceCellAt("c1", "o1")
	if c == nil || c.Status != domain.SpaceOpen || c.OpenPotential() == 0 {
		t.Fatal("the test plan's c1×o1 is not an open cell with open potential")
	}
	without := LayoutWhiteSpace(p, spaceText(), DefaultSpaceOptions())
	p.Opportunities = []domain.Deal{{ID: "d1", Name: "a", CentreID: "c1", OfferingID: "o1", Stage: "propose"}}
	with := LayoutWhiteSpace(p, spaceText(), DefaultSpaceOptions())
	if got := InProgressByDeals(p).SpaceCellAt("c1", "o1").Status; got != domain.SpaceInProgress {
		t.Errorf("derived status %s, want in progress", got)
	}
	if p.SpaceCellAt("c1", "o1").Status != domain.SpaceOpen {
		t.Error("the plan's own cell was changed")
	}
	if a, b := totalsText(without), totalsText(with); a == b {
		t.Errorf("the totals did not change with the deal: %s", a)
	}
	p.Opportunities[0].Stage = domain.StageLost
	if InProgressByDeals(p) != p {
		t.Error("a lost deal made a cell in progress")
	}
}

func totalsText(m SpaceMap) string {
	var s []string
	for _, t := range append(append([]SpaceBox{}, m.RowTotals...), m.ColTotals...) {
		for _, l := range t.Labels {
			s = append(s, l.Text)
		}
	}
	return strings.Join(s, " ")
}

// A pair nobody has assessed says so in words when the words are given (a blank cell read as
// a slip on paper), and stays blank otherwise.
func TestWhiteSpaceUnknownPairSaysNotAssessed(t *testing.T) {
	p := spaceTestPlan()
	for _, words := range []string{"", "not assessed"} {
		tx := spaceText()
		tx.Unknown = words
		m := LayoutWhiteSpace(p, tx, DefaultSpaceOptions())
		unknown := 0
		for _, c := range m.Cells {
			if c.Class != SpaceUnknown {
				continue
			}
			unknown++
			if said := len(c.Labels) == 1 && c.Labels[0].Text == words; said != (words != "") || (words == "" && len(c.Labels) != 0) {
				t.Errorf("words %q: unknown cell %s×%s labelled %v", words, c.CentreID, c.OfferingID, c.Labels)
			}
		}
		if unknown == 0 {
			t.Fatal("the test plan has no unknown pair")
		}
	}
}
